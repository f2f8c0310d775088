package dev.harbor.ladder;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;

/** Ladders and tries as the stories use them. */
public final class TestLadders {

	public static final String TIME_APART = "builtin:TIME_APART";

	public static final String CLOSENESS = "builtin:CLOSENESS";

	private TestLadders() {
	}

	/** Noor's ladder, from the built-in time-apart one, as Maya starts it. */
	public static LadderView timeApart(LadderService ladders, long clientId) {
		return ladders.startLadder(clientId, TIME_APART, "An evening with friends without checking my phone");
	}

	/** A try where the fear did not come true and the distress eased before the end. */
	public static NewAttempt wentWell(LocalDateTime when, long stepId) {
		return new NewAttempt(when, stepId, 20, 40, 60, 25, Set.of(SafetyBehaviour.CHECKED_PHONE), FearedOutcome.NO,
				"They were glad to see me when I came back", "Twenty minutes apart did not end anything", null, null);
	}

	/** A hard try: the fear came partly true and the distress stayed high. */
	public static NewAttempt wentHard(LocalDateTime when, long stepId) {
		return new NewAttempt(when, stepId, 60, 50, 85, 75, Set.of(SafetyBehaviour.TEXTED_FOR_REASSURANCE),
				FearedOutcome.PARTLY, "They answered late and sounded short", null, "Tight chest", null);
	}

	public static NewStep step(String action) {
		return new NewStep(action, "10 minutes", "They will forget about me", 50, 40);
	}

}
