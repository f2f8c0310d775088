package dev.harbor.correctiveexperience;

import java.time.LocalDateTime;
import java.util.Set;

/** Small builders for corrective-experience test data. */
public final class TestExperiences {

	private TestExperiences() {
	}

	/** Asked a friend for support, feared being a burden. */
	public static NewExperience askedForSupport(LocalDateTime when, int before, int after) {
		return new NewExperience(when, Setting.FRIEND, Risk.ASKED_FOR_SUPPORT, "She will think I am too much", before,
				"She called back within the hour and thanked me for telling her", after,
				"Asking early, in plain words, works better", Set.of(Learning.TIMING, Learning.WORDING),
				"Warm face, shoulders dropped", Set.of());
	}

	/** Repaired after snapping at a partner. */
	public static NewExperience repair(LocalDateTime when, int before, int after) {
		return new NewExperience(when, Setting.PARTNER, Risk.REPAIRED, "He will stay cold for days", before,
				"He listened and we made tea", after, null, Set.of(Learning.TONE), null,
				Set.of(RepairStep.IMPACT_ACKNOWLEDGED, RepairStep.WISH_TO_UNDERSTAND, RepairStep.CONCRETE_STEP));
	}

}
