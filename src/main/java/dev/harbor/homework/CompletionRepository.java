package dev.harbor.homework;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.Query;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompletionRepository extends JpaRepository<Completion, Long> {

	/**
	 * Newest first; a slice, because the log pages lazily and shows no total. Answers
	 * come in batches (see {@link Completion}), not by a fetch join, which would page in
	 * memory.
	 */
	/**
	 * Practices of a client's plans within a week, per plan, struck-out ones left out; on
	 * the client's index, so a long history costs nothing.
	 */
	@Query("""
			select c.assignmentId as assignmentId, count(c) as count from Completion c
			where c.clientId = :clientId and c.happenedOn between :from and :to and c.struckOut = false
			group by c.assignmentId""")
	List<PerAssignment> countInWeek(long clientId, LocalDate from, LocalDate to);

	/** One count of {@link #countInWeek}. */
	interface PerAssignment {

		long getAssignmentId();

		long getCount();

	}

}
