package dev.harbor.audit;

import java.time.Instant;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

	/**
	 * A slice, not a page: the viewer scrolls and never needs a count of millions of
	 * rows.
	 */
	Slice<AuditEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);

	long countByActionAndOutcomeAndOccurredAtAfter(AuditAction action, AuditOutcome outcome, Instant after);

}
