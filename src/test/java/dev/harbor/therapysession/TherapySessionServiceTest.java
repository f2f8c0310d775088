package dev.harbor.therapysession;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.harbor.client.ClientNotFoundException;
import dev.harbor.client.ClientService;
import dev.harbor.common.ConcurrentEditException;
import dev.harbor.client.TestClients;
import dev.harbor.common.InvalidInputException;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.StatementLog;
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
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Session notes: drafts, signing, amendments, and who may touch them. */
@IsolationMatrix
@HarborSpringTest
class TherapySessionServiceTest {

	static final LocalDateTime TUESDAY = LocalDateTime.of(2026, 11, 17, 10, 0);

	static final SessionNote NOTE = new SessionNote("The evenings", "Paced breathing practised together",
			"Calmer by the end", "Keep the walk before texting", null, null);

	@Autowired
	TherapySessionService sessions;

	@Autowired
	ClientService clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	HarborUser maya;

	HarborUser tomas;

	long noor;

	long session;

	interface Attempt {

		void on(TherapySessionService sessions, long clientId, long sessionId);

	}

	/** One row per public method that names something of Maya's. */
	static Map<String, Attempt> rows() {
		return Map.<String, Attempt>of("startSession", (s, c, id) -> s.startSession(c, new NewSession(TUESDAY, 50)),
				"sessions", (s, c, id) -> s.sessions(c), "openSession", (s, c, id) -> s.openSession(id),
				"previousSessionDay", (s, c, id) -> s.previousSessionDay(id), "saveDraft",
				(s, c, id) -> s.saveDraft(id, 0, NOTE), "sign", (s, c, id) -> s.sign(id, 0), "addAmendment",
				(s, c, id) -> s.addAmendment(id, "not mine"));
	}

	static Stream<Arguments> everyMethodThatNamesSomethingOfMayas() {
		return rows().entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
	}

	/** The methods the rows call, for the completeness check. */
	static Set<Method> coveredMethods() {
		CalledMethods calls = new CalledMethods();
		rows().values().forEach(row -> calls.run(() -> row.on(calls.of(TherapySessionService.class), 1, 2)));
		return calls.called();
	}

	@BeforeEach
	void aSession() {
		database.clean();
		clock.set(Instant.parse("2026-11-17T11:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
		tomas = accounts.clinician("Tomas Reyes");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
		session = sessions.startSession(noor, new NewSession(TUESDAY, 50)).id();
	}

	/** More signed sessions, each with one amendment, a week apart before the first. */
	private void signedAndAmended(int count) {
		int before = sessions.sessions(noor).size();
		for (int i = 0; i < count; i++) {
			long id = sessions.startSession(noor, new NewSession(TUESDAY.minusWeeks(before + i), 50)).id();
			SessionView draft = sessions.saveDraft(id, 0, NOTE);
			sessions.sign(id, draft.version());
			sessions.addAmendment(id, "Afterwards: week " + (before + i));
		}
	}

	private List<String> sessionsStatements() {
		StatementLog.start();
		sessions.sessions(noor);
		return StatementLog.stop();
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void a_note_is_saved_as_a_draft_then_signed_then_only_amended() {
		SessionView draft = sessions.saveDraft(session, 0, NOTE);
		assertThat(draft.note()).isEqualTo(NOTE);
		assertThat(draft.draftSavedAt()).isEqualTo(Instant.parse("2026-11-17T11:00:00Z"));

		SessionView signed = sessions.sign(session, draft.version());
		assertThat(signed.signed()).isTrue();
		assertThat(signed.signedByName()).isEqualTo("Maya Okafor");
		assertThatThrownBy(() -> sessions.saveDraft(session, signed.version(), NOTE))
			.isInstanceOf(InvalidInputException.class)
			.extracting("messageKey")
			.isEqualTo("session.rule.signed");

		clock.set(Instant.parse("2026-11-18T08:00:00Z"));
		SessionView amended = sessions.addAmendment(session, "Client called: the walk helped twice.");
		assertThat(amended.amendments()).singleElement()
			.satisfies(amendment -> assertThat(amendment.text()).isEqualTo("Client called: the walk helped twice."))
			.satisfies(amendment -> assertThat(amendment.addedAt()).isEqualTo(Instant.parse("2026-11-18T08:00:00Z")));
		assertThat(sessions.openSession(session).note()).isEqualTo(NOTE);
	}

	@Test
	void the_sessions_part_costs_the_same_statements_for_three_sessions_as_for_thirty() {
		signedAndAmended(2);
		List<String> few = sessionsStatements();
		signedAndAmended(27);
		List<String> many = sessionsStatements();

		// The first session is still a draft; the other 29 are signed and amended once.
		assertThat(sessions.sessions(noor)).hasSize(30)
			.filteredOn(SessionView::signed)
			.hasSize(29)
			.allSatisfy(view -> assertThat(view.signedByName()).isEqualTo("Maya Okafor"))
			.allSatisfy(view -> assertThat(view.amendments()).singleElement()
				.satisfies(amendment -> assertThat(amendment.text()).startsWith("Afterwards: week ")));
		assertThat(many).hasSameSizeAs(few).hasSizeLessThanOrEqualTo(6);
	}

	@Test
	void a_draft_is_not_amended_a_stale_draft_is_refused_and_limits_hold() {
		assertThatThrownBy(() -> sessions.addAmendment(session, "too early")).isInstanceOf(InvalidInputException.class);
		SessionView first = sessions.saveDraft(session, 0, NOTE);
		assertThatThrownBy(() -> sessions.saveDraft(session, 0, NOTE)).isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> sessions.saveDraft(session, first.version(),
				new SessionNote("x".repeat(4001), null, null, null, null, null)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> sessions.startSession(noor, new NewSession(TUESDAY, 1)))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void a_part_with_a_control_character_or_over_its_limit_is_refused_by_its_name_and_nothing_is_stored() {
		SessionView first = sessions.saveDraft(session, 0, NOTE);

		assertThatThrownBy(() -> sessions.saveDraft(session, first.version(),
				new SessionNote("Fine", null, null, "Walk\u0000 first", null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, refused -> {
				assertThat(refused.field()).isEqualTo("plan");
				assertThat(refused.messageKey()).isEqualTo("text.rule.controlCharacters");
			});
		assertThatThrownBy(() -> sessions.saveDraft(session, first.version(),
				new SessionNote(null, "y".repeat(4_001), null, null, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.field()).isEqualTo("interventions"));
		assertThat(sessions.openSession(session).note()).isEqualTo(NOTE);
	}

	@Test
	void the_previous_session_day_starts_the_period_of_the_next_summary() {
		long later = sessions.startSession(noor, new NewSession(TUESDAY.plusWeeks(2), 50)).id();

		assertThat(sessions.previousSessionDay(later)).isEqualTo(TUESDAY.toLocalDate());
		assertThat(sessions.previousSessionDay(session)).isNull();
		assertThat(sessions.sessions(noor)).extracting(SessionView::id).containsExactly(later, session);
		assertThat(database.jdbc()
			.queryForList("select subject_id from audit_event where detail = 'previous session day' order by id",
					Long.class))
			.containsExactly(later, session);
	}

	@Test
	void the_days_sessions_are_mine_only_in_the_order_they_start() {
		long rowan = TestClients.aClientOf(clients, maya, "Rowan Ashby");
		TestAccounts.signIn(maya);
		long afternoon = sessions.startSession(rowan, new NewSession(TUESDAY.withHour(15), 50)).id();
		sessions.startSession(rowan, new NewSession(TUESDAY.plusDays(1), 50));
		long ada = TestClients.aClientOf(clients, tomas, "Ada Brandt");
		TestAccounts.signIn(tomas);
		long tomasSession = sessions.startSession(ada, new NewSession(TUESDAY, 50)).id();
		TestAccounts.signIn(maya);

		assertThat(sessions.mySessionsOn(TUESDAY.toLocalDate()))
			.extracting(SessionOfDay::sessionId, SessionOfDay::clientName)
			.containsExactly(tuple(session, "Noor Haddad"), tuple(afternoon, "Rowan Ashby"));
		TestAccounts.signIn(tomas);
		assertThat(sessions.mySessionsOn(TUESDAY.toLocalDate())).extracting(SessionOfDay::sessionId)
			.containsExactly(tomasSession);
		assertThat(database.jdbc()
			.queryForList("select actor_id from audit_event where detail = ? order by id", Long.class,
					"sessions of " + TUESDAY.toLocalDate()))
			.containsExactly(maya.accountId(), tomas.accountId());
		TestAccounts.signInAsVisitor();
		assertThatThrownBy(() -> sessions.mySessionsOn(TUESDAY.toLocalDate()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyMethodThatNamesSomethingOfMayas")
	void another_clinician_is_refused_nothing_changes_and_the_refusal_is_audited(String method, Attempt attempt) {
		String before = snapshot();
		TestAccounts.signIn(tomas);

		assertThatThrownBy(() -> attempt.on(sessions, noor, session)).isInstanceOfAny(ClientNotFoundException.class,
				SessionNotFoundException.class);

		assertThat(snapshot()).isEqualTo(before);
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where outcome = 'DENIED' and actor_id = ?", Long.class,
					tomas.accountId()))
			.isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyMethodThatNamesSomethingOfMayas")
	void someone_not_signed_in_is_refused(String method, Attempt attempt) {
		String before = snapshot();
		TestAccounts.signInAsVisitor();

		assertThatThrownBy(() -> attempt.on(sessions, noor, session)).isInstanceOf(AccessDeniedException.class);
		assertThat(snapshot()).isEqualTo(before);
	}

	private String snapshot() {
		return database.jdbc()
			.queryForList("select version, focus, signed_at from therapy_session order by id")
			.toString() + database.count("session_amendment") + database.count("therapy_session");
	}

}
