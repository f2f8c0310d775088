package dev.harbor.homework;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MissedPracticeRepository extends JpaRepository<MissedPractice, Long> {

	List<MissedPractice> findByAssignmentIdInOrderByMissedOnDescIdDesc(Collection<Long> assignmentIds);

}
