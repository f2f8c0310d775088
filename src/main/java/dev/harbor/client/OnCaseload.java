package dev.harbor.client;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/**
 * The caseload rule of {@link ClientService#requireMine} as a condition of another
 * feature's query, so that a page of a client's records can check it in the same
 * statement that reads the page. A page that comes back empty tells nothing either way:
 * the caller then asks {@code requireMine}, which refuses and audits a client who is not
 * on the caseload.
 */
public final class OnCaseload {

	private OnCaseload() {
	}

	/** The client with this id is on the clinician's caseload. */
	public static Predicate of(CriteriaBuilder cb, AbstractQuery<?> query, Expression<Long> clientId,
			long clinicianId) {
		Subquery<Integer> mine = query.subquery(Integer.class);
		Root<Client> client = mine.from(Client.class);
		mine.select(cb.literal(1))
			.where(cb.equal(client.get("id"), clientId), cb.equal(client.get("clinicianId"), clinicianId));
		return cb.exists(mine);
	}

}
