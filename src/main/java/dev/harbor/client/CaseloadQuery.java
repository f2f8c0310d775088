package dev.harbor.client;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * One page of a caseload in one SQL statement: a row projection, the filters as
 * predicates, and one row more than the page to know whether another page follows (a
 * slice, so no count query).
 */
@Component
class CaseloadQuery {

	static final String SORT_NAME = "displayName";

	static final String SORT_LAST_ACTIVITY = "lastActivityAt";

	private final EntityManager entityManager;

	CaseloadQuery(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	Slice<ClientListItem> page(long clinicianId, CaseloadFilter filter, Pageable pageable) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<ClientListItem> query = cb.createQuery(ClientListItem.class);
		Root<Client> client = query.from(Client.class);
		query.select(cb.construct(ClientListItem.class, client.get("id"), client.get("displayName"),
				client.get("referenceCode"), client.get("status"), client.get("currentAnxiety"),
				client.get("currentAvoidance"), client.get("lastActivityAt")));
		query.where(predicates(cb, client, clinicianId, filter).toArray(Predicate[]::new));
		query.orderBy(orders(cb, client, pageable.getSort()));
		List<ClientListItem> rows = entityManager.createQuery(query)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize() + 1)
			.getResultList();
		boolean more = rows.size() > pageable.getPageSize();
		return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
	}

	private static List<Predicate> predicates(CriteriaBuilder cb, Root<Client> client, long clinicianId,
			CaseloadFilter filter) {
		List<Predicate> predicates = new ArrayList<>();
		predicates.add(cb.equal(client.get("clinicianId"), clinicianId));
		if (filter.text() != null && !filter.text().isBlank()) {
			String pattern = "%" + escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
			predicates.add(cb.or(cb.like(cb.lower(client.get("displayName")), pattern, '\\'),
					cb.like(cb.lower(client.get("referenceCode")), pattern, '\\')));
		}
		if (filter.status() != null) {
			predicates.add(cb.equal(client.get("status"), filter.status()));
		}
		if (filter.label() != null) {
			predicates.add(labelPredicate(cb, client, filter.label()));
		}
		return predicates;
	}

	/** The label is derived, never stored, so the filter asks the dials directly. */
	private static Predicate labelPredicate(CriteriaBuilder cb, Root<Client> client, AttachmentLabel label) {
		Path<BigDecimal> anxiety = client.get("currentAnxiety");
		Path<BigDecimal> avoidance = client.get("currentAvoidance");
		Predicate anxious = cb.greaterThanOrEqualTo(anxiety, AttachmentLabel.HIGH_FROM);
		Predicate avoidant = cb.greaterThanOrEqualTo(avoidance, AttachmentLabel.HIGH_FROM);
		Predicate calm = cb.lessThan(anxiety, AttachmentLabel.HIGH_FROM);
		Predicate close = cb.lessThan(avoidance, AttachmentLabel.HIGH_FROM);
		return switch (label) {
			case SECURE -> cb.and(calm, close);
			case ANXIOUS -> cb.and(anxious, close);
			case DISMISSIVE_AVOIDANT -> cb.and(calm, avoidant);
			case FEARFUL_AVOIDANT -> cb.and(anxious, avoidant);
		};
	}

	private static List<Order> orders(CriteriaBuilder cb, Root<Client> client, Sort sort) {
		List<Order> orders = new ArrayList<>();
		for (Sort.Order order : sort.isSorted() ? sort : Sort.by(SORT_NAME)) {
			String property = SORT_LAST_ACTIVITY.equals(order.getProperty()) ? SORT_LAST_ACTIVITY : SORT_NAME;
			orders.add(order.isAscending() ? cb.asc(client.get(property)) : cb.desc(client.get(property)));
		}
		orders.add(cb.asc(client.get("id")));
		return orders;
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
