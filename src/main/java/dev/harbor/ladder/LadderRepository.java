package dev.harbor.ladder;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LadderRepository extends JpaRepository<Ladder, Long> {

	/** A client's ladders, newest first; a client has a handful at most. */
	List<Ladder> findTop20ByClientIdOrderByCreatedAtDescIdDesc(long clientId);

}
