package dev.harbor.client;

import java.time.Instant;
import java.time.LocalDate;

import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Records kept past the retention period (seven years after discharge by default): the
 * admin sees which, by reference code and date; nothing is deleted; care that resumes
 * takes a record off the list.
 */
@HarborSpringTest
class RetentionTest {

	@Autowired
	ClientService clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	HarborUser maya;

	HarborUser office;

	@BeforeEach
	void aPractice() {
		database.clean();
		maya = accounts.clinician("Maya Okafor");
		office = accounts.admin("Practice Office");
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void the_admin_sees_records_discharged_more_than_seven_years_ago_longest_ago_first_and_nothing_is_deleted() {
		long noor = dischargedOn("Noor Haddad", "2018-03-01");
		long rowan = dischargedOn("Rowan Ashby", "2019-06-15");
		dischargedOn("Elif Demir", "2020-01-10");
		clock.set(Instant.parse("2026-12-06T09:00:00Z"));
		TestClients.aClientOf(clients, maya, "Juniper Hale");

		TestAccounts.signIn(office);
		var past = clients.pastRetention(PageRequest.of(0, 50)).getContent();

		assertThat(clients.retentionYears()).isEqualTo(7);
		assertThat(past).extracting(PastRetention::clientId).containsExactly(noor, rowan);
		assertThat(past.getFirst().dischargedOn()).isEqualTo(LocalDate.of(2018, 3, 1));
		assertThat(past.getFirst().keptUntil()).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(past.getFirst().clinicianName()).isEqualTo("Maya Okafor");
		assertThat(past.toString()).doesNotContain("Noor", "Rowan");
		assertThat(database.count("client")).isEqualTo(4);
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where action = 'LIST' and detail = ?", Long.class,
					"records past retention"))
			.isEqualTo(1);
	}

	@Test
	void care_that_resumes_clears_the_discharge_and_a_new_discharge_counts_from_its_own_day() {
		long noor = dischargedOn("Noor Haddad", "2018-03-01");
		clock.set(Instant.parse("2026-12-06T09:00:00Z"));
		TestAccounts.signIn(maya);
		clients.changeStatus(noor, clients.openClient(noor).version(), ClientStatus.ACTIVE);
		assertThat(dischargeDay(noor)).isNull();
		clients.changeStatus(noor, clients.openClient(noor).version(), ClientStatus.DISCHARGED);
		assertThat(dischargeDay(noor)).isEqualTo(LocalDate.of(2026, 12, 6));
		clients.changeStatus(noor, clients.openClient(noor).version(), ClientStatus.DISCHARGED);
		assertThat(dischargeDay(noor)).as("discharged again keeps its day").isEqualTo(LocalDate.of(2026, 12, 6));

		TestAccounts.signIn(office);
		assertThat(clients.pastRetention(PageRequest.of(0, 50))).isEmpty();
	}

	@Test
	void a_clinician_cannot_see_the_practice_wide_list() {
		TestAccounts.signIn(maya);

		assertThatThrownBy(() -> clients.pastRetention(PageRequest.of(0, 50)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> clients.retentionYears()).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_retention_period_outside_one_to_a_hundred_years_stops_the_start_with_a_plain_reason() {
		assertThatThrownBy(() -> new RetentionProperties(0)).hasMessageContaining("HARBOR_RETENTION_YEARS")
			.hasMessageContaining("from 1 to 100");
		assertThat(new RetentionProperties(20).years()).isEqualTo(20);
	}

	private long dischargedOn(String name, String day) {
		clock.set(Instant.parse("2026-11-20T10:00:00Z"));
		long id = TestClients.aClientOf(clients, maya, name);
		// Discharged on that day: only the day of the change counts.
		clock.set(Instant.parse(day + "T10:00:00Z"));
		TestAccounts.signIn(maya);
		clients.changeStatus(id, clients.openClient(id).version(), ClientStatus.DISCHARGED);
		TestAccounts.signOut();
		return id;
	}

	private LocalDate dischargeDay(long clientId) {
		return database.jdbc()
			.queryForObject("select discharged_on from client where id = ?", LocalDate.class, clientId);
	}

}
