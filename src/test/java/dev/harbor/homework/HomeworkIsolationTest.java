package dev.harbor.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dev.harbor.client.ClientNotFoundException;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.therapysession.NewSession;
import dev.harbor.therapysession.TherapySessionService;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.TestDatabase;
import java.lang.reflect.Method;
import java.util.Set;
import dev.harbor.testsupport.CalledMethods;
import dev.harbor.testsupport.IsolationMatrix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static dev.harbor.homework.TestHomework.pacedBreathingDaily;
import static dev.harbor.homework.TestHomework.practice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The isolation matrix for homework: every public method that names a client, an
 * assignment, a practice or a private exercise, called by a second clinician and by
 * someone not signed in. Each is refused, changes nothing, and leaves a "denied" event.
 */
@IsolationMatrix
@HarborSpringTest
class HomeworkIsolationTest {

	static final LocalDate DAY = LocalDate.of(2026, 11, 2);

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

	HarborUser tomas;

	Ids mayas;

	/** What Maya owns: a client, an assignment, a practice and a private exercise. */
	record Ids(long client, long assignment, long completion, long template, long session) {
	}

	interface Attempt {

		void on(HomeworkService homework, PracticeLogService practice, ExerciseLibraryService library, Ids ids);

	}

	/** One row per public method that names something of Maya's. */
	static Map<String, Attempt> rows() {
		return Map.<String, Attempt>ofEntries(
				Map.entry("assignHomework", (h, p, l, ids) -> h.assignHomework(ids.client(), pacedBreathingDaily(DAY))),
				Map.entry("assignHomeworkInSession",
						(h, p, l, ids) -> h.assignHomeworkInSession(ids.client(), ids.session(),
								pacedBreathingDaily(DAY))),
				Map.entry("clientHomework", (h, p, l, ids) -> h.clientHomework(ids.client(), DAY)),
				Map.entry("changeStatus",
						(h, p, l, ids) -> h.changeStatus(ids.assignment(), 0, AssignmentStatus.STOPPED, DAY)),
				Map.entry("recordCompletion",
						(h, p, l, ids) -> p.recordCompletion(ids.assignment(), practice(DAY.atTime(8, 0), 5, 2))),
				Map.entry("practiceLog", (h, p, l, ids) -> p.practiceLog(ids.assignment(), PageRequest.of(0, 10))),
				Map.entry("correctCompletion",
						(h, p, l, ids) -> p.correctCompletion(ids.completion(), 0, practice(DAY.atTime(9, 0), 1, 1))),
				Map.entry("strikeOutCompletion",
						(h, p, l, ids) -> p.strikeOutCompletion(ids.completion(), 0, "not mine")),
				Map.entry("noteMissedPractice",
						(h, p, l, ids) -> p.noteMissedPractice(ids.assignment(), DAY, MissedReason.OTHER, null)),
				Map.entry("rewriteExercise",
						(h, p, l, ids) -> l.rewriteExercise(ids.template(), 0,
								new ExerciseText(ExerciseCategory.NOTICING, "Taken", "Taken", List.of("step"),
										List.of(), 3, new Rhythm.Daily()))),
				Map.entry("shareExercise", (h, p, l, ids) -> l.shareExercise(ids.template(), 0, true)),
				Map.entry("archiveExercise", (h, p, l, ids) -> l.archiveExercise(ids.template(), 0)));
	}

	static Stream<Arguments> everyMethodThatNamesSomethingOfMayas() {
		return rows().entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
	}

	/** The methods the rows call, for the completeness check. */
	static Set<Method> coveredMethods() {
		CalledMethods calls = new CalledMethods();
		rows().values()
			.forEach(row -> calls.run(() -> row.on(calls.of(HomeworkService.class), calls.of(PracticeLogService.class),
					calls.of(ExerciseLibraryService.class), new Ids(1, 2, 3, 4, 5))));
		return calls.called();
	}

	@BeforeEach
	void twoCaseloads() {
		database.clean();
		clock.set(Instant.parse("2026-11-03T09:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
		tomas = accounts.clinician("Tomas Reyes");
		long client = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
		long assignment = homework.assignHomework(client, pacedBreathingDaily(DAY));
		long completion = practiceLog.recordCompletion(assignment, practice(DAY.atTime(8, 0), 6, 3)).id();
		LibraryEntry template = library.copyExercise(TestHomework.PACED_BREATHING, Locale.ENGLISH);
		long session = sessions.startSession(client, new NewSession(DAY.atTime(10, 0), 50)).id();
		mayas = new Ids(client, assignment, completion, ((TemplateRef.Own) template.ref()).templateId(), session);
		TestAccounts.signOut();
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyMethodThatNamesSomethingOfMayas")
	void another_clinician_is_refused_nothing_changes_and_the_refusal_is_audited(String method, Attempt attempt) {
		String before = snapshot();
		TestAccounts.signIn(tomas);

		assertThatThrownBy(() -> attempt.on(homework, practiceLog, library, mayas))
			.isInstanceOfAny(ClientNotFoundException.class, HomeworkNotFoundException.class)
			.hasMessageNotContaining("Noor")
			.hasMessageNotContaining("Paced");

		assertThat(snapshot()).isEqualTo(before);
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where outcome = 'DENIED' and actor_id = ?", Long.class,
					tomas.accountId()))
			.isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyMethodThatNamesSomethingOfMayas")
	void someone_not_signed_in_is_refused_and_nothing_changes(String method, Attempt attempt) {
		String before = snapshot();
		TestAccounts.signInAsVisitor();

		assertThatThrownBy(() -> attempt.on(homework, practiceLog, library, mayas))
			.isInstanceOf(AccessDeniedException.class);

		assertThat(snapshot()).isEqualTo(before);
		assertThat(database.jdbc()
			.queryForObject(
					"select count(*) from audit_event where outcome = 'DENIED' and actor_label = 'not signed in'",
					Long.class))
			.isEqualTo(1);
	}

	@Test
	void lists_and_the_library_never_show_another_clinicians_homework_or_private_exercises() {
		TestAccounts.signIn(tomas);

		assertThat(homework.myHomeworkToFollowUp(10).overdue()).isEmpty();
		assertThat(homework.myHomeworkToFollowUp(10).recent()).isEmpty();
		assertThat(library.browse(null, "adapted", Locale.ENGLISH)).isEmpty();
		assertThatThrownBy(() -> library.exercise(new TemplateRef.Own(mayas.template()), Locale.ENGLISH))
			.isInstanceOf(HomeworkNotFoundException.class);
		assertThatThrownBy(() -> library.copyExercise(new TemplateRef.Own(mayas.template()), Locale.ENGLISH))
			.isInstanceOf(HomeworkNotFoundException.class);
	}

	@Test
	void a_shared_exercise_can_be_seen_copied_and_assigned_by_a_colleague_but_not_changed() {
		TestAccounts.signIn(maya);
		library.shareExercise(mayas.template(), 0, true);
		TestAccounts.signIn(tomas);
		long tomasClient = TestClients.aClientOf(clients, tomas, "Ada Brandt");
		TestAccounts.signIn(tomas);

		assertThat(library.browse(null, "adapted", Locale.ENGLISH)).singleElement()
			.satisfies(entry -> assertThat(entry.origin()).isEqualTo(LibraryEntry.Origin.COLLEAGUE))
			.satisfies(entry -> assertThat(entry.ownerName()).isEqualTo("Maya Okafor"));
		homework.assignHomework(tomasClient,
				new NewAssignment(new TemplateRef.Own(mayas.template()), DAY, null, new Rhythm.Daily(), 3, null, null));
		assertThat(library.copyExercise(new TemplateRef.Own(mayas.template()), Locale.ENGLISH).origin())
			.isEqualTo(LibraryEntry.Origin.MINE);
		assertThatThrownBy(() -> library.shareExercise(mayas.template(), 1, false))
			.isInstanceOf(HomeworkNotFoundException.class);
	}

	@Test
	void homework_is_never_recorded_as_given_in_a_session_of_another_client() {
		long tomasClient = TestClients.aClientOf(clients, tomas, "Ada Brandt");
		TestAccounts.signIn(tomas);
		String before = snapshot();

		assertThatThrownBy(
				() -> homework.assignHomeworkInSession(tomasClient, mayas.session(), pacedBreathingDaily(DAY)))
			.isInstanceOf(HomeworkNotFoundException.class);

		assertThat(snapshot()).isEqualTo(before);
		assertThat(database.count("homework_assignment")).isEqualTo(1);
	}

	@Test
	void an_admin_cannot_use_the_clinical_homework_functions() {
		TestAccounts.signIn(accounts.admin("Practice Office"));

		assertThatThrownBy(() -> homework.clientHomework(mayas.client(), DAY))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> homework.myHomeworkToFollowUp(5)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> library.browse(null, null, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
	}

	/** Every homework row of Maya's, as text, to compare before and after. */
	private String snapshot() {
		return database.jdbc()
			.queryForList("select status, version, end_date from homework_assignment order by id")
			.toString()
				+ database.jdbc().queryForList("select version, minutes, struck_out, note from completion order by id")
				+ database.jdbc().queryForList("select version, shared, archived, name from exercise_template")
				+ database.count("homework_assignment") + database.count("assignment_status_change")
				+ database.count("missed_practice") + database.count("completion");
	}

}
