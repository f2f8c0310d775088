package dev.harbor.therapysession;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SessionAmendmentRepository extends JpaRepository<SessionAmendment, Long> {

	/** The amendments of the sessions shown, in the order they were added. */
	List<SessionAmendment> findBySessionIdInOrderByAddedAtAscIdAsc(Collection<Long> sessionIds);

}
