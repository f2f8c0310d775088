package dev.harbor.correctiveexperience;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import dev.harbor.common.EnteredBy;
import dev.harbor.review.EntryStore;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CorrectiveExperienceRepository
		extends JpaRepository<CorrectiveExperience, Long>, EntryStore<CorrectiveExperience> {

	/** What the client wrote in the portal, newest first, on the client's index. */
	Slice<CorrectiveExperience> findByClientIdAndEnteredByKindOrderByHappenedAtDescIdDesc(long clientId, EnteredBy kind,
			Pageable pageable);

	@Override
	List<CorrectiveExperience> findByClientIdAndIdIn(long clientId, Collection<Long> ids);

	@Query("""
			select e from CorrectiveExperience e
			where e.clientId = :clientId and e.review.reviewedInSession = :sessionId
			order by e.happenedAt, e.id""")
	@Override
	List<CorrectiveExperience> reviewedInSession(long clientId, long sessionId);

	/** The two beliefs per experience in a period, oldest first; numbers only. */
	@Query("""
			select new dev.harbor.correctiveexperience.BeliefChange(e.id, e.happenedOn, e.risk, e.beliefBefore,
			       e.beliefAfter)
			from CorrectiveExperience e
			where e.clientId = :clientId and e.happenedOn between :from and :to
			order by e.happenedAt, e.id""")
	List<BeliefChange> beliefChanges(long clientId, LocalDate from, LocalDate to);

	@Query("""
			select avg(e.beliefBefore - e.beliefAfter) from CorrectiveExperience e
			where e.clientId = :clientId and e.happenedOn between :from and :to""")
	Double averageDrop(long clientId, LocalDate from, LocalDate to);

	/** Per client on a caseload: experiences not yet reviewed, and flagged ones. */
	@Query(value = """
			select e.client_id as clientId, c.display_name as clientName, sum(case when e.reviewed_at is null then 1 else 0 end) as unreviewed,
			       sum(case when e.flagged then 1 else 0 end) as flagged
			from corrective_experience e join client c on c.id = e.client_id
			where c.clinician_id = :clinicianId and (e.reviewed_at is null or e.flagged)
			group by e.client_id, c.display_name""",
			nativeQuery = true)
	List<WaitingCount> toReview(long clinicianId);

	interface WaitingCount {

		long getClientId();

		String getClientName();

		int getUnreviewed();

		int getFlagged();

	}

}
