package dev.harbor.client;

import java.time.LocalDate;

import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may call the client service at all; ownership checks arrive with the caseload. */
@HarborSpringTest
class ClientServiceSecurityTest {

	@Autowired
	ClientService clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@BeforeEach
	void clean() {
		database.clean();
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void a_clinician_adds_a_client_who_gets_a_reference_code_and_an_audit_event() {
		HarborUser maya = TestAccounts.signIn(accounts.clinician("Maya Okafor"));

		long id = clients.addClient(NewClient.named("Noor Haddad", LocalDate.of(2026, 11, 2)));

		assertThat(database.jdbc().queryForObject("select reference_code from client where id = ?", String.class, id))
			.matches("HB-[2-9A-HJKMNP-Z]{6}");
		assertThat(database.jdbc()
			.queryForObject(
					"select count(*) from audit_event where action = 'CREATE' and client_id = ? and actor_id = ?",
					Long.class, id, maya.accountId()))
			.isEqualTo(1);
		assertThat(clients.myCaseloadCounts()).isEqualTo(new CaseloadCounts(1, 0, 0));
	}

	@Test
	void a_visitor_who_is_not_signed_in_is_refused_and_the_refusal_is_audited() {
		signInAnonymously();

		assertThatThrownBy(() -> clients.myCaseloadCounts()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> clients.addClient(NewClient.named("Noor Haddad", LocalDate.of(2026, 11, 2))))
			.isInstanceOf(AccessDeniedException.class);

		assertThat(database.count("client")).isZero();
		assertThat(database.jdbc()
			.queryForList("select actor_label || ' ' || detail from audit_event where outcome = 'DENIED' order by id",
					String.class))
			.containsExactly("not signed in ClientService.myCaseloadCounts", "not signed in ClientService.addClient");
	}

	@Test
	void code_that_runs_outside_any_request_without_signing_in_is_refused_too() {
		assertThatThrownBy(() -> clients.addClient(NewClient.named("Noor Haddad", LocalDate.of(2026, 11, 2))))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);

		assertThat(database.count("client")).isZero();
	}

	/**
	 * What Spring Security's anonymous filter gives every request that has not signed in.
	 */
	private static void signInAnonymously() {
		TestAccounts.signInAsVisitor();
	}

	@Test
	void a_practice_admin_cannot_add_clients_or_count_a_caseload() {
		HarborUser admin = TestAccounts.signIn(accounts.admin("Practice Office"));

		assertThatThrownBy(() -> clients.addClient(NewClient.named("Noor Haddad", LocalDate.of(2026, 11, 2))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> clients.myCaseloadCounts()).isInstanceOf(AccessDeniedException.class);

		assertThat(database.count("client")).isZero();
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where outcome = 'DENIED' and actor_id = ?", Long.class,
					admin.accountId()))
			.isEqualTo(2);
	}

	@Test
	void an_unusable_name_saves_nothing() {
		TestAccounts.signIn(accounts.clinician("Maya Okafor"));

		assertThatThrownBy(() -> clients.addClient(NewClient.named(" ", LocalDate.of(2026, 11, 2))))
			.isInstanceOf(IllegalArgumentException.class);

		assertThat(database.count("client")).isZero();
		assertThat(database.count("audit_event")).isZero();
	}

}
