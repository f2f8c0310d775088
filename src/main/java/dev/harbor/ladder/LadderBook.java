package dev.harbor.ladder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Where ladders are kept and read as views, for the clinician's service and the portal's
 * alike. No bean a screen calls: it checks nothing itself; the services check who asks.
 * Opening a ladder costs four bounded queries, however long its history: the ladder, its
 * steps (at most 15), the counts per step, and the figures of its latest attempts.
 */
@Component
class LadderBook {

	/** The most attempts a ladder's chart and suggestion look at: the latest ones. */
	static final int POINTS_MAX = 500;

	final LadderRepository ladders;

	final LadderStepRepository steps;

	final LadderAttemptRepository attempts;

	final LadderChangeRepository changes;

	LadderBook(LadderRepository ladders, LadderStepRepository steps, LadderAttemptRepository attempts,
			LadderChangeRepository changes) {
		this.ladders = ladders;
		this.steps = steps;
		this.attempts = attempts;
		this.changes = changes;
	}

	LadderView view(Ladder ladder) {
		long ladderId = ladder.requireId();
		Map<Long, LadderAttemptRepository.StepCount> counts = new HashMap<>();
		attempts.stepCounts(ladderId).forEach(count -> counts.put(count.getStepId(), count));
		List<StepView> stepViews = steps.findByLadderIdOrderByPositionAscIdAsc(ladderId)
			.stream()
			.map(step -> stepView(step, counts.get(step.requireId())))
			.toList();
		List<AttemptPoint> points = new ArrayList<>(attempts.latestPoints(ladderId, PageRequest.of(0, POINTS_MAX)));
		Collections.reverse(points);
		Long current = ladder.getCurrentStepId();
		boolean hasNext = current != null && stepViews.stream()
			.filter(step -> step.id() == current)
			.findFirst()
			.map(now -> stepViews.stream().anyMatch(step -> !step.setAside() && step.position() > now.position()))
			.orElse(false);
		Long ready = ladder.getSetAsideAt() != null ? null : NextStepSuggestion.readyStep(current, hasNext,
				points.stream().filter(point -> current != null && point.stepId() == current).toList());
		return new LadderView(ladderId, ladder.getVersion(), ladder.getClientId(), ladder.getKind(), ladder.getGoal(),
				ladder.anchors(), current, ladder.getSetAsideAt(), ladder.getCreatedAt(), stepViews, points, ready);
	}

	LadderSummary summary(Ladder ladder, List<LadderStep> itsSteps) {
		Integer position = itsSteps.stream()
			.filter(step -> ladder.getCurrentStepId() != null && step.requireId() == ladder.getCurrentStepId())
			.map(LadderStep::getPosition)
			.findFirst()
			.orElse(null);
		return new LadderSummary(ladder.requireId(), ladder.getKind(), ladder.getGoal(), ladder.getSetAsideAt() != null,
				position);
	}

	private static StepView stepView(LadderStep step, LadderAttemptRepository.StepCount count) {
		return new StepView(step.requireId(), step.getVersion(), step.getPosition(), step.words(), step.isSetAside(),
				count == null ? 0 : (int) count.getAttempts(), count == null ? 0 : (int) count.getHappened(),
				count == null ? null : count.getLastTried());
	}

}
