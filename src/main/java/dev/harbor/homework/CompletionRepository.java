package dev.harbor.homework;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompletionRepository extends JpaRepository<Completion, Long> {

	/**
	 * Newest first; a slice, because the log pages lazily and shows no total. Answers
	 * come in batches (see {@link Completion}), not by a fetch join, which would page in
	 * memory.
	 */
	Slice<Completion> findByAssignmentIdOrderByHappenedAtDescIdDesc(long assignmentId, Pageable pageable);

}
