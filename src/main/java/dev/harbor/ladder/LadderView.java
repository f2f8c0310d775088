package dev.harbor.ladder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A ladder at a glance: the goal, the kind, the client's anchors, the steps in order with
 * how often each was tried, the step the client is on now, the figures of every attempt
 * (oldest first, for the chart), and a step that looks ready for the next one, offered,
 * never applied.
 *
 * @param readyStepId the step whose last attempts suggest trying the next one; the
 * clinician and client decide
 */
public record LadderView(long id, long version, long clientId, LadderKind kind, String goal, Anchors anchors,
		@Nullable Long currentStepId, @Nullable Instant setAsideAt, Instant createdAt, List<StepView> steps,
		List<AttemptPoint> points, @Nullable Long readyStepId) {

	public LadderView {
		steps = List.copyOf(steps);
		points = List.copyOf(points);
	}

	public boolean setAside() {
		return setAsideAt != null;
	}

	public Optional<StepView> currentStep() {
		return steps.stream().filter(step -> currentStepId != null && step.id() == currentStepId).findFirst();
	}

	public Optional<StepView> step(long stepId) {
		return steps.stream().filter(step -> step.id() == stepId).findFirst();
	}

	/** The next step in use after this one, if there is one. */
	public Optional<StepView> nextAfter(long stepId) {
		return step(stepId).flatMap(step -> steps.stream()
			.filter(other -> !other.setAside() && other.position() > step.position())
			.findFirst());
	}

	/** The attempts on one step, oldest first. */
	public List<AttemptPoint> pointsOf(long stepId) {
		return points.stream().filter(point -> point.stepId() == stepId).toList();
	}

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "LadderView[id=" + id + ", version=" + version + ", steps=" + steps.size() + "]";
	}

}
