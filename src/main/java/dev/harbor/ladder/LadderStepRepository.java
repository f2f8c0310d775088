package dev.harbor.ladder;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LadderStepRepository extends JpaRepository<LadderStep, Long> {

	/** A ladder's steps in order; at most {@link LadderRules#MAX_STEPS}. */
	List<LadderStep> findByLadderIdOrderByPositionAscIdAsc(long ladderId);

	List<LadderStep> findByLadderIdInOrderByPositionAscIdAsc(Collection<Long> ladderIds);

	long countByLadderId(long ladderId);

}
