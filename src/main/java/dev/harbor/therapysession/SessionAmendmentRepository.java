package dev.harbor.therapysession;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SessionAmendmentRepository extends JpaRepository<SessionAmendment, Long> {

	List<SessionAmendment> findBySessionIdOrderByAddedAtAscIdAsc(long sessionId);

}
