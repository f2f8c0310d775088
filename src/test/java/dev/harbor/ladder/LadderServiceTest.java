package dev.harbor.ladder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.common.ConcurrentEditException;
import dev.harbor.common.InvalidInputException;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.StatementLog;
import dev.harbor.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Maya builds and shapes Noor's time-apart ladder and logs Noor's tries in session: what
 * is kept, what is refused and why, what the ladder's history says, and when a step is
 * offered as ready for the next.
 */
@HarborSpringTest
class LadderServiceTest {

	static final LocalDateTime EVENING = LocalDateTime.of(2026, 11, 18, 20, 0);

	@Autowired
	LadderService ladders;

	@Autowired
	ClientService clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	HarborUser maya;

	long noor;

	@BeforeEach
	void mayaAndNoor() {
		database.clean();
		clock.set(Instant.parse("2026-11-20T10:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void a_ladder_starts_as_a_copy_of_the_built_in_one_on_its_first_step() {
		LadderView ladder = TestLadders.timeApart(ladders, noor);

		assertThat(ladder.kind()).isEqualTo(LadderKind.TIME_APART);
		assertThat(ladder.goal()).isEqualTo("An evening with friends without checking my phone");
		assertThat(ladder.steps()).hasSize(6).extracting(StepView::position).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(ladder.steps().getFirst().step().action())
			.isEqualTo("Leave my phone in another room while I make dinner");
		assertThat(ladder.currentStep()).map(StepView::position).hasValue(1);
		assertThat(ladder.anchors().isEmpty()).isTrue();
		assertThat(ladders.history(ladder.id())).extracting(LadderChangeView::what).containsExactly("STARTED");
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where subject_type = 'LADDER' and action = 'CREATE'"
					+ " and client_id = ?", Long.class, noor))
			.isEqualTo(1);
	}

	@Test
	void changing_the_built_in_step_for_noor_leaves_the_starting_ladder_as_it_was() {
		LadderView ladder = TestLadders.timeApart(ladders, noor);
		StepView first = ladder.steps().getFirst();
		ladders.changeStep(first.id(), first.version(), TestLadders.step("Phone in the hall while I cook"));

		LadderTemplateView builtIn = ladders.templates(Locale.ENGLISH).getFirst();
		assertThat(builtIn.steps().getFirst().action()).isEqualTo("Leave my phone in another room while I make dinner");
	}

	@Test
	void the_anchors_are_kept_in_the_clients_words_and_shown_with_the_ladder() {
		LadderView ladder = TestLadders.timeApart(ladders, noor);

		LadderView described = ladders.describe(ladder.id(), ladder.version(), "Time with friends, phone away",
				new Anchors("Sunday morning coffee, nothing to do", "Waiting for a reply at lunch", null,
						"The night he went quiet for hours", "The week after the break-up"));

		assertThat(described.goal()).isEqualTo("Time with friends, phone away");
		assertThat(described.anchors().calm()).isEqualTo("Sunday morning coffee, nothing to do");
		assertThat(described.anchors().half()).isNull();
		assertThat(described.anchors().worst()).isEqualTo("The week after the break-up");
		assertThat(ladders.history(ladder.id())).extracting(LadderChangeView::what)
			.containsExactly("ANCHORS", "GOAL", "STARTED");
	}

	@Test
	void steps_are_moved_split_and_set_aside_and_the_history_keeps_each_version() {
		LadderView ladder = TestLadders.timeApart(ladders, noor);
		StepView third = ladder.steps().get(2);
		LadderView changed = ladders.changeStep(third.id(), third.version(),
				new NewStep("Wait half an hour before answering", "30 minutes", "He will be angry", 45, 50));
		StepView changedThird = changed.step(third.id()).orElseThrow();
		LadderView moved = ladders.moveStep(changedThird.id(), changedThird.version(), false);
		StepView nowSecond = moved.step(third.id()).orElseThrow();
		assertThat(nowSecond.position()).isEqualTo(2);
		assertThat(moved.steps().get(2).step().action()).isEqualTo("Not text my partner during my lunch break");

		LadderView split = ladders.splitStep(nowSecond.id(), nowSecond.version());
		assertThat(split.steps()).hasSize(7);
		assertThat(split.steps().get(2).step()).isEqualTo(split.steps().get(1).step());
		assertThat(split.steps()).extracting(StepView::position).containsExactly(1, 2, 3, 4, 5, 6, 7);

		StepView last = split.steps().getLast();
		LadderView aside = ladders.setStepAside(last.id(), last.version(), true);
		assertThat(aside.step(last.id()).orElseThrow().setAside()).isTrue();
		assertThat(aside.steps()).hasSize(7);

		List<LadderChangeView> history = ladders.history(ladder.id());
		assertThat(history).extracting(LadderChangeView::what)
			.containsExactly("STEP_SET_ASIDE", "STEP_SPLIT", "STEP_MOVED", "STEP_CHANGED", "STARTED");
		assertThat(history.get(3).step().action()).isEqualTo("Wait half an hour before answering");
		assertThat(history.get(3).position()).isEqualTo(3);
		assertThat(history.get(3).changedByName()).isEqualTo("Maya Okafor");
	}

	@Test
	void a_step_changed_meanwhile_in_another_tab_is_a_conflict_and_the_ladder_moves_on_with_its_steps() {
		LadderView ladder = TestLadders.timeApart(ladders, noor);
		StepView first = ladder.steps().getFirst();
		ladders.changeStep(first.id(), first.version(), TestLadders.step("Phone in the hall"));

		assertThatThrownBy(() -> ladders.changeStep(first.id(), first.version(), TestLadders.step("Phone in a drawer")))
			.isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> ladders.nowOn(ladder.id(), ladder.version(), ladder.steps().get(1).id()))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(ladders.ladder(ladder.id()).steps().getFirst().step().action()).isEqualTo("Phone in the hall");
	}

	@Test
	void the_step_the_client_is_on_cannot_be_set_aside_and_a_ladder_holds_fifteen_steps_in_use() {
		LadderView ladder = TestLadders.timeApart(ladders, noor);
		StepView first = ladder.steps().getFirst();

		assertThatThrownBy(() -> ladders.setStepAside(first.id(), first.version(), true)).isInstanceOfSatisfying(
				InvalidInputException.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("ladder.rule.currentAside"));
		LadderView growing = ladder;
		for (int i = 0; i < 9; i++) {
			growing = ladders.addStep(growing.id(), growing.version(), TestLadders.step("More, " + (i + 1)));
		}
		assertThat(growing.steps()).hasSize(15);
		LadderView full = growing;
		assertThatThrownBy(() -> ladders.addStep(full.id(), full.version(), TestLadders.step("One too many")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("ladder.rule.full"));
		assertThat(database.count("ladder_step")).isEqualTo(15);
	}

	@Test
	void out_of_range_numbers_a_step_without_action_and_a_try_in_the_future_are_refused_by_field() {
		LadderView ladder = TestLadders.timeApart(ladders, noor);
		long step = ladder.steps().getFirst().id();
		NewAttempt good = TestLadders.wentWell(EVENING, step);

		assertRefused(() -> ladders.logAttempt(ladder.id(), withPeak(good, 101)), "peakDistress",
				"ladder.rule.distress");
		assertRefused(() -> ladders.logAttempt(ladder.id(), withPeak(good, -1)), "peakDistress",
				"ladder.rule.distress");
		assertRefused(
				() -> ladders.logAttempt(ladder.id(), new NewAttempt(LocalDateTime.of(2026, 11, 21, 9, 0), step, 20, 40,
						60, 25, Set.of(), FearedOutcome.NO, null, null, null, null)),
				"happenedAt", "ladder.rule.happenedAt");
		assertRefused(() -> ladders.logAttempt(ladder.id(), new NewAttempt(EVENING, step, 20, 40, 60, 25, Set.of(),
				FearedOutcome.NO, "x".repeat(2001), null, null, null)), "whatHappened", "text.rule.tooLong");
		assertRefused(() -> ladders.logAttempt(ladder.id(),
				new NewAttempt(EVENING, step, 2000, 40, 60, 25, Set.of(), FearedOutcome.NO, null, null, null, null)),
				"minutes", "ladder.rule.minutes");
		assertRefused(() -> ladders.addStep(ladder.id(), ladder.version(), new NewStep(" ", null, "x", 50, 50)),
				"action", "ladder.rule.action");
		assertRefused(() -> ladders.addStep(ladder.id(), ladder.version(), new NewStep("Go", null, "x", 101, 50)),
				"likelihood", "ladder.rule.likelihood");
		assertRefused(() -> ladders.addStep(ladder.id(), ladder.version(), new NewStep("Go", null, "x", 50, -5)),
				"predictedDistress", "ladder.rule.distress");

		assertThat(database.count("ladder_attempt")).isZero();
		assertThat(database.count("ladder_step")).isEqualTo(6);
	}

	@Test
	void emoji_right_to_left_text_html_and_sql_are_kept_as_written() {
		LadderView ladder = TestLadders.timeApart(ladders, noor);
		String words = "<script>alert(1)</script> 🙂 أنا بخير '; drop table ladder; --";

		AttemptView saved = ladders.logAttempt(ladder.id(), new NewAttempt(EVENING, ladder.steps().getFirst().id(), 20,
				40, 60, 25, Set.of(), FearedOutcome.NO, words, words, null, null));
		LadderView described = ladders.describe(ladder.id(), ladder.version(), words,
				new Anchors(words, null, null, null, null));

		assertThat(ladders.attempts(ladder.id(), PageRequest.of(0, 5)).getContent().getFirst().attempt().whatHappened())
			.isEqualTo(words);
		assertThat(saved.attempt().learned()).isEqualTo(words);
		assertThat(described.goal()).isEqualTo(words);
		assertThat(described.anchors().calm()).isEqualTo(words);
	}

	@Test
	void the_prediction_is_kept_next_to_what_happened_and_the_steps_count_how_often_the_fear_came_true() {
		LadderView ladder = TestLadders.timeApart(ladders, noor);
		long step = ladder.steps().getFirst().id();
		ladders.logAttempt(ladder.id(), TestLadders.wentWell(EVENING, step));
		ladders.logAttempt(ladder.id(), TestLadders.wentHard(EVENING.plusDays(1), step));

		LadderView seen = ladders.ladder(ladder.id());
		StepView first = seen.step(step).orElseThrow();
		assertThat(first.attempts()).isEqualTo(2);
		assertThat(first.fearedHappened()).isEqualTo(1);
		assertThat(first.step().predictedDistress()).isEqualTo(35);
		assertThat(seen.pointsOf(step)).extracting(AttemptPoint::predicted, AttemptPoint::peak, AttemptPoint::end)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(40, 60, 25),
					org.assertj.core.groups.Tuple.tuple(50, 85, 75));
	}

	@Test
	void a_step_is_offered_as_ready_only_after_two_tries_where_the_fear_did_not_come_true_and_it_never_moves_by_itself() {
		LadderView ladder = TestLadders.timeApart(ladders, noor);
		long step = ladder.steps().getFirst().id();
		ladders.logAttempt(ladder.id(), TestLadders.wentWell(EVENING, step));
		assertThat(ladders.ladder(ladder.id()).readyStepId()).isNull();

		ladders.logAttempt(ladder.id(), TestLadders.wentWell(EVENING.plusDays(1), step));
		LadderView ready = ladders.ladder(ladder.id());
		assertThat(ready.readyStepId()).isEqualTo(step);
		assertThat(ready.currentStepId()).isEqualTo(step);

		ladders.logAttempt(ladder.id(), TestLadders.wentHard(EVENING.plusDays(1).plusHours(1), step));
		assertThat(ladders.ladder(ladder.id()).readyStepId()).isNull();
	}

	@Test
	void opening_a_ladder_costs_the_same_statements_with_five_hundred_tries_as_with_one() {
		LadderView ladder = TestLadders.timeApart(ladders, noor);
		long step = ladder.steps().getFirst().id();
		ladders.logAttempt(ladder.id(), TestLadders.wentWell(EVENING, step));
		int withOne = statementsToOpen(ladder.id());
		for (int i = 1; i < 500; i++) {
			ladders.logAttempt(ladder.id(), TestLadders.wentWell(EVENING.minusHours(i), step));
		}

		int withFiveHundred = statementsToOpen(ladder.id());

		assertThat(withFiveHundred).isEqualTo(withOne).isLessThanOrEqualTo(7);
		assertThat(ladders.ladder(ladder.id()).points()).hasSize(500);
	}

	@Test
	void tries_wait_for_review_on_the_dashboard_until_maya_marks_them() {
		LadderView ladder = TestLadders.timeApart(ladders, noor);
		long step = ladder.steps().getFirst().id();
		AttemptView one = ladders.logAttempt(ladder.id(), TestLadders.wentWell(EVENING, step));
		AttemptView two = ladders.logAttempt(ladder.id(), TestLadders.wentHard(EVENING.plusDays(1), step));
		ladders.flag(two.id(), two.version(), true);

		assertThat(ladders.myAttemptsToReview()).singleElement().satisfies(row -> {
			assertThat(row.unreviewed()).isEqualTo(2);
			assertThat(row.flagged()).isEqualTo(1);
		});
		ladders.markReviewed(noor, List.of(one.id()));
		AttemptView commented = ladders.comment(one.id(),
				ladders.attempts(ladder.id(), PageRequest.of(0, 5))
					.getContent()
					.stream()
					.filter(view -> view.id() == one.id())
					.findFirst()
					.orElseThrow()
					.version(),
				"Good to notice the phone check");

		assertThat(commented.reviewed()).isTrue();
		assertThat(commented.comment()).isEqualTo("Good to notice the phone check");
		assertThat(ladders.myAttemptsToReview()).singleElement().satisfies(row -> {
			assertThat(row.unreviewed()).isEqualTo(1);
			assertThat(row.flagged()).isEqualTo(1);
		});
	}

	@Test
	void a_period_holds_the_ladders_in_use_with_the_tries_of_that_period_only() {
		LadderView ladder = TestLadders.timeApart(ladders, noor);
		long step = ladder.steps().getFirst().id();
		ladders.logAttempt(ladder.id(), TestLadders.wentWell(EVENING, step));
		ladders.logAttempt(ladder.id(), TestLadders.wentWell(EVENING.minusDays(30), step));

		List<LadderPeriod> periods = ladders.period(noor, LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 20));

		assertThat(periods).singleElement().satisfies(period -> {
			assertThat(period.attempts()).hasSize(1);
			assertThat(period.currentStep().id()).isEqualTo(step);
		});
	}

	@Test
	void a_ladder_kept_as_a_shared_starting_ladder_serves_a_colleague_without_the_clients_goal_or_scale() {
		LadderView ladder = TestLadders.timeApart(ladders, noor);
		ladder = ladders.describe(ladder.id(), ladder.version(), ladder.goal(),
				new Anchors("Noor's calm morning", null, null, null, null));
		StepView first = ladder.steps().getFirst();
		ladder = ladders.changeStep(first.id(), first.version(), TestLadders.step("Phone in the hall while I cook"));
		StepView last = ladder.steps().getLast();
		ladders.setStepAside(last.id(), last.version(), true);
		LadderTemplateView kept = ladders.keepAsTemplate(ladder.id(), "Time apart, gentler start", true);
		ladders.keepAsTemplate(ladder.id(), "Maya's private one", false);
		assertThat(kept.mine()).isTrue();
		assertThat(kept.steps()).hasSize(5);

		HarborUser tomas = accounts.clinician("Tomas Reyes");
		long ada = TestClients.aClientOf(clients, tomas, "Ada Brandt");
		TestAccounts.signIn(tomas);
		List<LadderTemplateView> seen = ladders.templates(Locale.ENGLISH);
		assertThat(seen).extracting(LadderTemplateView::name)
			.containsExactly("Time apart, step by step", "Letting someone closer, a little at a time",
					"Time apart, gentler start");
		assertThat(seen.getLast().mine()).isFalse();
		assertThat(seen.getLast().ownerName()).isEqualTo("Maya Okafor");
		LadderView adas = ladders.startLadder(ada, kept.key(), "Weekends with my own plans");

		assertThat(adas.steps()).hasSize(5);
		assertThat(adas.steps().getFirst().step().action()).isEqualTo("Phone in the hall while I cook");
		assertThat(adas.anchors().isEmpty()).isTrue();
		assertThat(adas.goal()).isEqualTo("Weekends with my own plans");

		TestAccounts.signIn(maya);
		ladders.archiveTemplate(kept.ownId());
		assertThat(ladders.templates(Locale.ENGLISH)).extracting(LadderTemplateView::name)
			.doesNotContain("Time apart, gentler start")
			.contains("Maya's private one");
	}

	private int statementsToOpen(long ladderId) {
		StatementLog.start();
		ladders.ladder(ladderId);
		return StatementLog.stop().size();
	}

	private static NewAttempt withPeak(NewAttempt attempt, int peak) {
		return new NewAttempt(attempt.happenedAt(), attempt.stepId(), attempt.minutes(), attempt.predictedDistress(),
				peak, attempt.endDistress(), attempt.safetyBehaviours(), attempt.fearedHappened(),
				attempt.whatHappened(), attempt.learned(), attempt.body(), attempt.note());
	}

	private static void assertRefused(Runnable call, String field, String key) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
			assertThat(refused.field()).isEqualTo(field);
			assertThat(refused.messageKey()).isEqualTo(key);
		});
	}

}
