package dev.harbor.ladder;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.harbor.client.ClientNotFoundException;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.common.RecordNotFoundException;
import dev.harbor.portal.PortalAccessService;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.CalledMethods;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.IsolationMatrix;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.TestDatabase;
import dev.harbor.therapysession.NewSession;
import dev.harbor.therapysession.TherapySessionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The isolation matrix for ladders. The clinician's methods, called by a second clinician
 * and by someone not signed in; the portal's, called by another client naming Noor's
 * ladder or tries by id, by a clinician and by a visitor. Each is refused, changes
 * nothing, and leaves one "denied" event where someone is signed in.
 */
@IsolationMatrix
@HarborSpringTest
class LadderIsolationTest {

	static final LocalDateTime EVENING = LocalDateTime.of(2026, 11, 18, 20, 0);

	@Autowired
	LadderService ladders;

	@Autowired
	MyLadderService mine;

	@Autowired
	ClientService clients;

	@Autowired
	TherapySessionService sessions;

	@Autowired
	PortalAccessService portal;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	HarborUser maya;

	HarborUser tomas;

	HarborUser noorInPortal;

	HarborUser samInPortal;

	Ids noors;

	/**
	 * What is Noor's: her record, a ladder, its first step, a try Maya logged, a try Noor
	 * logged, a session.
	 */
	record Ids(long client, long ladder, long step, long attempt, long ownAttempt, long session) {
	}

	interface Clinicians {

		void on(LadderService ladders, Ids ids);

	}

	interface Clients {

		void on(MyLadderService mine, Ids ids);

	}

	static Map<String, Clinicians> cliniciansRows() {
		return Map.ofEntries(Map.entry("ladders", (l, ids) -> l.ladders(ids.client())),
				Map.entry("ladder", (l, ids) -> l.ladder(ids.ladder())),
				Map.entry("startLadder", (l, ids) -> l.startLadder(ids.client(), TestLadders.CLOSENESS, "Closer")),
				Map.entry("describe",
						(l, ids) -> l.describe(ids.ladder(), 0, "Mine now", new Anchors("a", null, null, null, null))),
				Map.entry("addStep", (l, ids) -> l.addStep(ids.ladder(), 0, TestLadders.step("Another step"))),
				Map.entry("changeStep", (l, ids) -> l.changeStep(ids.step(), 0, TestLadders.step("Changed"))),
				Map.entry("moveStep", (l, ids) -> l.moveStep(ids.step(), 0, true)),
				Map.entry("splitStep", (l, ids) -> l.splitStep(ids.step(), 0)),
				Map.entry("setStepAside", (l, ids) -> l.setStepAside(ids.step(), 0, true)),
				Map.entry("nowOn", (l, ids) -> l.nowOn(ids.ladder(), 0, ids.step())),
				Map.entry("setLadderAside", (l, ids) -> l.setLadderAside(ids.ladder(), 0, true)),
				Map.entry("history", (l, ids) -> l.history(ids.ladder())),
				Map.entry("keepAsTemplate", (l, ids) -> l.keepAsTemplate(ids.ladder(), "Taken", true)),
				Map.entry("logAttempt",
						(l, ids) -> l.logAttempt(ids.ladder(), TestLadders.wentWell(EVENING, ids.step()))),
				Map.entry("correctAttempt",
						(l, ids) -> l.correctAttempt(ids.attempt(), 0, TestLadders.wentHard(EVENING, ids.step()))),
				Map.entry("attempts", (l, ids) -> l.attempts(ids.ladder(), PageRequest.of(0, 10))),
				Map.entry("markReviewed", (l, ids) -> l.markReviewed(ids.client(), List.of(ids.attempt()))),
				Map.entry("markReviewedInSession",
						(l, ids) -> l.markReviewedInSession(ids.client(), ids.session(), List.of(ids.attempt()))),
				Map.entry("reviewedInSession", (l, ids) -> l.reviewedInSession(ids.client(), ids.session())),
				Map.entry("comment", (l, ids) -> l.comment(ids.attempt(), 0, "not mine")),
				Map.entry("flag", (l, ids) -> l.flag(ids.attempt(), 0, true)), Map.entry("period",
						(l, ids) -> l.period(ids.client(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));
	}

	/** Portal methods naming a ladder or a try by id: another client finds nothing. */
	static Map<String, Clients> clientsByIdRows() {
		return Map.ofEntries(
				Map.entry("logAttempt (portal)",
						(m, ids) -> m.logAttempt(ids.ladder(), TestLadders.wentWell(EVENING, ids.step()), false)),
				Map.entry("myAttempt", (m, ids) -> m.myAttempt(ids.ownAttempt())),
				Map.entry("correctAttempt (portal)",
						(m, ids) -> m.correctAttempt(ids.ownAttempt(), 0, TestLadders.wentHard(EVENING, ids.step()),
								false)),
				Map.entry("addToAttempt", (m, ids) -> m.addToAttempt(ids.ownAttempt(), "more")));
	}

	/** Portal methods whose record comes from the account alone. */
	static Map<String, Clients> clientsOwnRows() {
		return Map.ofEntries(Map.entry("myLadders", (m, ids) -> m.myLadders()),
				Map.entry("myAttempts", (m, ids) -> m.myAttempts(PageRequest.of(0, 5))));
	}

	static Stream<Arguments> cliniciansMethods() {
		return cliniciansRows().entrySet().stream().map(row -> Arguments.of(row.getKey(), row.getValue()));
	}

	static Stream<Arguments> clientMethodsById() {
		return clientsByIdRows().entrySet().stream().map(row -> Arguments.of(row.getKey(), row.getValue()));
	}

	static Stream<Arguments> everyClientMethod() {
		return Stream.concat(clientsByIdRows().entrySet().stream(), clientsOwnRows().entrySet().stream())
			.map(row -> Arguments.of(row.getKey(), row.getValue()));
	}

	/** The methods the rows call, for the completeness check. */
	static Set<Method> coveredMethods() {
		CalledMethods calls = new CalledMethods();
		Ids ids = new Ids(1, 2, 3, 4, 5, 6);
		cliniciansRows().values().forEach(row -> calls.run(() -> row.on(calls.of(LadderService.class), ids)));
		clientsByIdRows().values().forEach(row -> calls.run(() -> row.on(calls.of(MyLadderService.class), ids)));
		clientsOwnRows().values().forEach(row -> calls.run(() -> row.on(calls.of(MyLadderService.class), ids)));
		return calls.called();
	}

	@BeforeEach
	void noorHasALadderWithTriesFromBothSides() {
		database.clean();
		clock.set(Instant.parse("2026-11-20T10:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
		tomas = accounts.clinician("Tomas Reyes");
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		long sam = TestClients.aClientOf(clients, tomas, "Sam Lee");
		noorInPortal = accounts.client(noor, "Noor Haddad");
		samInPortal = accounts.client(sam, "Sam Lee");
		TestAccounts.signIn(maya);
		LadderView ladder = TestLadders.timeApart(ladders, noor);
		long step = ladder.steps().getFirst().id();
		long attempt = ladders.logAttempt(ladder.id(), TestLadders.wentWell(EVENING, step)).id();
		long session = sessions.startSession(noor, new NewSession(LocalDateTime.of(2026, 11, 20, 10, 0), 50)).id();
		TestAccounts.signIn(noorInPortal);
		long own = mine.logAttempt(ladder.id(), TestLadders.wentHard(EVENING.plusDays(1), step), true).id();
		noors = new Ids(noor, ladder.id(), step, attempt, own, session);
		TestAccounts.signOut();
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cliniciansMethods")
	void another_clinician_is_refused_nothing_changes_and_the_refusal_is_audited(String method, Clinicians row) {
		String before = snapshot();
		TestAccounts.signIn(tomas);

		assertThatThrownBy(() -> row.on(ladders, noors))
			.isInstanceOfAny(ClientNotFoundException.class, LadderNotFoundException.class)
			.hasMessageNotContaining("Noor")
			.hasMessageNotContaining("phone");

		assertThat(snapshot()).isEqualTo(before);
		assertThat(deniedFor(tomas)).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cliniciansMethods")
	void someone_not_signed_in_is_refused_and_nothing_changes(String method, Clinicians row) {
		String before = snapshot();
		TestAccounts.signInAsVisitor();

		assertThatThrownBy(() -> row.on(ladders, noors)).isInstanceOf(AccessDeniedException.class);

		assertThat(snapshot()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("clientMethodsById")
	void another_client_finds_nothing_changes_nothing_and_is_audited(String method, Clients row) {
		String before = snapshot();
		TestAccounts.signIn(samInPortal);

		assertThatThrownBy(() -> row.on(mine, noors)).isInstanceOf(RecordNotFoundException.class)
			.hasMessageNotContaining("Noor");

		assertThat(snapshot()).isEqualTo(before);
		assertThat(deniedFor(samInPortal)).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyClientMethod")
	void a_clinician_or_a_visitor_cannot_use_the_portals_ladder_methods(String method, Clients row) {
		String before = snapshot();
		TestAccounts.signIn(maya);
		assertThatThrownBy(() -> row.on(mine, noors)).isInstanceOf(AccessDeniedException.class);
		TestAccounts.signInAsVisitor();
		assertThatThrownBy(() -> row.on(mine, noors)).isInstanceOf(AccessDeniedException.class);

		assertThat(snapshot()).isEqualTo(before);
		assertThat(deniedFor(maya)).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyClientMethod")
	void a_client_whose_access_ended_is_refused_at_once(String method, Clients row) {
		TestAccounts.signIn(maya);
		portal.endAccess(noors.client());
		String before = snapshot();
		TestAccounts.signIn(noorInPortal);

		assertThatThrownBy(() -> row.on(mine, noors)).isInstanceOf(AccessDeniedException.class);

		assertThat(snapshot()).isEqualTo(before);
		assertThat(deniedFor(noorInPortal)).isEqualTo(1);
	}

	@Test
	void the_to_review_list_and_the_starting_ladders_never_show_another_clinicians() {
		TestAccounts.signIn(maya);
		ladders.keepAsTemplate(noors.ladder(), "Maya's own, private", false);
		TestAccounts.signIn(tomas);

		assertThat(ladders.myAttemptsToReview()).isEmpty();
		assertThat(ladders.templates(Locale.ENGLISH)).extracting(LadderTemplateView::name)
			.doesNotContain("Maya's own, private")
			.hasSize(2);
	}

	@Test
	void only_the_owner_archives_a_starting_ladder() {
		TestAccounts.signIn(maya);
		LadderTemplateView kept = ladders.keepAsTemplate(noors.ladder(), "Shared steps", true);
		long id = kept.ownId();
		TestAccounts.signIn(tomas);

		assertThatThrownBy(() -> ladders.archiveTemplate(id)).isInstanceOf(LadderNotFoundException.class);
		assertThat(ladders.templates(Locale.ENGLISH)).extracting(LadderTemplateView::name).contains("Shared steps");
		assertThat(deniedFor(tomas)).isEqualTo(1);
	}

	@Test
	void a_try_is_never_logged_on_a_step_of_another_ladder() {
		TestAccounts.signIn(tomas);
		long sam = database.jdbc()
			.queryForObject("select client_id from user_account where id = ?", Long.class, samInPortal.accountId());
		LadderView samsLadder = ladders.startLadder(sam, TestLadders.CLOSENESS, "Letting my brother closer");
		TestAccounts.signIn(samInPortal);
		String before = snapshot();

		assertThatThrownBy(() -> mine.logAttempt(samsLadder.id(), TestLadders.wentWell(EVENING, noors.step()), false))
			.isInstanceOf(dev.harbor.common.InvalidInputException.class);
		assertThat(snapshot()).isEqualTo(before);
	}

	private String snapshot() {
		return database.jdbc()
			.queryForList("select version, goal, current_step_id, set_aside_at, anchor_calm from ladder order by id")
			.toString()
				+ database.jdbc()
					.queryForList("select version, position, action, set_aside_at from ladder_step order by id")
				+ database.jdbc()
					.queryForList("select version, step_id, peak_distress, reviewed_at, reviewed_in_session, comment,"
							+ " flagged from ladder_attempt order by id")
				+ database.count("ladder_change") + "/" + database.count("ladder_template") + "/"
				+ database.count("entry_addition");
	}

	private long deniedFor(HarborUser who) {
		return database.jdbc()
			.queryForObject("select count(*) from audit_event where outcome = 'DENIED' and actor_id = ?", Long.class,
					who.accountId());
	}

}
