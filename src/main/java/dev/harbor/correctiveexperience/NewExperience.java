package dev.harbor.correctiveexperience;

import java.time.LocalDateTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A corrective experience: what the client risked, what they feared and how strongly they
 * believed it (0 to 100 %), what actually happened, the belief afterwards, and what they
 * learned. For a repair, which steps were taken.
 */
public record NewExperience(@Nullable LocalDateTime happenedAt, @Nullable Setting setting, @Nullable Risk risk,
		@Nullable String feared, @Nullable Integer beliefBefore, @Nullable String whatHappened,
		@Nullable Integer beliefAfter, @Nullable String learned, Set<Learning> learnedAbout, @Nullable String body,
		Set<RepairStep> repairSteps) {

	public static final int TEXT_MAX = 2000;

	public static final int BODY_MAX = 1000;

	public NewExperience {
		learnedAbout = Set.copyOf(learnedAbout);
		repairSteps = Set.copyOf(repairSteps);
	}

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "NewExperience[happenedAt=" + happenedAt + ", risk=" + risk + "]";
	}

}
