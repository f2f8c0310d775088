package dev.harbor.diary;

import java.util.List;
import java.util.Set;

import dev.harbor.audit.AuditSubject;
import dev.harbor.client.OnCaseload;
import dev.harbor.review.EntryPageColumns;
import dev.harbor.review.EntryRow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.hibernate.Session;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;

/**
 * One page of a client's diary, newest first, with the filters as predicates: the sets
 * (feelings, needs, behaviours, traps) as existence checks on their own indexed tables.
 * One row more than the page tells whether another follows, so there is no count query.
 */
@Component
class DiaryQuery {

	private final EntityManager entityManager;

	DiaryQuery(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The page as rows of one statement: each entry with its sets, its writer's name and
	 * whether the client added to it, and only when the client is on the clinician's
	 * caseload (an empty page leaves that question to the caller).
	 */
	Slice<EntryRow<DiaryEntry, DiaryAnswers>> page(long clientId, long clinicianId, DiaryFilter filter,
			Pageable pageable) {
		HibernateCriteriaBuilder cb = entityManager.unwrap(Session.class).getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<DiaryEntry> entry = query.from(DiaryEntry.class);
		EntryPageColumns.onePage(cb, query, entry, DiaryEntry.class, pageable, (page, candidate) -> {
			List<Predicate> predicates = predicates(cb, page, candidate, clientId, filter);
			predicates.add(OnCaseload.of(cb, page, candidate.get("clientId"), clinicianId));
			return predicates;
		});
		query.multiselect(entry, EntryPageColumns.enteredByName(cb, query, entry.get("enteredBy")),
				EntryPageColumns.additions(cb, query, AuditSubject.DIARY, entry.get("id")),
				EntryPageColumns.namedNumbers(cb, query, entry, "feelings"),
				EntryPageColumns.names(cb, query, entry, "behaviours"),
				EntryPageColumns.names(cb, query, entry, "needs"), EntryPageColumns.names(cb, query, entry, "traps"));
		return EntryPageColumns.slice(entityManager.createQuery(query), pageable, DiaryQuery::row);
	}

	private static EntryRow<DiaryEntry, DiaryAnswers> row(Tuple row) {
		DiaryAnswers answers = DiaryAnswers.read(row.get(3, String.class), row.get(4, String.class),
				row.get(5, String.class), row.get(6, String.class));
		String name = row.get(1, String.class);
		return new EntryRow<>(row.get(0, DiaryEntry.class), answers, name == null ? "" : name,
				row.get(2, Long.class) > 0);
	}

	private static List<Predicate> predicates(CriteriaBuilder cb, AbstractQuery<?> query, Root<DiaryEntry> entry,
			long clientId, DiaryFilter filter) {
		List<Predicate> predicates = EntryPageColumns.clientPeriodAndReview(cb, entry, clientId, filter.from(),
				filter.to(), filter.reviewed(), filter.flaggedOnly());
		if (filter.feeling() != null) {
			Subquery<Integer> named = query.subquery(Integer.class);
			Root<DiaryEntry> same = named.correlate(entry);
			MapJoin<DiaryEntry, Feeling, Integer> feelings = same.joinMap("feelings");
			named.select(cb.literal(1)).where(cb.equal(feelings.key(), filter.feeling()));
			predicates.add(cb.exists(named));
		}
		if (filter.need() != null) {
			predicates.add(cb.isMember(filter.need(), entry.<Set<Need>>get("needs")));
		}
		if (filter.behaviour() != null) {
			predicates.add(cb.isMember(filter.behaviour(), entry.<Set<Behaviour>>get("behaviours")));
		}
		if (filter.trap() != null) {
			predicates.add(cb.isMember(filter.trap(), entry.<Set<ThinkingTrap>>get("traps")));
		}
		if (filter.relationship() != null) {
			predicates.add(cb.equal(entry.get("relationship"), filter.relationship()));
		}
		return predicates;
	}

}
