package dev.harbor.correctiveexperience;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.harbor.audit.AuditSubject;
import dev.harbor.client.OnCaseload;
import dev.harbor.review.EntryPageColumns;
import dev.harbor.review.EntryRow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.hibernate.Session;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
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
		List<Predicate> predicates = new ArrayList<>();
		predicates.add(cb.equal(experience.get("clientId"), clientId));
		if (filter.from() != null) {
			predicates.add(cb.greaterThanOrEqualTo(experience.get("happenedOn"), filter.from()));
		}
		if (filter.to() != null) {
			predicates.add(cb.lessThanOrEqualTo(experience.get("happenedOn"), filter.to()));
		}
		if (filter.risk() != null) {
			predicates.add(cb.equal(experience.get("risk"), filter.risk()));
		}
		if (filter.reviewed() != null) {
			predicates.add(filter.reviewed() ? cb.isNotNull(experience.get("review").get("reviewedAt"))
					: cb.isNull(experience.get("review").get("reviewedAt")));
		}
		if (filter.flaggedOnly()) {
			predicates.add(cb.isTrue(experience.get("review").get("flagged")));
		}
		predicates.add(OnCaseload.of(cb, query, experience.get("clientId"), clinicianId));
		query.multiselect(experience, EntryPageColumns.enteredByName(cb, query, experience.get("enteredBy")),
				EntryPageColumns.additions(cb, query, AuditSubject.CORRECTIVE_EXPERIENCE, experience.get("id")),
				EntryPageColumns.names(cb, query, experience, "learnedAbout"),
				EntryPageColumns.names(cb, query, experience, "repairSteps"));
		query.where(predicates.toArray(Predicate[]::new));
		query.orderBy(cb.desc(experience.get("happenedAt")), cb.desc(experience.get("id")));
		List<Tuple> rows = entityManager.createQuery(query)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize() + 1)
			.getResultList();
		boolean more = rows.size() > pageable.getPageSize();
		return new SliceImpl<>(
				(more ? rows.subList(0, pageable.getPageSize()) : rows).stream().map(ExperienceQuery::row).toList(),
				pageable, more);
	}

	private static EntryRow<CorrectiveExperience, ExperienceAnswers> row(Tuple row) {
		ExperienceAnswers answers = new ExperienceAnswers(names(Learning.class, row.get(3, String.class)),
				names(RepairStep.class, row.get(4, String.class)));
		String name = row.get(1, String.class);
		return new EntryRow<>(row.get(0, CorrectiveExperience.class), answers, name == null ? "" : name,
				row.get(2, Long.class) > 0);
	}

	private static <T extends Enum<T>> Set<T> names(Class<T> kind, @Nullable String array) {
		Set<T> names = EnumSet.noneOf(kind);
		EntryPageColumns.strings(array).forEach(name -> names.add(Enum.valueOf(kind, name)));
		return names;
	}

}
