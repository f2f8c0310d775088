package dev.harbor.homework;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExerciseTemplateRepository extends JpaRepository<ExerciseTemplate, Long> {

	/** My own templates and those colleagues shared, not archived. */
	@EntityGraph(attributePaths = { "steps", "prompts" })
	@Query("""
			select t from ExerciseTemplate t
			where t.archived = false and (t.ownerId = :me or t.shared = true)
			order by t.name, t.id""")
	List<ExerciseTemplate> findVisibleTo(long me);

}
