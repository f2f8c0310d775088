package dev.harbor.homework;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.harbor.common.i18n.HarborI18nProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in library: all 24 exercises, complete, and with the facts DOMAIN.md names.
 */
class BuiltInExercisesTest {

	private static final HarborI18nProvider WORDS = new HarborI18nProvider();

	static Stream<BuiltInExercise> exercises() {
		return BuiltInExercises.ALL.stream();
	}

	@Test
	void the_library_ships_all_twenty_four_exercises_once_each_in_every_category() {
		assertThat(BuiltInExercises.ALL).hasSize(24);
		assertThat(BuiltInExercises.ALL).extracting(BuiltInExercise::key).doesNotHaveDuplicates();
		assertThat(BuiltInExercises.ALL).extracting(BuiltInExercise::category)
			.containsAll(List.of(ExerciseCategory.values()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("exercises")
	void every_exercise_has_a_name_a_purpose_steps_a_gentle_start_and_what_to_record(BuiltInExercise exercise) {
		assertThat(text(exercise.nameKey())).isNotBlank();
		assertThat(text(exercise.purposeKey())).isNotBlank();
		assertThat(exercise.stepKeys()).hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy(key -> assertThat(text(key)).isNotBlank());
		assertThat(text("exercise." + exercise.key() + ".step." + (exercise.steps() + 1)))
			.as("no step beyond the declared count")
			.startsWith("!");
		assertThat(exercise.startMinutes()).isBetween(2, 3);
		assertThat(exercise.recordKeys()).startsWith(BuiltInExercise.ALWAYS_RECORDED.toArray(String[]::new))
			.hasSizeGreaterThan(2)
			.allSatisfy(key -> assertThat(text(key)).isNotBlank());
	}

	@Test
	void paced_breathing_is_four_in_four_hold_six_out_with_a_body_scan_and_records_rounds() {
		String steps = steps("paced_breathing");

		assertThat(steps).contains("counting to 4", "Hold", "counting to 6", "longer than the in-breath",
				"scan your body");
		assertThat(records("paced_breathing")).contains("rounds");
	}

	@Test
	void five_senses_grounding_counts_down_from_five_to_one() {
		assertThat(steps("five_senses")).contains("5 things you can see", "4 things you can feel",
				"3 things you can hear", "2 things you can smell", "1 thing you can taste");
	}

	@Test
	void a_repair_conversation_has_all_five_steps_in_order() {
		assertThat(steps("repair_conversation")).containsSubsequence("impact", "understand", "concrete next step",
				"feel secure", "Follow through");
	}

	@Test
	void the_facts_of_the_other_exercises_are_there() {
		assertThat(steps("safe_memory")).contains("who was there", "hear", "felt");
		assertThat(records("safe_place")).contains("looks", "sounds", "smells");
		assertThat(steps("evidence_check")).contains("evidence", "counter-examples", "balanced", "0 to 100");
		assertThat(steps("kind_inner_voice")).contains("good friend", "I must never be abandoned",
				"a wish you can live with");
		assertThat(steps("i_statement")).containsSubsequence("I feel", "when", "because", "request", "Thank");
		assertThat(steps("active_listening")).contains("phone away", "look at the person", "Reflect back",
				"their feeling makes sense");
		assertThat(steps("pause_plan")).contains("phrase", "break", "Come back");
		assertThat(steps("making_amends")).containsSubsequence("own your part", "without excuses",
				"sorry for that specific hurt", "why it hurt", "clear requests", "consistently");
		assertThat(steps("boundary_map")).contains("time, energy, emotional space and physical space",
				"\"I\"-statement", "over-explaining");
		assertThat(steps("paced_separation")).contains("short time apart", "soothe yourself",
				"When it feels manageable", "going back to a shorter one, is fine");
		assertThat(steps("paced_separation")).doesNotContain("Next time");
		assertThat(records("paced_separation")).contains("How long you were apart", "How you felt while apart",
				"helped");
		assertThat(steps("gradual_sharing")).contains("low-stakes", "deeper", "body");
		assertThat(steps("corrective_experiences")).contains("tone, timing and wording", "what you feared would happen",
				"what actually happened");
		assertThat(records("corrective_experiences")).contains("What you feared would happen",
				"What actually happened");
		assertThat(records("trigger_diary")).contains("The story you told yourself", "What you needed underneath");
		assertThat(steps("soothing_toolkit")).contains("warm tea", "music", "paced walk", "at a time you planned",
				"when you are upset");
		assertThat(find("soothing_toolkit").rhythm()).isEqualTo(new Rhythm.Daily());
		assertThat(steps("self_validation")).contains("strength", "managed anxiety", "grateful");
	}

	@Test
	void no_client_facing_exercise_word_uses_therapy_jargon() {
		String everything = String
			.join("\n",
					BuiltInExercises.ALL.stream()
						.flatMap(exercise -> Stream.concat(Stream.of(exercise.nameKey(), exercise.purposeKey()),
								Stream.concat(exercise.stepKeys().stream(), exercise.recordKeys().stream())))
						.map(BuiltInExercisesTest::text)
						.toList())
			.toLowerCase(Locale.ROOT);

		assertThat(everything).doesNotContain("rupture", "validat", "as a corrective experience", "absolute demand",
				"bearable statement");
	}

	private static String steps(String key) {
		return String.join("\n", find(key).stepKeys().stream().map(BuiltInExercisesTest::text).toList());
	}

	private static String records(String key) {
		return String.join("\n", find(key).recordKeys().stream().map(BuiltInExercisesTest::text).toList());
	}

	private static BuiltInExercise find(String key) {
		return BuiltInExercises.ALL.stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
	}

	private static String text(String key) {
		return WORDS.getTranslation(key, Locale.ENGLISH);
	}

}
