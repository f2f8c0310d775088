package dev.harbor.homework;

import java.util.List;

/**
 * The words of an exercise as the client reads them, and its suggested plan. For a
 * built-in exercise they come from the translation bundle; for an assignment they are the
 * copy taken when it was assigned.
 *
 * @param prompts what the client records afterwards besides distress before and after
 */
public record ExerciseText(ExerciseCategory category, String name, String purpose, List<String> steps,
		List<String> prompts, int startMinutes, Rhythm rhythm) {

	public static final int NAME_MAX = 120;

	public static final int PURPOSE_MAX = 300;

	public static final int STEP_MAX = 500;

	public static final int PROMPT_MAX = 300;

	public static final int MAX_STEPS = 12;

	public static final int MAX_PROMPTS = 8;

	public static final int MINUTES_MAX = 120;

	public ExerciseText {
		steps = List.copyOf(steps);
		prompts = List.copyOf(prompts);
	}

}
