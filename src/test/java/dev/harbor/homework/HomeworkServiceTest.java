package dev.harbor.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import dev.harbor.client.ClientService;
import dev.harbor.common.ConcurrentEditException;
import dev.harbor.client.TestClients;
import dev.harbor.common.InvalidInputException;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.therapysession.NewSession;
import dev.harbor.therapysession.TherapySessionService;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.StatementLog;
import dev.harbor.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static dev.harbor.homework.TestHomework.PACED_BREATHING;
import static dev.harbor.homework.TestHomework.pacedBreathingDaily;
import static dev.harbor.homework.TestHomework.practice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Assigning homework, logging practice and reading progress, as a clinician does. */
@HarborSpringTest
class HomeworkServiceTest {

	/** A Monday, so weeks are easy to follow. */
	static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

	@Autowired
	HomeworkService homework;

	@Autowired
	PracticeLogService practiceLog;

	@Autowired
	ExerciseLibraryService library;

	@Autowired
	ClientService clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	@Autowired
	TherapySessionService sessions;

	HarborUser maya;

	long noor;

	@BeforeEach
	void aClinicianWithAClient() {
		database.clean();
		clock.set(Instant.parse("2026-11-16T09:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void an_assignment_keeps_the_words_it_was_given_when_its_template_is_rewritten_later() {
		LibraryEntry mine = library.copyExercise(PACED_BREATHING, Locale.ENGLISH);
		long assignment = homework.assignHomework(noor, plan(mine.ref()));
		ExerciseText rewritten = new ExerciseText(ExerciseCategory.CALMING_THE_BODY, "Box breathing", "Square it off.",
				List.of("In for 4, hold 4, out 4, hold 4."), List.of(), 4, new Rhythm.Daily());

		library.rewriteExercise(((TemplateRef.Own) mine.ref()).templateId(), mine.version(), rewritten);

		AssignmentView given = only(homework.clientHomework(noor, MONDAY.plusDays(14)));
		assertThat(given.id()).isEqualTo(assignment);
		assertThat(given.text().name()).isEqualTo("Paced breathing (adapted)");
		assertThat(given.text().steps()).contains("Breathe in through your nose while counting to 4.");
		assertThat(library.exercise(mine.ref(), Locale.ENGLISH).text().name()).isEqualTo("Box breathing");
	}

	@Test
	void homework_given_in_a_session_is_recorded_as_agreed_in_it() {
		long session = sessions.startSession(noor, new NewSession(MONDAY.atTime(10, 0), 50)).id();

		long inSession = homework.assignHomeworkInSession(noor, session, pacedBreathingDaily(MONDAY));
		long outside = homework.assignHomework(noor, pacedBreathingDaily(MONDAY));

		assertThat(homework.clientHomework(noor, MONDAY).assignments())
			.extracting(AssignmentView::id, AssignmentView::assignedInSession)
			.containsExactlyInAnyOrder(tuple(inSession, session), tuple(outside, null));
		assertThat(database.jdbc()
			.queryForList("select detail from audit_event where subject_type = 'HOMEWORK' and action = 'CREATE' "
					+ "order by id", String.class))
			.containsExactly("assigned in session " + session, "assigned");
	}

	@Test
	void a_built_in_is_copied_into_the_assignment_so_a_later_edit_of_the_bundle_cannot_change_it() {
		long assignment = homework.assignHomework(noor, pacedBreathingDaily(MONDAY));

		assertThat(database.jdbc()
			.queryForList("select text from homework_assignment_step where assignment_id = ? order by position",
					String.class, assignment))
			.hasSize(6)
			.contains("Hold the breath gently while counting to 4.");
		assertThat(database.jdbc()
			.queryForObject("select built_in_key from homework_assignment where id = ?", String.class, assignment))
			.isEqualTo("paced_breathing");
	}

	@Test
	void two_weeks_of_practice_give_planned_versus_done_adherence_progression_and_distress() {
		long assignment = homework.assignHomework(noor, pacedBreathingDaily(MONDAY));
		for (int day = 0; day < 7; day++) {
			practiceLog.recordCompletion(assignment, practice(MONDAY.plusDays(day).atTime(8, 0), 6, 3));
		}
		for (int day = 7; day < 10; day++) {
			practiceLog.recordCompletion(assignment, practice(MONDAY.plusDays(day).atTime(8, 0), 5, 3));
		}

		AssignmentView view = only(homework.clientHomework(noor, MONDAY.plusDays(13)));

		assertThat(view.adherence().weeks()).extracting(Adherence.Week::planned, Adherence.Week::done)
			.containsExactly(tuple(7, 7), tuple(7, 3));
		assertThat(view.adherence().percent().getAsDouble()).isEqualTo(100.0 * 10 / 14);
		assertThat(view.currentTargetMinutes()).isEqualTo(4);
		assertThat(view.averageBefore()).isEqualTo((7 * 6 + 3 * 5) / 10.0);
		assertThat(view.averageAfter()).isEqualTo(3.0);
		assertThat(view.lastPractice()).isEqualTo(MONDAY.plusDays(9).atTime(8, 0));
		assertThat(view.overdue()).isTrue();
	}

	@Test
	void a_struck_out_practice_stays_in_the_log_but_leaves_the_figures() {
		long assignment = homework.assignHomework(noor, pacedBreathingDaily(MONDAY));
		CompletionView wrong = practiceLog.recordCompletion(assignment, practice(MONDAY.atTime(9, 0), 9, 9));
		practiceLog.recordCompletion(assignment, practice(MONDAY.atTime(20, 0), 4, 2));

		CompletionView struck = practiceLog.strikeOutCompletion(wrong.id(), wrong.version(),
				"Entered for the wrong client");

		assertThat(struck.struckOut()).isTrue();
		assertThat(practiceLog.practiceLog(assignment, PageRequest.of(0, 10))).hasSize(2);
		AssignmentView view = only(homework.clientHomework(noor, MONDAY));
		assertThat(view.practices()).isEqualTo(1);
		assertThat(view.averageBefore()).isEqualTo(4.0);
		assertThatThrownBy(
				() -> practiceLog.correctCompletion(wrong.id(), struck.version(), practice(MONDAY.atTime(9, 0), 1, 1)))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void a_correction_made_on_a_stale_copy_is_refused_and_the_newer_one_kept() {
		long assignment = homework.assignHomework(noor, pacedBreathingDaily(MONDAY));
		CompletionView first = practiceLog.recordCompletion(assignment, practice(MONDAY.atTime(9, 0), 6, 4));
		CompletionView corrected = practiceLog.correctCompletion(first.id(), first.version(),
				practice(MONDAY.atTime(9, 30), 6, 2));

		assertThatThrownBy(
				() -> practiceLog.correctCompletion(first.id(), first.version(), practice(MONDAY.atTime(9, 0), 7, 7)))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(corrected.changedAt()).isNotNull();
		assertThat(practiceLog.practiceLog(assignment, PageRequest.of(0, 10)).getContent().getFirst().distressAfter())
			.isEqualTo(2);
	}

	@Test
	void pause_resume_and_complete_are_kept_as_history_and_a_pause_is_not_counted_as_missed() {
		long assignment = homework.assignHomework(noor, pacedBreathingDaily(MONDAY));
		AssignmentView active = only(homework.clientHomework(noor, MONDAY));
		AssignmentView paused = only(
				homework.changeStatus(assignment, active.version(), AssignmentStatus.PAUSED, MONDAY));
		assertThatThrownBy(
				() -> homework.changeStatus(assignment, paused.version(), AssignmentStatus.PAUSED, MONDAY.plusDays(1)))
			.isInstanceOf(InvalidInputException.class);
		AssignmentView resumed = only(
				homework.changeStatus(assignment, paused.version(), AssignmentStatus.ACTIVE, MONDAY.plusDays(7)));
		practiceLog.recordCompletion(assignment, practice(MONDAY.plusDays(7).atTime(8, 0), 5, 2));
		AssignmentView completed = only(
				homework.changeStatus(assignment, resumed.version(), AssignmentStatus.COMPLETED, MONDAY.plusDays(8)));

		assertThat(completed.history()).extracting(StatusChangeView::status)
			.containsExactly(AssignmentStatus.ACTIVE, AssignmentStatus.PAUSED, AssignmentStatus.ACTIVE,
					AssignmentStatus.COMPLETED);
		assertThat(completed.adherence().planned()).isEqualTo(1);
		assertThat(completed.adherence().percent().getAsDouble()).isEqualTo(100.0);
		assertThat(completed.overdue()).isFalse();
	}

	@Test
	void a_missed_practice_is_noted_with_its_reason() {
		today(MONDAY.plusDays(3));
		long assignment = homework.assignHomework(noor, pacedBreathingDaily(MONDAY));

		practiceLog.noteMissedPractice(assignment, MONDAY.plusDays(1), MissedReason.FELT_LIKE_A_TEST,
				"Worried I'd do it wrong");

		assertThat(only(homework.clientHomework(noor, MONDAY.plusDays(3))).missed())
			.extracting(MissedView::reason, MissedView::note)
			.containsExactly(tuple(MissedReason.FELT_LIKE_A_TEST, "Worried I'd do it wrong"));
		assertThatThrownBy(
				() -> practiceLog.noteMissedPractice(assignment, MONDAY.plusDays(9), MissedReason.FORGOT, null))
			.isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("missedOn");
	}

	@ParameterizedTest
	@ValueSource(strings = { "😊 calmer after 🌊", "هدأت بعد التمرين", "שקט יותר", "<script>alert(1)</script><b>x</b>",
			"'; drop table completion; --" })
	void any_text_a_client_writes_is_kept_exactly_as_written(String text) {
		long assignment = homework.assignHomework(noor, pacedBreathingDaily(MONDAY));

		practiceLog.recordCompletion(assignment,
				new NewCompletion(MONDAY.atTime(8, 0), 3, 5, 2, List.of(text, ""), text));

		CompletionView stored = practiceLog.practiceLog(assignment, PageRequest.of(0, 1)).getContent().getFirst();
		assertThat(stored.note()).isEqualTo(text);
		assertThat(stored.answers()).containsExactly(text, "");
	}

	@Test
	void bad_practice_input_is_refused_field_by_field_and_nothing_is_saved() {
		today(MONDAY);
		long assignment = homework.assignHomework(noor, pacedBreathingDaily(MONDAY));
		LocalDateTime eight = MONDAY.atTime(8, 0);

		assertRefused(assignment, new NewCompletion(eight, 3, 11, 2, List.of(), null), "distressBefore");
		assertRefused(assignment, new NewCompletion(eight, 3, 5, -1, List.of(), null), "distressAfter");
		assertRefused(assignment, new NewCompletion(eight, 601, 5, 2, List.of(), null), "minutes");
		assertRefused(assignment, new NewCompletion(null, 3, 5, 2, List.of(), null), "happenedAt");
		assertRefused(assignment, new NewCompletion(MONDAY.plusDays(5).atTime(8, 0), 3, 5, 2, List.of(), null),
				"happenedAt");
		assertRefused(assignment, new NewCompletion(eight, 3, 5, 2, List.of(), "x".repeat(2001)), "note");
		assertRefused(assignment, new NewCompletion(eight, 3, 5, 2, List.of("a", "b", "c"), null), "answers");
		assertRefused(assignment, new NewCompletion(eight, 3, 5, 2, List.of("bell\u0007"), null), "answers");
		assertThat(database.count("completion")).isZero();
	}

	@Test
	void a_plan_out_of_range_is_refused_with_the_field_named() {
		assertPlanRefused(
				new NewAssignment(PACED_BREATHING, MONDAY, MONDAY.minusDays(1), new Rhythm.Daily(), 3, null, null),
				"end");
		assertPlanRefused(new NewAssignment(PACED_BREATHING, MONDAY, null, new Rhythm.Daily(), 0, null, null),
				"targetMinutes");
		assertPlanRefused(
				new NewAssignment(PACED_BREATHING, MONDAY, null, new Rhythm.Daily(), 5, new Progression(1, 4), null),
				"progression");
		assertPlanRefused(
				new NewAssignment(PACED_BREATHING, LocalDate.of(1999, 1, 1), null, new Rhythm.Daily(), 3, null, null),
				"start");
		assertPlanRefused(new NewAssignment(null, MONDAY, null, new Rhythm.Daily(), 3, null, null), "template");
		assertThatThrownBy(
				() -> homework.assignHomework(noor, new NewAssignment(new TemplateRef.BuiltIn("no_such_thing"), MONDAY,
						null, new Rhythm.Daily(), 3, null, null)))
			.isInstanceOf(HomeworkNotFoundException.class);
		assertThat(database.count("homework_assignment")).isZero();
	}

	@Test
	void every_read_and_change_leaves_one_audit_event_naming_the_client() {
		long assignment = homework.assignHomework(noor, pacedBreathingDaily(MONDAY));
		CompletionView done = practiceLog.recordCompletion(assignment, practice(MONDAY.atTime(8, 0), 5, 2));
		practiceLog.correctCompletion(done.id(), done.version(), practice(MONDAY.atTime(8, 0), 5, 1));
		practiceLog.practiceLog(assignment, PageRequest.of(0, 10));
		practiceLog.noteMissedPractice(assignment, MONDAY, MissedReason.TOO_BUSY, null);
		AssignmentView view = only(homework.clientHomework(noor, MONDAY));
		homework.changeStatus(assignment, view.version(), AssignmentStatus.PAUSED, MONDAY);

		assertThat(database.jdbc()
			.queryForList("""
					select action || ' ' || subject_type || ' ' || coalesce(detail, '') from audit_event
					where client_id = ? and outcome = 'SUCCESS' and subject_type <> 'CLIENT' order by id""",
					String.class, noor))
			.containsExactly("CREATE HOMEWORK assigned", "CREATE COMPLETION practice logged",
					"CHANGE COMPLETION practice corrected", "VIEW HOMEWORK practice log",
					"CREATE HOMEWORK missed practice noted", "VIEW HOMEWORK homework", "CHANGE HOMEWORK status PAUSED");
	}

	@Test
	void the_dashboard_panel_costs_three_queries_whatever_the_caseload_size() {
		for (int i = 0; i < 3; i++) {
			aPlanWithPractice("Client " + i);
		}
		List<String> small = dashboardStatements();
		for (int i = 3; i < 20; i++) {
			aPlanWithPractice("Client " + i);
		}
		List<String> larger = dashboardStatements();

		assertThat(small).filteredOn(sql -> sql.startsWith("select")).hasSize(3);
		assertThat(larger).filteredOn(sql -> sql.startsWith("select")).hasSize(3);
		assertThat(larger).filteredOn(sql -> !sql.startsWith("select"))
			.allMatch(sql -> sql.startsWith("insert into audit_event"));
	}

	@Test
	void the_dashboard_shows_quiet_plans_and_recent_practice_and_a_pause_quiets_it() {
		long assignment = homework.assignHomework(noor, pacedBreathingDaily(MONDAY));
		practiceLog.recordCompletion(assignment, practice(MONDAY.atTime(8, 0), 6, 3));

		today(MONDAY.plusDays(2));
		assertThat(homework.myHomeworkToFollowUp(5).overdue()).isEmpty();
		today(MONDAY.plusDays(3));
		HomeworkFollowUp quiet = homework.myHomeworkToFollowUp(5);
		assertThat(quiet.overdue()).extracting(OverdueHomework::clientName, OverdueHomework::lastPractice)
			.containsExactly(tuple("Noor Haddad", MONDAY));
		assertThat(quiet.recent()).extracting(RecentPractice::exerciseName).containsExactly("Paced breathing");

		AssignmentView view = only(homework.clientHomework(noor, MONDAY.plusDays(3)));
		homework.changeStatus(assignment, view.version(), AssignmentStatus.PAUSED, MONDAY.plusDays(3));
		assertThat(homework.myHomeworkToFollowUp(5).overdue()).isEmpty();
	}

	/** Moves the practice's clock to nine in the morning of that day. */
	private void today(LocalDate day) {
		clock.set(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
	}

	private void aPlanWithPractice(String name) {
		long client = TestClients.aClientOf(clients, maya, name);
		TestAccounts.signIn(maya);
		long assignment = homework.assignHomework(client, pacedBreathingDaily(MONDAY));
		practiceLog.recordCompletion(assignment, practice(MONDAY.atTime(8, 0), 6, 3));
	}

	private List<String> dashboardStatements() {
		StatementLog.start();
		homework.myHomeworkToFollowUp(6);
		return StatementLog.stop();
	}

	private void assertRefused(long assignment, NewCompletion practice, String field) {
		assertThatThrownBy(() -> practiceLog.recordCompletion(assignment, practice))
			.isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo(field);
	}

	private void assertPlanRefused(NewAssignment plan, String field) {
		assertThatThrownBy(() -> homework.assignHomework(noor, plan)).isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo(field);
	}

	private static NewAssignment plan(TemplateRef ref) {
		return new NewAssignment(ref, MONDAY, null, new Rhythm.Daily(), 3, null, null);
	}

	private static AssignmentView only(ClientHomework homework) {
		assertThat(homework.assignments()).hasSize(1);
		return homework.assignments().getFirst();
	}

}
