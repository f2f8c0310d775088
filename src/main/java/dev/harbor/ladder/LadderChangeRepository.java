package dev.harbor.ladder;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LadderChangeRepository extends JpaRepository<LadderChange, Long> {

	/** The latest changes of a ladder, newest first. */
	List<LadderChange> findTop100ByLadderIdOrderByChangedAtDescIdDesc(long ladderId);

}
