package dev.harbor.ladder;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import dev.harbor.common.EnteredBy;
import dev.harbor.review.EntryStore;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LadderAttemptRepository extends JpaRepository<LadderAttempt, Long>, EntryStore<LadderAttempt> {

	/** What the client wrote in the portal, newest first. */
	Slice<LadderAttempt> findByClientIdAndEnteredByKindOrderByHappenedAtDescIdDesc(long clientId, EnteredBy kind,
			Pageable pageable);

	/** The figures of a ladder's latest attempts, newest first; numbers only. */
	@Query("""
			select new dev.harbor.ladder.AttemptPoint(a.id, a.stepId, a.happenedAt, a.predictedDistress,
			       a.peakDistress, a.endDistress, a.fearedHappened)
			from LadderAttempt a where a.ladderId = :ladderId
			order by a.happenedAt desc, a.id desc""")
	List<AttemptPoint> latestPoints(long ladderId, Pageable pageable);

	/**
	 * Per step of a ladder: attempts, those where the fear came true in full or in part,
	 * the last day.
	 */
	@Query("""
			select a.stepId as stepId, count(a) as attempts,
			       sum(case when a.fearedHappened <> dev.harbor.ladder.FearedOutcome.NO then 1 else 0 end) as happened,
			       max(a.happenedOn) as lastTried
			from LadderAttempt a where a.ladderId = :ladderId
			group by a.stepId""")
	List<StepCount> stepCounts(long ladderId);

	/** A client's attempts in a period, oldest first, at most a page. */
	@Query("""
			select a from LadderAttempt a
			where a.clientId = :clientId and a.happenedOn between :from and :to
			order by a.happenedAt, a.id""")
	List<LadderAttempt> inPeriod(long clientId, LocalDate from, LocalDate to, Pageable pageable);

	@Override
	List<LadderAttempt> findByClientIdAndIdIn(long clientId, Collection<Long> ids);

	@Query("""
			select a from LadderAttempt a
			where a.clientId = :clientId and a.review.reviewedInSession = :sessionId
			order by a.happenedAt, a.id""")
	@Override
	List<LadderAttempt> reviewedInSession(long clientId, long sessionId);

	/** Per client on a caseload: attempts not yet reviewed, and flagged ones. */
	@Query(value = """
			select a.client_id as clientId, c.display_name as clientName,
			       sum(case when a.reviewed_at is null then 1 else 0 end) as unreviewed,
			       sum(case when a.flagged then 1 else 0 end) as flagged
			from ladder_attempt a join client c on c.id = a.client_id
			where c.clinician_id = :clinicianId and (a.reviewed_at is null or a.flagged)
			group by a.client_id, c.display_name""", nativeQuery = true)
	List<WaitingCount> toReview(long clinicianId);

	interface StepCount {

		long getStepId();

		long getAttempts();

		long getHappened();

		LocalDate getLastTried();

	}

	interface WaitingCount {

		long getClientId();

		String getClientName();

		int getUnreviewed();

		int getFlagged();

	}

}
