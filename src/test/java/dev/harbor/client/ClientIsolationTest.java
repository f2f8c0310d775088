package dev.harbor.client;

import dev.harbor.common.i18n.Language;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;

import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.HarborSpringTest;
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

import static dev.harbor.client.TestClients.position;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The isolation matrix: every public method of {@link ClientService} that names a client,
 * called by a second clinician against the first one's client, and by someone not signed
 * in. Each is refused, changes nothing, and leaves a "denied" audit event.
 */
@IsolationMatrix
@HarborSpringTest
class ClientIsolationTest {

	@Autowired
	ClientService clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	HarborUser maya;

	HarborUser tomas;

	long mayasClient;

	long mayasGoal;

	interface Attempt {

		void on(ClientService clients, long clientId, long goalId);

	}

	/** One row per public method that names something of Maya's. */
	static Map<String, Attempt> rows() {
		LocalDate day = LocalDate.of(2026, 11, 1);
		return Map.<String, Attempt>of("openClient", (c, id, goal) -> c.openClient(id), "updateProfile",
				(c, id, goal) -> c.updateProfile(id, 0,
						new ProfileChanges("Taken over", null, null, null, day, Language.ENGLISH)),
				"changeStatus", (c, id, goal) -> c.changeStatus(id, 0, ClientStatus.DISCHARGED),
				"recordAttachmentPosition",
				(c, id, goal) -> c.recordAttachmentPosition(id, 0, position("2.0", "2.0", day)), "addGoal",
				(c, id, goal) -> c.addGoal(id, 0, "Someone else's goal"), "updateGoal",
				(c, id, goal) -> c.updateGoal(goal, 0, "Changed by someone else", GoalStatus.SET_ASIDE),
				"updatePatterns",
				(c, id, goal) -> c.updatePatterns(id, 0, EnumSet.of(ClientPattern.CLINGING), "not mine"));
	}

	static Stream<Arguments> everyMethodThatNamesAClient() {
		return rows().entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
	}

	/** The methods the rows call, for the completeness check. */
	static Set<Method> coveredMethods() {
		CalledMethods calls = new CalledMethods();
		rows().values().forEach(row -> calls.run(() -> row.on(calls.of(ClientService.class), 1, 2)));
		return calls.called();
	}

	@BeforeEach
	void twoCaseloads() {
		database.clean();
		maya = accounts.clinician("Maya Okafor");
		tomas = accounts.clinician("Tomas Reyes");
		mayasClient = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
		mayasGoal = clients.addGoal(mayasClient, 0, "Say no once a week").goals().getFirst().id();
		TestAccounts.signOut();
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyMethodThatNamesAClient")
	void another_clinician_is_refused_nothing_changes_and_the_refusal_is_audited(String method, Attempt attempt) {
		String before = snapshot();
		TestAccounts.signIn(tomas);

		assertThatThrownBy(() -> attempt.on(clients, mayasClient, mayasGoal))
			.isInstanceOf(ClientNotFoundException.class)
			.hasMessageNotContaining("Noor");

		assertThat(snapshot()).isEqualTo(before);
		assertThat(database.jdbc()
			.queryForObject(
					"select count(*) from audit_event where outcome = 'DENIED' and actor_id = ? and subject_id = ?",
					Long.class, tomas.accountId(), mayasClient))
			.isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyMethodThatNamesAClient")
	void someone_not_signed_in_is_refused_and_nothing_changes(String method, Attempt attempt) {
		String before = snapshot();
		TestAccounts.signInAsVisitor();

		assertThatThrownBy(() -> attempt.on(clients, mayasClient, mayasGoal)).isInstanceOf(AccessDeniedException.class);

		assertThat(snapshot()).isEqualTo(before);
		assertThat(database.jdbc()
			.queryForObject(
					"select count(*) from audit_event where outcome = 'DENIED' and actor_label = 'not signed in'",
					Long.class))
			.isEqualTo(1);
	}

	@Test
	void a_refusal_for_a_client_that_does_not_exist_looks_exactly_like_one_for_someone_elses() {
		TestAccounts.signIn(tomas);

		assertThatThrownBy(() -> clients.openClient(999_999)).isInstanceOf(ClientNotFoundException.class)
			.hasMessage("No client 999999 on this caseload");
		assertThatThrownBy(() -> clients.openClient(mayasClient)).isInstanceOf(ClientNotFoundException.class)
			.hasMessage("No client " + mayasClient + " on this caseload");
	}

	@Test
	void lists_never_show_another_clinicians_clients() {
		TestAccounts.signIn(maya);
		clients.openClient(mayasClient);
		TestAccounts.signIn(tomas);

		assertThat(clients.myCaseload(CaseloadFilter.ALL, PageRequest.of(0, 50))).isEmpty();
		assertThat(clients.myCaseload(new CaseloadFilter("Noor", null, null), PageRequest.of(0, 50))).isEmpty();
		assertThat(clients.myRecentlyOpened(10)).isEmpty();
		assertThat(clients.myCaseloadCounts()).isEqualTo(new CaseloadCounts(0, 0, 0));
	}

	@Test
	void a_clinician_cannot_reassign_clients_and_an_admin_can_only_to_an_active_clinician() {
		TestAccounts.signIn(tomas);
		assertThatThrownBy(() -> clients.reassignClient(mayasClient, tomas.accountId()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> clients.reassignCaseload(maya.accountId(), tomas.accountId()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> clients.caseloadSizeOf(maya.accountId())).isInstanceOf(AccessDeniedException.class);

		HarborUser admin = TestAccounts.signIn(accounts.admin("Practice Office"));
		assertThatThrownBy(() -> clients.reassignClient(mayasClient, admin.accountId()))
			.isInstanceOf(IllegalArgumentException.class);
		clients.reassignClient(mayasClient, tomas.accountId());

		TestAccounts.signIn(tomas);
		assertThat(clients.openClient(mayasClient).displayName()).isEqualTo("Noor Haddad");
		TestAccounts.signIn(maya);
		assertThatThrownBy(() -> clients.openClient(mayasClient)).isInstanceOf(ClientNotFoundException.class);
	}

	/** Every row that belongs to Maya's client, as text, to compare before and after. */
	private String snapshot() {
		return database.jdbc()
			.queryForList(
					"select display_name, status, version, current_anxiety, pattern_note from client where id = ?",
					mayasClient)
			.toString()
				+ database.jdbc()
					.queryForList("select description, status, version from treatment_goal where client_id = ?",
							mayasClient)
				+ database.count("attachment_position") + database.count("client_pattern");
	}

}
