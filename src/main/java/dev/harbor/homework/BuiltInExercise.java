package dev.harbor.homework;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One exercise of the built-in library. Its words live in
 * {@code i18n/exercises.properties} under {@code exercise.<key>.*}, so the library can be
 * translated like the rest of the app.
 *
 * @param key stable identifier, also the prefix of its translation keys
 * @param category where it sits in the library
 * @param startMinutes suggested length to begin with (2 or 3 minutes, then build up)
 * @param rhythm suggested rhythm
 * @param steps how many numbered steps it has
 * @param recordFields what the client records afterwards besides distress before and
 * after
 */
public record BuiltInExercise(String key, ExerciseCategory category, int startMinutes, Rhythm rhythm, int steps,
		List<String> recordFields) {

	/** Every exercise records distress before and after, on 0 to 10. */
	public static final List<String> ALWAYS_RECORDED = List.of("exercise.record.distress_before",
			"exercise.record.distress_after");

	public String nameKey() {
		return "exercise." + key + ".name";
	}

	public String purposeKey() {
		return "exercise." + key + ".purpose";
	}

	public List<String> stepKeys() {
		return IntStream.rangeClosed(1, steps).mapToObj(step -> "exercise." + key + ".step." + step).toList();
	}

	/** Distress before and after, then the exercise's own prompts. */
	public List<String> recordKeys() {
		return java.util.stream.Stream
			.concat(ALWAYS_RECORDED.stream(),
					recordFields.stream().map(field -> "exercise." + key + ".record." + field))
			.toList();
	}

}
