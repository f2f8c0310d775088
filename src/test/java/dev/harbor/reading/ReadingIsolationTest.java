package dev.harbor.reading;

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
 * The isolation matrix for readings: the clinician's methods called by a second clinician
 * and by someone not signed in, the portal's by a clinician, a visitor and a client whose
 * access ended. Refused, nothing changed, audited; another client sees only the readings
 * they were given.
 */
@IsolationMatrix
@HarborSpringTest
class ReadingIsolationTest {

	@Autowired
	ReadingService readings;

	@Autowired
	MyReadingService mine;

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

		void on(ReadingService readings, long clientId);

	}

	interface Clients {

		void on(MyReadingService mine);

	}

	static Map<String, Clinicians> cliniciansRows() {
		return Map.of("readings", (r, c) -> r.readings(c), "give", (r, c) -> r.give(c, Reading.BODY_FIRST), "takeBack",
				(r, c) -> r.takeBack(c, Reading.TWO_DIALS), "readingPdf",
				(r, c) -> r.readingPdf(c, Reading.SETBACKS, Paper.A4));
	}

	static Map<String, Clients> clientsRows() {
		return Map.of("myReadings", MyReadingService::myReadings);
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
		cliniciansRows().values().forEach(row -> calls.run(() -> row.on(calls.of(ReadingService.class), 1)));
		clientsRows().values().forEach(row -> calls.run(() -> row.on(calls.of(MyReadingService.class))));
		return calls.called();
	}

	@BeforeEach
	void noorWasGivenAReading() {
		database.clean();
		clock.set(Instant.parse("2026-11-20T10:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
		tomas = accounts.clinician("Tomas Reyes");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		long sam = TestClients.aClientOf(clients, tomas, "Sam Lee");
		noorInPortal = accounts.client(noor, "Noor Haddad");
		samInPortal = accounts.client(sam, "Sam Lee");
		TestAccounts.signIn(maya);
		readings.give(noor, Reading.TWO_DIALS);
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

		assertThatThrownBy(() -> row.on(readings, noor)).isInstanceOf(ClientNotFoundException.class)
			.hasMessageNotContaining("Noor");

		assertThat(snapshot()).isEqualTo(before);
		assertThat(database.deniedFor(tomas.accountId())).isEqualTo(1);
		assertThat(database.exports()).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cliniciansMethods")
	void someone_not_signed_in_is_refused_and_nothing_changes(String method, Clinicians row) {
		String before = snapshot();
		TestAccounts.signInAsVisitor();

		assertThatThrownBy(() -> row.on(readings, noor)).isInstanceOf(AccessDeniedException.class);

		assertThat(snapshot()).isEqualTo(before);
		assertThat(database.exports()).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("clientsMethods")
	void a_clinician_or_a_visitor_cannot_use_the_portals_readings(String method, Clients row) {
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
	void another_client_sees_only_the_readings_they_were_given() {
		TestAccounts.signIn(samInPortal);
		assertThat(mine.myReadings()).isEmpty();

		TestAccounts.signIn(noorInPortal);
		assertThat(mine.myReadings()).containsExactly(Reading.TWO_DIALS);
	}

	private String snapshot() {
		return database.jdbc()
			.queryForList("select version, reading, given_at, withdrawn_at from given_reading order by id")
			.toString();
	}

}
