package dev.harbor.ladder;

import org.jspecify.annotations.Nullable;

/**
 * The client's own moments that fix the distress scale, written once with the clinician
 * and shown beside every rating so that "60" means the same in March as in June: what 0,
 * 25, 50, 75 and 100 felt like for them.
 */
public record Anchors(@Nullable String calm, @Nullable String quarter, @Nullable String half,
		@Nullable String threeQuarters, @Nullable String worst) {

	public static final int TEXT_MAX = 300;

	public static final Anchors NONE = new Anchors(null, null, null, null, null);

	public boolean isEmpty() {
		return calm == null && quarter == null && half == null && threeQuarters == null && worst == null;
	}

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "Anchors[empty=" + isEmpty() + "]";
	}

}
