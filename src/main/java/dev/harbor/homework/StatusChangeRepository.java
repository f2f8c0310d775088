package dev.harbor.homework;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatusChangeRepository extends JpaRepository<AssignmentStatusChange, Long> {

	List<AssignmentStatusChange> findByAssignmentIdInOrderByEffectiveOnAscIdAsc(Collection<Long> assignmentIds);

}
