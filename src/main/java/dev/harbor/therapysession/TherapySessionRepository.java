package dev.harbor.therapysession;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TherapySessionRepository extends JpaRepository<TherapySession, Long> {

	List<TherapySession> findByClientIdOrderByStartsAtDescIdDesc(long clientId);

	/** The session before this one, for the period a summary covers. */
	Optional<TherapySession> findFirstByClientIdAndStartsAtBeforeOrderByStartsAtDesc(long clientId,
			LocalDateTime startsAt);

}
