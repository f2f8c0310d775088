package dev.harbor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.common.RecordNotFoundException;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The isolation matrix for the PDFs: every export that names a client or a session, asked
 * for by a second clinician and by someone not signed in. Each is refused, nothing is
 * exported, and one "denied" event is left.
 */
@IsolationMatrix
@HarborSpringTest
class ReportIsolationTest {

	static final SummaryRequest NOVEMBER = new SummaryRequest(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20),
			Paper.A4, false);

	@Autowired
	ReportService reports;

	@Autowired
	ClientRecordExport records;

	@Autowired
	ClientService clients;

	@Autowired
	TherapySessionService sessions;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	HarborUser tomas;

	long noor;

	long session;

	interface Attempt {

		void on(ReportService reports, ClientRecordExport records, long clientId, long sessionId) throws IOException;

	}

	/** One row per public method that names something of Maya's. */
	static Map<String, Attempt> rows() {
		return Map.<String, Attempt>of("clientSummary", (r, x, c, s) -> r.clientSummary(c, NOVEMBER, Locale.ENGLISH),
				"clientHandout", (r, x, c, s) -> r.clientHandout(c, new HandoutRequest(2, Paper.A4)), "sessionSummary",
				(r, x, c, s) -> r.sessionSummary(s, Paper.A4, false, Locale.ENGLISH), "wholeRecord",
				(r, x, c, s) -> x.export(c, Locale.ENGLISH, name -> OutputStream.nullOutputStream()));
	}

	static Stream<Arguments> everyExportOfMayas() {
		return rows().entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
	}

	/** The methods the rows call, for the completeness check. */
	static Set<Method> coveredMethods() {
		CalledMethods calls = new CalledMethods();
		rows().values().forEach(row -> calls.run(() -> {
			try {
				row.on(calls.of(ReportService.class), calls.of(ClientRecordExport.class), 1, 2);
			}
			catch (IOException notHere) {
				throw new UncheckedIOException(notHere);
			}
		}));
		return calls.called();
	}

	@BeforeEach
	void mayasClientWithASession() {
		database.clean();
		clock.set(Instant.parse("2026-11-20T10:00:00Z"));
		HarborUser maya = accounts.clinician("Maya Okafor");
		tomas = accounts.clinician("Tomas Reyes");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
		session = sessions.startSession(noor, new NewSession(LocalDateTime.of(2026, 11, 18, 10, 0), 50)).id();
		TestAccounts.signOut();
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyExportOfMayas")
	void another_clinician_is_refused_nothing_is_exported_and_the_refusal_is_audited(String method, Attempt attempt) {
		TestAccounts.signIn(tomas);

		assertThatThrownBy(() -> attempt.on(reports, records, noor, session))
			.isInstanceOf(RecordNotFoundException.class)
			.hasMessageNotContaining("Noor");

		assertThat(exports()).isZero();
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where outcome = 'DENIED' and actor_id = ?", Long.class,
					tomas.accountId()))
			.isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyExportOfMayas")
	void someone_not_signed_in_is_refused_and_nothing_is_exported(String method, Attempt attempt) {
		TestAccounts.signInAsVisitor();

		assertThatThrownBy(() -> attempt.on(reports, records, noor, session)).isInstanceOf(AccessDeniedException.class);

		assertThat(exports()).isZero();
		assertThat(database.jdbc()
			.queryForObject(
					"select count(*) from audit_event where outcome = 'DENIED' and actor_label = 'not signed in'",
					Long.class))
			.isEqualTo(1);
	}

	private long exports() {
		return database.jdbc()
			.queryForObject("select count(*) from audit_event where action = 'EXPORT' and outcome = 'SUCCESS'",
					Long.class);
	}

}
