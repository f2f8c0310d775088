package dev.harbor.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

	@Query("""
			select e.clientId from AuditEvent e
			where e.actorId = :actorId and e.action = dev.harbor.audit.AuditAction.VIEW
			  and e.outcome = dev.harbor.audit.AuditOutcome.SUCCESS and e.clientId is not null
			group by e.clientId order by max(e.occurredAt) desc""")
	List<Long> clientsViewedBy(long actorId, Limit limit);

	long countByActionAndOutcomeAndOccurredAtAfter(AuditAction action, AuditOutcome outcome, Instant after);

}
