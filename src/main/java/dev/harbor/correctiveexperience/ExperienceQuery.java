package dev.harbor.correctiveexperience;

import java.util.List;

import dev.harbor.audit.AuditSubject;
import dev.harbor.client.OnCaseload;
import dev.harbor.review.EntryPageColumns;
import dev.harbor.review.EntryRow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.hibernate.Session;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;

/**
 * One page of a client's corrective experiences, newest first, in one statement: each
 * experience with its learnings and repair steps, its writer's name and whether the
 * client added to it, and only while the client is on the clinician's caseload (an empty
 * page leaves that question to the caller). One row more than the page tells whether
 * another follows.
 */
@Component
class ExperienceQuery {

	private final EntityManager entityManager;

	ExperienceQuery(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	Slice<EntryRow<CorrectiveExperience, ExperienceAnswers>> page(long clientId, long clinicianId,
			ExperienceFilter filter, Pageable pageable) {
		HibernateCriteriaBuilder cb = entityManager.unwrap(Session.class).getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<CorrectiveExperience> experience = query.from(CorrectiveExperience.class);
		EntryPageColumns.onePage(cb, query, experience, CorrectiveExperience.class, pageable,
				(page, candidate) -> conditions(cb, page, candidate, clientId, clinicianId, filter));
		query.multiselect(experience, EntryPageColumns.enteredByName(cb, query, experience.get("enteredBy")),
				EntryPageColumns.additions(cb, query, AuditSubject.CORRECTIVE_EXPERIENCE, experience.get("id")),
				EntryPageColumns.names(cb, query, experience, "learnedAbout"),
				EntryPageColumns.names(cb, query, experience, "repairSteps"));
		return EntryPageColumns.slice(entityManager.createQuery(query), pageable, ExperienceQuery::row);
	}

	private static List<Predicate> conditions(HibernateCriteriaBuilder cb, AbstractQuery<?> page,
			Root<CorrectiveExperience> candidate, long clientId, long clinicianId, ExperienceFilter filter) {
		List<Predicate> predicates = EntryPageColumns.clientPeriodAndReview(cb, candidate, clientId, filter.from(),
				filter.to(), filter.reviewed(), filter.flaggedOnly());
		if (filter.risk() != null) {
			predicates.add(cb.equal(candidate.get("risk"), filter.risk()));
		}
		predicates.add(OnCaseload.of(cb, page, candidate.get("clientId"), clinicianId));
		return predicates;
	}

	private static EntryRow<CorrectiveExperience, ExperienceAnswers> row(Tuple row) {
		ExperienceAnswers answers = new ExperienceAnswers(
				EntryPageColumns.enums(Learning.class, row.get(3, String.class)),
				EntryPageColumns.enums(RepairStep.class, row.get(4, String.class)));
		String name = row.get(1, String.class);
		return new EntryRow<>(row.get(0, CorrectiveExperience.class), answers, name == null ? "" : name,
				row.get(2, Long.class) > 0);
	}

}
