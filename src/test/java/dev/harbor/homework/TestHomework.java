package dev.harbor.homework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Small builders for homework test data. */
public final class TestHomework {

	public static final TemplateRef PACED_BREATHING = new TemplateRef.BuiltIn("paced_breathing");

	private TestHomework() {
	}

	/** Paced breathing every day at 3 minutes, one more each week up to 10. */
	public static NewAssignment pacedBreathingDaily(LocalDate start) {
		return new NewAssignment(PACED_BREATHING, start, null, new Rhythm.Daily(), 3, new Progression(1, 10),
				"Try it after breakfast.");
	}

	public static NewCompletion practice(LocalDateTime when, int before, int after) {
		return new NewCompletion(when, 3, before, after, List.of("4", "shoulders"), null);
	}

}
