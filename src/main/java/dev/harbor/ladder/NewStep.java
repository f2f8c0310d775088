package dev.harbor.ladder;

import org.jspecify.annotations.Nullable;

/**
 * One step of a ladder: what the client will do, for how long or how far, what they fear
 * will happen and how likely it feels (0 to 100 %), and the distress they expect (0 to
 * 100).
 */
public record NewStep(@Nullable String action, @Nullable String dose, @Nullable String feared,
		@Nullable Integer likelihood, @Nullable Integer predictedDistress) {

	public static final int ACTION_MAX = 500;

	public static final int DOSE_MAX = 200;

	public static final int FEARED_MAX = 1000;

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "NewStep[likelihood=" + likelihood + ", predictedDistress=" + predictedDistress + "]";
	}

}
