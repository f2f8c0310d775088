package dev.harbor.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Events are added and read, never changed or removed: the repository offers no update or
 * delete, and the database refuses them too.
 */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	@Query("""
			select e.clientId from AuditEvent e
			where e.actorId = :actorId and e.occurredAt >= :since and e.action = dev.harbor.audit.AuditAction.VIEW
			  and e.outcome = dev.harbor.audit.AuditOutcome.SUCCESS and e.clientId is not null
			group by e.clientId order by max(e.occurredAt) desc""")
	List<Long> clientsViewedBy(long actorId, Instant since, Limit limit);

	long countByActionAndOutcomeAndOccurredAtAfter(AuditAction action, AuditOutcome outcome, Instant after);

}
