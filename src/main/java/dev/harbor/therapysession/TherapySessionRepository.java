package dev.harbor.therapysession;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TherapySessionRepository extends JpaRepository<TherapySession, Long> {

	List<TherapySession> findByClientIdOrderByStartsAtDescIdDesc(long clientId);

	/** The session before this one, for the period a summary covers. */
	Optional<TherapySession> findFirstByClientIdAndStartsAtBeforeOrderByStartsAtDesc(long clientId,
			LocalDateTime startsAt);

	boolean existsByIdAndClientId(long id, long clientId);

	/** A clinician's sessions in a span of time, with whom, in the order they start. */
	@Query("""
			select new dev.harbor.therapysession.SessionOfDay(s.id, s.clientId, s.startsAt, c.displayName,
			       c.referenceCode)
			from TherapySession s join Client c on c.id = s.clientId
			where c.clinicianId = :clinicianId and s.startsAt >= :from and s.startsAt < :until
			order by s.startsAt, s.id""")
	List<SessionOfDay> sessionsOf(long clinicianId, LocalDateTime from, LocalDateTime until);

}
