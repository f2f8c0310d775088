package dev.harbor.ladder;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a step is offered as ready for the next one, and when it is not. */
class NextStepSuggestionTest {

	static final LocalDateTime DAY = LocalDateTime.of(2026, 11, 10, 19, 0);

	@Test
	void two_tries_where_the_fear_did_not_happen_and_distress_eased_by_twenty_points_suggest_the_next_step() {
		assertThat(NextStepSuggestion.readyStep(7L, true,
				List.of(point(FearedOutcome.NO, 60, 40), point(FearedOutcome.NO, 55, 35))))
			.isEqualTo(7L);
	}

	@Test
	void a_fear_that_came_partly_true_in_either_of_the_last_two_tries_holds_the_suggestion_back() {
		assertThat(NextStepSuggestion.readyStep(7L, true,
				List.of(point(FearedOutcome.PARTLY, 60, 20), point(FearedOutcome.NO, 55, 20))))
			.isNull();
	}

	@Test
	void distress_that_stayed_near_its_peak_holds_it_back_even_when_the_fear_did_not_happen() {
		assertThat(NextStepSuggestion.readyStep(7L, true,
				List.of(point(FearedOutcome.NO, 60, 20), point(FearedOutcome.NO, 55, 36))))
			.isNull();
	}

	@Test
	void only_the_latest_two_tries_count_so_an_early_hard_one_is_not_held_against_the_client() {
		assertThat(NextStepSuggestion.readyStep(7L, true, List.of(point(FearedOutcome.YES, 90, 90),
				point(FearedOutcome.NO, 60, 30), point(FearedOutcome.NO, 50, 20))))
			.isEqualTo(7L);
	}

	@Test
	void nothing_is_offered_on_the_top_step_after_one_try_or_without_a_current_step() {
		List<AttemptPoint> calm = List.of(point(FearedOutcome.NO, 60, 20), point(FearedOutcome.NO, 60, 20));
		assertThat(NextStepSuggestion.readyStep(7L, false, calm)).isNull();
		assertThat(NextStepSuggestion.readyStep(7L, true, calm.subList(0, 1))).isNull();
		assertThat(NextStepSuggestion.readyStep(null, true, calm)).isNull();
	}

	private static AttemptPoint point(FearedOutcome feared, int peak, int end) {
		return new AttemptPoint(1, 7, DAY, 50, peak, end, feared);
	}

}
