package dev.harbor.homework;

import java.util.List;

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
 * One page of a plan's practice log, newest first, in one statement: each practice with
 * its answers in prompt order and its writer's name, and only while the client is on the
 * clinician's caseload (an empty page leaves that question to the caller). One row more
 * than the page tells whether another follows.
 */
@Component
class PracticeLogQuery {

	private final EntityManager entityManager;

	PracticeLogQuery(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	Slice<EntryRow<Completion, List<String>>> page(long assignmentId, long clinicianId, Pageable pageable) {
		HibernateCriteriaBuilder cb = entityManager.unwrap(Session.class).getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<Completion> practice = query.from(Completion.class);
		query.multiselect(practice, EntryPageColumns.enteredByName(cb, query, practice.get("enteredBy")),
				EntryPageColumns.texts(cb, query, practice, "answers"));
		EntryPageColumns.onePage(cb, query, practice, Completion.class, pageable,
				(page, candidate) -> List.of(cb.equal(candidate.get("assignmentId"), assignmentId),
						OnCaseload.of(cb, page, candidate.get("clientId"), clinicianId)));
		return EntryPageColumns.slice(entityManager.createQuery(query), pageable, PracticeLogQuery::row);
	}

	private static EntryRow<Completion, List<String>> row(Tuple row) {
		String name = row.get(1, String.class);
		return new EntryRow<>(row.get(0, Completion.class), EntryPageColumns.strings(row.get(2, String.class)),
				name == null ? "" : name, false);
	}

}
