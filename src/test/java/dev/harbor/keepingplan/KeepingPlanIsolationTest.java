package dev.harbor.keepingplan;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.harbor.client.ClientNotFoundException;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.portal.PortalAccessService;
import dev.harbor.report.Paper;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.CalledMethods;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.IsolationMatrix;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.TestDatabase;
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

/**
 * The isolation matrix for the plan for keeping what was built. The clinician's methods,
 * called by a second clinician and by someone not signed in; the portal's, called by a
 * clinician, a visitor and a client whose access ended. Each is refused, changes nothing,
 * and leaves one "denied" event where someone is signed in. Another client only ever sees
 * their own plan.
 */
@IsolationMatrix
@HarborSpringTest
class KeepingPlanIsolationTest {

	static final PlanText NOORS_PLAN = new PlanText("Paced breathing before bed", "Checking the phone again",
			"Breathe, then wait an hour", "My sister", "If it lasts two weeks");

	@Autowired
	KeepingPlanService plans;

	@Autowired
	MyKeepingPlanService mine;

	@Autowired
	ClientService clients;

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

	long noor;

	interface Clinicians {

		void on(KeepingPlanService plans, long clientId);

	}

	interface Clients {

		void on(MyKeepingPlanService mine);

	}

	/** One row per public method that names a client. */
	static Map<String, Clinicians> cliniciansRows() {
		return Map.of("plan", (p, c) -> p.plan(c), "draftFromRecord", (p, c) -> p.draftFromRecord(c), "savePlan",
				(p, c) -> p.savePlan(c, 1, new PlanText("Taken over", null, null, null, null)), "share",
				(p, c) -> p.share(c, 1, false), "planPdf", (p, c) -> p.planPdf(c, Paper.A4));
	}

	static Map<String, Clients> clientsRows() {
		return Map.of("myPlan", MyKeepingPlanService::myPlan);
	}

	static Stream<Arguments> cliniciansMethods() {
		return cliniciansRows().entrySet().stream().map(row -> Arguments.of(row.getKey(), row.getValue()));
	}

	static Stream<Arguments> clientsMethods() {
		return clientsRows().entrySet().stream().map(row -> Arguments.of(row.getKey(), row.getValue()));
	}

	/** The methods the rows call, for the completeness check. */
	static Set<Method> coveredMethods() {
		CalledMethods calls = new CalledMethods();
		cliniciansRows().values().forEach(row -> calls.run(() -> row.on(calls.of(KeepingPlanService.class), 1)));
		clientsRows().values().forEach(row -> calls.run(() -> row.on(calls.of(MyKeepingPlanService.class))));
		return calls.called();
	}

	@BeforeEach
	void noorHasASharedPlan() {
		database.clean();
		clock.set(Instant.parse("2026-11-20T10:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
		tomas = accounts.clinician("Tomas Reyes");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		long sam = TestClients.aClientOf(clients, tomas, "Sam Lee");
		noorInPortal = accounts.client(noor, "Noor Haddad");
		samInPortal = accounts.client(sam, "Sam Lee");
		TestAccounts.signIn(maya);
		PlanView saved = plans.savePlan(noor, PlanView.NOT_SAVED, NOORS_PLAN);
		plans.share(noor, saved.version(), true);
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

		assertThatThrownBy(() -> row.on(plans, noor)).isInstanceOf(ClientNotFoundException.class)
			.hasMessageNotContaining("Noor")
			.hasMessageNotContaining("sister");

		assertThat(snapshot()).isEqualTo(before);
		assertThat(database.deniedFor(tomas.accountId())).isEqualTo(1);
		assertThat(database.exports()).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cliniciansMethods")
	void someone_not_signed_in_is_refused_and_nothing_changes(String method, Clinicians row) {
		String before = snapshot();
		TestAccounts.signInAsVisitor();

		assertThatThrownBy(() -> row.on(plans, noor)).isInstanceOf(AccessDeniedException.class);

		assertThat(snapshot()).isEqualTo(before);
		assertThat(database.exports()).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("clientsMethods")
	void a_clinician_or_a_visitor_cannot_use_the_portals_plan(String method, Clients row) {
		TestAccounts.signIn(maya);
		assertThatThrownBy(() -> row.on(mine)).isInstanceOf(AccessDeniedException.class);
		TestAccounts.signInAsVisitor();
		assertThatThrownBy(() -> row.on(mine)).isInstanceOf(AccessDeniedException.class);

		assertThat(database.deniedFor(maya.accountId())).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("clientsMethods")
	void a_client_whose_access_ended_is_refused_at_once(String method, Clients row) {
		TestAccounts.signIn(maya);
		portal.endAccess(noor);
		TestAccounts.signIn(noorInPortal);

		assertThatThrownBy(() -> row.on(mine)).isInstanceOf(AccessDeniedException.class);

		assertThat(database.deniedFor(noorInPortal.accountId())).isEqualTo(1);
	}

	@Test
	void another_client_sees_only_their_own_plan_which_is_none() {
		TestAccounts.signIn(samInPortal);
		assertThat(mine.myPlan()).isEmpty();

		TestAccounts.signIn(noorInPortal);
		assertThat(mine.myPlan()).map(PlanView::text).contains(NOORS_PLAN);
	}

	private String snapshot() {
		return database.jdbc()
			.queryForList("select version, helped_most, who_to_turn_to, shared from keeping_plan order by id")
			.toString();
	}

}
