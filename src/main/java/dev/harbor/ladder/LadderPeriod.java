package dev.harbor.ladder;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One ladder over a period, for the session summary, the handout and "since the previous
 * session": the ladder as it stands and the attempts of the period, oldest first.
 */
public record LadderPeriod(LadderView ladder, List<AttemptView> attempts) {

	public LadderPeriod {
		attempts = List.copyOf(attempts);
	}

	/** The step an attempt was on. */
	public Optional<StepView> stepOf(AttemptView attempt) {
		Long stepId = attempt.attempt().stepId();
		return stepId == null ? Optional.empty() : ladder.step(stepId);
	}

	public @Nullable StepView currentStep() {
		return ladder.currentStep().orElse(null);
	}

	@Override
	public String toString() {
		return "LadderPeriod[ladder=" + ladder.id() + ", attempts=" + attempts.size() + "]";
	}

}
