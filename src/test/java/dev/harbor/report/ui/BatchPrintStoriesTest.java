package dev.harbor.report.ui;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dev.harbor.client.ClientListItem;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.therapysession.NewSession;
import dev.harbor.therapysession.TherapySessionService;
import dev.harbor.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Printing several summaries at once while the page stays usable. */
class BatchPrintStoriesTest extends KaribuTest {

	@Autowired
	ClientService clients;

	@Autowired
	TherapySessionService sessions;

	@Test
	void three_clients_are_printed_in_the_background_and_one_that_moved_away_meanwhile_is_named()
			throws InterruptedException {
		clock.set(Instant.parse("2026-11-20T09:00:00Z"));
		HarborUser maya = accounts.clinician("Maya Okafor");
		HarborUser tomas = accounts.clinician("Tomas Reyes");
		TestClients.aClientOf(clients, maya, "Noor Haddad");
		long rowan = TestClients.aClientOf(clients, maya, "Rowan Ashby");
		TestClients.aClientOf(clients, maya, "Elif Demir");
		signInAndOpen(maya, "print");
		@SuppressWarnings("unchecked")
		Grid<ClientListItem> grid = _get(Grid.class);
		for (int row = 0; row < GridKt._size(grid); row++) {
			grid.select(GridKt._get(grid, row));
		}
		// A colleague takes Rowan over after the list was shown: that summary must fail
		// alone.
		TestAccounts.signIn(accounts.admin("Practice Office"));
		clients.reassignClient(rowan, tomas.accountId());
		TestAccounts.signIn(maya);

		_click(_get(Button.class, spec -> spec.withText("Print the chosen summaries")));
		assertThat(_get(Button.class, spec -> spec.withText("Stop")).isVisible()).isTrue();
		waitForResult();

		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
			.contains("2 summaries are ready in one PDF.",
					"These summaries could not be made; the others are in the PDF:");
		assertThat(_find(ListItem.class)).extracting(ListItem::getText).contains("Rowan Ashby");
		byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withText("Download the PDF")));
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where detail = 'exported summary'", Long.class))
			.isEqualTo(2);
	}

	@Test
	void a_batch_lost_when_its_server_stopped_says_so_plainly_after_signing_in_again() {
		clock.set(Instant.parse("2026-11-20T09:00:00Z"));
		HarborUser maya = accounts.clinician("Maya Okafor");
		java.sql.Timestamp before = java.sql.Timestamp.from(clock.instant().minusSeconds(600));
		database.jdbc()
			.update("""
					insert into print_job (account_id, instance_id, state, total, done, printed, failed, started_at,
					    heartbeat_at, finished_at)
					values (?, 'another-instance', 'LOST', 6, 2, 0, 0, ?, ?, ?)""", maya.accountId(), before, before,
					before);

		signInAndOpen(maya, "print");

		assertThat(_find(ListItem.class)).extracting(ListItem::getText)
			.anyMatch(line -> line.endsWith("This batch stopped after 2 of 6 when the server it ran on was restarted."
					+ " What it had made was not kept; please print it again."));
	}

	@Test
	void everyone_with_a_session_today_is_printed_with_that_sessions_note() throws InterruptedException {
		clock.set(Instant.parse("2026-11-20T09:00:00Z"));
		HarborUser maya = accounts.clinician("Maya Okafor");
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		long rowan = TestClients.aClientOf(clients, maya, "Rowan Ashby");
		long elif = TestClients.aClientOf(clients, maya, "Elif Demir");
		TestAccounts.signIn(maya);
		sessions.startSession(rowan, new NewSession(LocalDateTime.of(2026, 11, 20, 14, 0), 50));
		sessions.startSession(noor, new NewSession(LocalDateTime.of(2026, 11, 20, 9, 30), 50));
		sessions.startSession(elif, new NewSession(LocalDateTime.of(2026, 11, 21, 9, 30), 50));
		signInAndOpen(maya, "print");

		@SuppressWarnings("unchecked")
		RadioButtonGroup<BatchPrintView.Whom> whom = _get(RadioButtonGroup.class,
				spec -> spec.withLabel("Whose summaries"));
		_setValue(whom, BatchPrintView.Whom.SESSIONS_TODAY);
		assertThat(_find(Grid.class)).as("no clients to tick").isEmpty();
		assertThat(_find(ListItem.class)).extracting(ListItem::getText)
			.containsExactly("9:30\u202fAM: Noor Haddad (" + code(noor) + ")",
					"2:00\u202fPM: Rowan Ashby (" + code(rowan) + ")");

		_click(_get(Button.class, spec -> spec.withText("Print the chosen summaries")));
		waitForResult();

		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("2 summaries are ready in one PDF.");
		assertThat(database.jdbc()
			.queryForList("select client_id from audit_event where detail = 'exported summary' order by id",
					Long.class))
			.containsExactly(noor, rowan);
	}

	private String code(long clientId) {
		return database.jdbc().queryForObject("select reference_code from client where id = ?", String.class, clientId);
	}

	private static void waitForResult() throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			MockVaadin.runUIQueue();
			if (_find(Paragraph.class).stream().anyMatch(p -> p.getText().contains("ready in one PDF"))) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The batch did not report a PDF within 60 seconds");
	}

}
