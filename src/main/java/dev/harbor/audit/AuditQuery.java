package dev.harbor.audit;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Component;

/** The audit log narrowed by a filter, newest first, a page (slice) at a time. */
@Component
class AuditQuery {

	private static final int EXPORT_BATCH = 1000;

	private final EntityManager entityManager;

	AuditQuery(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	Slice<AuditEvent> page(AuditFilter filter, Pageable pageable) {
		List<AuditEvent> rows = fetch(filter, (int) pageable.getOffset(), pageable.getPageSize() + 1);
		boolean more = rows.size() > pageable.getPageSize();
		return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
	}

	/**
	 * Every matching event, in batches, so an export never holds the whole log in memory.
	 */
	long forEach(AuditFilter filter, Consumer<AuditEvent> consumer) {
		long count = 0;
		for (int offset = 0;; offset += EXPORT_BATCH) {
			List<AuditEvent> batch = fetch(filter, offset, EXPORT_BATCH);
			batch.forEach(consumer);
			count += batch.size();
			entityManager.clear();
			if (batch.size() < EXPORT_BATCH) {
				return count;
			}
		}
	}

	private List<AuditEvent> fetch(AuditFilter filter, int offset, int limit) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
		Root<AuditEvent> event = query.from(AuditEvent.class);
		query.where(predicates(cb, event, filter).toArray(Predicate[]::new));
		query.orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
		return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
	}

	private static List<Predicate> predicates(CriteriaBuilder cb, Root<AuditEvent> event, AuditFilter filter) {
		List<Predicate> predicates = new ArrayList<>();
		if (filter.actorId() != null) {
			predicates.add(cb.equal(event.get("actorId"), filter.actorId()));
		}
		if (filter.clientId() != null) {
			predicates.add(cb.equal(event.get("clientId"), filter.clientId()));
		}
		if (filter.action() != null) {
			predicates.add(cb.equal(event.get("action"), filter.action()));
		}
		if (filter.outcome() != null) {
			predicates.add(cb.equal(event.get("outcome"), filter.outcome()));
		}
		if (filter.from() != null) {
			predicates.add(cb.greaterThanOrEqualTo(event.get("occurredAt"),
					filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (filter.to() != null) {
			predicates.add(cb.lessThan(event.get("occurredAt"),
					filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		return predicates;
	}

}
