package dev.harbor.homework;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

import static dev.harbor.homework.ExerciseCategory.BOUNDARIES;
import static dev.harbor.homework.ExerciseCategory.CALMING_THE_BODY;
import static dev.harbor.homework.ExerciseCategory.CLOSENESS_AND_DISTANCE;
import static dev.harbor.homework.ExerciseCategory.NOTICING;
import static dev.harbor.homework.ExerciseCategory.REPAIRING;
import static dev.harbor.homework.ExerciseCategory.SPEAKING;
import static dev.harbor.homework.ExerciseCategory.THINKING;

/**
 * The 24 exercises every practice starts with (the table in DOMAIN.md). Built-ins are
 * read-only; clinicians copy and adapt them. How they are stored and versioned arrives
 * with the homework screens (issue 4).
 */
public final class BuiltInExercises {

	private static final Rhythm DAILY = new Rhythm.Daily();

	private static final Rhythm TRIGGERED = new Rhythm.WhenTriggered();

	public static final List<BuiltInExercise> ALL = List.of(
			exercise("safe_memory", CALMING_THE_BODY, 3, DAILY, 5, "details"),
			exercise("safe_place", CALMING_THE_BODY, 3, DAILY, 5, "looks", "sounds", "smells"),
			exercise("paced_breathing", CALMING_THE_BODY, 3, DAILY, 6, "rounds", "tension"),
			exercise("muscle_relaxation", CALMING_THE_BODY, 3, new Rhythm.TimesPerWeek(3), 5, "groups", "tightest"),
			exercise("five_senses", CALMING_THE_BODY, 2, TRIGGERED, 6, "noticed"),
			exercise("soothing_toolkit", CALMING_THE_BODY, 3, DAILY, 4, "ritual", "helped"),
			exercise("trigger_diary", NOTICING, 3, TRIGGERED, 5, "situation", "thoughts", "feeling", "need"),
			exercise("morning_evening", NOTICING, 2, DAILY, 5, "morning", "evening"),
			exercise("reassurance_urge_log", NOTICING, 3, TRIGGERED, 5, "trigger", "thought", "feeling", "instead"),
			exercise("mindful_noticing", NOTICING, 2, TRIGGERED, 5, "body", "thoughts", "name"),
			exercise("evidence_check", THINKING, 3, new Rhythm.TimesPerWeek(2), 6, "belief", "rating_before",
					"counter_examples", "balanced", "rating_after"),
			exercise("kind_inner_voice", THINKING, 2, DAILY, 4, "demand", "kinder"),
			exercise("self_validation", THINKING, 2, DAILY, 3, "strength", "success", "grateful"),
			exercise("i_statement", SPEAKING, 3, new Rhythm.TimesPerWeek(2), 6, "statement", "response"),
			exercise("active_listening", SPEAKING, 3, new Rhythm.TimesPerWeek(3), 4, "reflected", "validated"),
			exercise("partner_check_in", SPEAKING, 3, DAILY, 4, "shared", "felt"),
			exercise("pause_plan", SPEAKING, 2, TRIGGERED, 4, "phrase", "return"),
			exercise("repair_conversation", REPAIRING, 3, TRIGGERED, 5, "steps", "helped"),
			exercise("making_amends", REPAIRING, 3, TRIGGERED, 5, "hurt", "agreed"),
			exercise("boundary_map", BOUNDARIES, 3, new Rhythm.TimesPerWeek(1), 5, "limit", "went"),
			exercise("paced_separation", CLOSENESS_AND_DISTANCE, 3, new Rhythm.TimesPerWeek(3), 4, "apart", "feelings",
					"helped"),
			exercise("gradual_sharing", CLOSENESS_AND_DISTANCE, 3, new Rhythm.TimesPerWeek(2), 4, "shared", "body"),
			exercise("moments_of_connection", CLOSENESS_AND_DISTANCE, 3,
					new Rhythm.OnWeekdays(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY)), 4, "who",
					"moment"),
			exercise("corrective_experiences", CLOSENESS_AND_DISTANCE, 3, new Rhythm.TimesPerWeek(1), 4, "feared",
					"happened", "learned"));

	private BuiltInExercises() {
	}

	private static BuiltInExercise exercise(String key, ExerciseCategory category, int minutes, Rhythm rhythm,
			int steps, String... recordFields) {
		return new BuiltInExercise(key, category, minutes, rhythm, steps, List.of(recordFields));
	}

}
