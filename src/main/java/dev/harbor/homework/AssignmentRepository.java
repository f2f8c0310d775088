package dev.harbor.homework;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<HomeworkAssignment, Long> {

	@EntityGraph(attributePaths = { "steps", "prompts" })
	List<HomeworkAssignment> findByClientIdOrderByStartDateDescIdDesc(long clientId);

	/** A client's plans in one state (the active ones, for the portal), on its index. */
	@EntityGraph(attributePaths = { "steps", "prompts" })
	List<HomeworkAssignment> findByClientIdAndStatusOrderByStartDateAscIdAsc(long clientId, AssignmentStatus status);

}
