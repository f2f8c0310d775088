package dev.harbor.audit;

import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail on PostgreSQL: the application cannot change or remove an event, every
 * event is sealed into one hash chain, and a row altered behind the application's back is
 * found, at that row, by the admin's check.
 */
@HarborSpringTest
class AuditTrailTest {

	@Autowired
	AuditService audit;

	@Autowired
	AuditChain chain;

	@Autowired
	ClientService clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	HarborUser admin;

	JdbcTemplate jdbc;

	@BeforeEach
	void someHistory() {
		database.clean();
		jdbc = database.jdbc();
		HarborUser maya = accounts.clinician("Maya Okafor");
		admin = accounts.admin("Practice Office");
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
		clients.openClient(noor);
		clients.openClient(noor);
		TestAccounts.signOut();
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void the_admin_checks_a_trail_nobody_touched_and_the_check_is_itself_on_the_record() {
		long events = database.count("audit_event");
		TestAccounts.signIn(admin);

		AuditTrailCheck check = audit.checkTrail();

		assertThat(check.holds()).isTrue();
		assertThat(check.intact()).isEqualTo(events);
		assertThat(check.unsealed()).isZero();
		assertThat(jdbc.queryForObject("select detail from audit_event where action = 'VERIFY'", String.class))
			.isEqualTo("trail intact, " + events + " events");
	}

	@Test
	void only_the_admin_may_check_the_trail() {
		TestAccounts.signIn(accounts.clinician("Tomas Reyes"));

		assertThatThrownBy(() -> audit.checkTrail()).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void the_application_cannot_change_remove_or_reseal_an_event() {
		long id = firstEventId();
		chain.sealPending();
		String seal = jdbc.queryForObject("select seal from audit_event where id = ?", String.class, id);

		assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'nothing to see' where id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("audit events are append-only: UPDATE refused");
		assertThatThrownBy(() -> jdbc.update("update audit_event set seal = ? where id = ?", "0".repeat(64), id))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.execute("truncate table audit_event cascade"))
			.isInstanceOf(DataAccessException.class);
		assertThat(jdbc.queryForObject("select seal from audit_event where id = ?", String.class, id)).isEqualTo(seal);
	}

	@Test
	void a_row_altered_behind_the_applications_back_is_found_at_that_row() {
		chain.sealPending();
		long second = eventIds()[1];
		behindTheApplicationsBack("update audit_event set actor_label = 'someone else' where id = " + second);

		AuditTrailCheck check = chain.check();

		assertThat(check.holds()).isFalse();
		assertThat(check.firstAltered()).isEqualTo(second);
		assertThat(check.intact()).isEqualTo(1);
	}

	@Test
	void a_row_removed_from_the_middle_or_the_end_is_found() {
		chain.sealPending();
		long[] ids = eventIds();
		behindTheApplicationsBack("delete from audit_event where id = " + ids[1]);
		assertThat(chain.check().firstAltered()).isEqualTo(ids[2]);

		database.clean();
		someHistory();
		chain.sealPending();
		long[] again = eventIds();
		behindTheApplicationsBack("delete from audit_event where id = " + again[again.length - 1]);
		AuditTrailCheck check = chain.check();
		assertThat(check.firstAltered()).isNull();
		assertThat(check.endIntact()).isFalse();
		assertThat(check.holds()).isFalse();
	}

	@Test
	void events_written_after_a_seal_join_the_chain_at_its_end() {
		chain.sealPending();
		long before = database.count("audit_event");
		TestAccounts.signIn(admin);
		audit.events(AuditFilter.ALL, org.springframework.data.domain.PageRequest.of(0, 10));

		assertThat(chain.check().unsealed()).isEqualTo(1);
		assertThat(chain.sealPending()).isEqualTo(1);
		AuditTrailCheck check = chain.check();
		assertThat(check.holds()).isTrue();
		assertThat(check.intact()).isEqualTo(before + 1);
	}

	/** As the database owner, with the guard lifted for one statement. */
	private void behindTheApplicationsBack(String sql) {
		jdbc.execute("alter table audit_event disable trigger audit_event_append_only; " + sql
				+ "; alter table audit_event enable trigger audit_event_append_only");
	}

	private long firstEventId() {
		return eventIds()[0];
	}

	private long[] eventIds() {
		return jdbc.queryForList("select id from audit_event order by id", Long.class)
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
	}

}
