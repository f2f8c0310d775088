package dev.harbor.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
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

/** The admin narrows the audit log and exports it; both are themselves on the record. */
@HarborSpringTest
class AuditExportTest {

	@Autowired
	AuditService audit;

	@Autowired
	ClientService clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	HarborUser maya;

	HarborUser admin;

	long noor;

	@BeforeEach
	void someHistory() {
		database.clean();
		maya = accounts.clinician("Maya Okafor");
		admin = accounts.admin("Practice Office");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		clock.advance(Duration.ofDays(2));
		TestClients.aClientOf(clients, maya, "Rowan Ashby");
		TestAccounts.signIn(maya);
		clients.openClient(noor);
		TestAccounts.signIn(admin);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void the_log_narrows_by_person_client_action_and_days() {
		assertThat(events(new AuditFilter(maya.accountId(), noor, null, null, null, null)))
			.extracting(AuditEvent::getAction)
			.containsExactly(AuditAction.VIEW, AuditAction.CREATE);
		assertThat(events(new AuditFilter(null, null, AuditAction.CREATE, null, null, null))).hasSize(2);
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		assertThat(events(new AuditFilter(maya.accountId(), null, AuditAction.CREATE, null, today, today))).hasSize(1);
	}

	@Test
	void an_export_is_csv_of_exactly_the_filtered_events_and_is_recorded() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		long written = audit.exportCsv(new AuditFilter(maya.accountId(), null, AuditAction.CREATE, null, null, null),
				out);

		String csv = out.toString(StandardCharsets.UTF_8);
		assertThat(written).isEqualTo(2);
		assertThat(csv).as("a byte-order mark, for Excel").startsWith("\uFEFF");
		assertThat(csv.substring(1).lines()).hasSize(3).first().isEqualTo(String.join(",", AuditCsv.HEADER));
		assertThat(csv).doesNotContain("Noor").contains(maya.getUsername());
		assertThat(database.jdbc()
			.queryForObject("select detail from audit_event where action = 'EXPORT' and actor_id = ?", String.class,
					admin.accountId()))
			.isEqualTo("csv, 2 events");
	}

	@Test
	void a_cell_that_a_spreadsheet_would_run_as_a_formula_is_defused() {
		assertThat(AuditCsv.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(AuditCsv.safe("@SUM(A1)")).startsWith("'");
		assertThat(AuditCsv.safe("maya@example.org")).isEqualTo("maya@example.org");
	}

	@Test
	void a_clinician_can_neither_read_nor_export_the_log() {
		TestAccounts.signIn(maya);

		assertThatThrownBy(() -> audit.events(AuditFilter.ALL, PageRequest.of(0, 10)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> audit.exportCsv(AuditFilter.ALL, new ByteArrayOutputStream()))
			.isInstanceOf(AccessDeniedException.class);
	}

	private java.util.List<AuditEvent> events(AuditFilter filter) {
		return audit.events(filter, PageRequest.of(0, 50))
			.stream()
			.filter(event -> event.getAction() != AuditAction.LIST)
			.toList();
	}

}
