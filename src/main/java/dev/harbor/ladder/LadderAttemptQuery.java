package dev.harbor.ladder;

import java.util.List;
import java.util.Set;

import dev.harbor.audit.AuditSubject;
import dev.harbor.client.OnCaseload;
import dev.harbor.review.EntryPageColumns;
import dev.harbor.review.EntryRow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.hibernate.Session;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;

/**
 * One page of a ladder's attempts, newest first, in one statement: each attempt with its
 * safety behaviours, its writer's name and whether the client added to it, and only while
 * the client is on the clinician's caseload (an empty page leaves that question to the
 * caller).
 */
@Component
class LadderAttemptQuery {

	private final EntityManager entityManager;

	LadderAttemptQuery(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	Slice<EntryRow<LadderAttempt, Set<SafetyBehaviour>>> page(long ladderId, long clinicianId, Pageable pageable) {
		HibernateCriteriaBuilder cb = entityManager.unwrap(Session.class).getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<LadderAttempt> attempt = query.from(LadderAttempt.class);
		EntryPageColumns.onePage(cb, query, attempt, LadderAttempt.class, pageable,
				(page, candidate) -> List.of(cb.equal(candidate.get("ladderId"), ladderId),
						OnCaseload.of(cb, page, candidate.get("clientId"), clinicianId)));
		query.multiselect(attempt, EntryPageColumns.enteredByName(cb, query, attempt.get("enteredBy")),
				EntryPageColumns.additions(cb, query, AuditSubject.LADDER_ATTEMPT, attempt.get("id")),
				EntryPageColumns.names(cb, query, attempt, "safetyBehaviours"));
		return EntryPageColumns.slice(entityManager.createQuery(query), pageable, LadderAttemptQuery::row);
	}

	private static EntryRow<LadderAttempt, Set<SafetyBehaviour>> row(Tuple row) {
		String name = row.get(1, String.class);
		return new EntryRow<>(row.get(0, LadderAttempt.class),
				EntryPageColumns.enums(SafetyBehaviour.class, row.get(3, String.class)), name == null ? "" : name,
				row.get(2, Long.class) > 0);
	}

}
