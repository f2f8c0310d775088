package dev.harbor.report;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.therapysession.NewSession;
import dev.harbor.therapysession.SessionNote;
import dev.harbor.therapysession.SessionView;
import dev.harbor.therapysession.TherapySessionService;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Printing several clients' summaries at once, in the background. */
@HarborSpringTest
class BatchPrintingTest {

	static final SummaryRequest PERIOD = new SummaryRequest(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 20),
			Paper.A4, false);

	@Autowired
	BatchPrinting batches;

	@Autowired
	PrintJobs printJobs;

	@Autowired
	ClientService clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	@Autowired
	TherapySessionService sessions;

	HarborUser maya;

	@BeforeEach
	void signIn() {
		database.clean();
		clock.set(Instant.parse("2026-11-20T09:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void three_clients_with_one_failing_on_purpose_give_one_pdf_with_the_other_two_and_name_the_failure()
			throws Exception {
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		long rowan = TestClients.aClientOf(clients, maya, "Rowan Ashby");
		long someoneElses = TestClients.aClientOf(clients, accounts.clinician("Tomas Reyes"), "Ada Brandt");
		TestAccounts.signIn(maya);
		List<String> progress = new CopyOnWriteArrayList<>();
		CompletableFuture<BatchResult> finished = new CompletableFuture<>();

		batches.start(
				List.of(new BatchPrinting.Item(noor, "Noor Haddad"),
						new BatchPrinting.Item(someoneElses, "A client who is not mine"),
						new BatchPrinting.Item(rowan, "Rowan Ashby")),
				PERIOD, Locale.ENGLISH, listener(progress, finished));
		BatchResult result = finished.get(60, TimeUnit.SECONDS);

		assertThat(progress).containsExactly("1/3", "2/3", "3/3");
		assertThat(result.printed()).isEqualTo(2);
		assertThat(result.failed()).containsExactly("A client who is not mine");
		assertThat(result.cancelled()).isFalse();
		assertThat(result.file().fileName()).isEqualTo("summaries-2026-11-20.pdf");
		assertThat(text(result.file().content())).contains("Noor Haddad", "Rowan Ashby").doesNotContain("Ada");
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where detail = 'exported summary'", Long.class))
			.isEqualTo(2);
		assertThat(batches.myRecentBatches()).singleElement()
			.isEqualTo(new PrintJobView(PrintJobState.DONE, 3, 3, 2, 1, clock.instant()));
	}

	@Test
	void a_job_whose_instance_stopped_beating_is_marked_lost_by_the_sweep_and_never_stays_running() {
		TestAccounts.signIn(maya);
		Instant killedAt = clock.instant();
		long gone = database.jdbc()
			.queryForObject("""
					insert into print_job (account_id, instance_id, state, total, done, printed, failed, started_at,
					    heartbeat_at)
					values (?, 'an-instance-that-was-killed', 'RUNNING', 4, 1, 0, 0, ?, ?) returning id""", Long.class,
					maya.accountId(), java.sql.Timestamp.from(killedAt), java.sql.Timestamp.from(killedAt));
		long alive = printJobs.started(maya.accountId(), 2);

		clock.set(killedAt.plusSeconds(90));
		printJobs.beat();
		assertThat(printJobs.sweep()).as("a minute and a half is not yet lost").isZero();
		clock.set(killedAt.plusSeconds(150));
		printJobs.beat();
		assertThat(printJobs.sweep()).isEqualTo(1);

		assertThat(state(gone)).isEqualTo("LOST");
		assertThat(state(alive)).as("this instance beats for its own").isEqualTo("RUNNING");
		assertThat(batches.myRecentBatches()).extracting(PrintJobView::state)
			.containsExactly(PrintJobState.RUNNING, PrintJobState.LOST); // The batch this
																			// instance
																			// runs comes
																			// to its end.
		printJobs.finished(alive, new BatchResult(null, 2, List.of(), false));
	}

	@Test
	void a_stopping_instance_marks_its_own_running_jobs_lost_and_a_late_finish_does_not_undo_it() {
		TestAccounts.signIn(maya);
		long running = printJobs.started(maya.accountId(), 3);

		printJobs.stopping();
		printJobs.finished(running, new BatchResult(null, 3, List.of(), false));

		assertThat(state(running)).isEqualTo("LOST");
	}

	private String state(long job) {
		return database.jdbc().queryForObject("select state from print_job where id = ?", String.class, job);
	}

	@Test
	void the_days_sessions_print_each_with_its_own_note_and_the_time_since_that_clients_previous_session()
			throws Exception {
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		long rowan = TestClients.aClientOf(clients, maya, "Rowan Ashby");
		TestAccounts.signIn(maya);
		sessions.startSession(noor, new NewSession(LocalDateTime.of(2026, 11, 6, 10, 0), 50));
		SessionView noorToday = sessions.startSession(noor, new NewSession(LocalDateTime.of(2026, 11, 20, 10, 0), 50));
		sessions.saveDraft(noorToday.id(), noorToday.version(),
				new SessionNote("The evenings alone", null, null, "Walk before texting", null, null));
		sessions.startSession(rowan, new NewSession(LocalDateTime.of(2026, 11, 20, 14, 0), 50));
		CompletableFuture<BatchResult> finished = new CompletableFuture<>();

		batches.start(sessions.mySessionsOn(LocalDate.of(2026, 11, 20))
			.stream()
			.map(today -> new BatchPrinting.Item(today.clientId(), today.clientName(), today.sessionId()))
			.toList(), PERIOD, Locale.ENGLISH, listener(new CopyOnWriteArrayList<>(), finished));
		BatchResult result = finished.get(60, TimeUnit.SECONDS);

		assertThat(result.printed()).isEqualTo(2);
		String text = text(result.file().content());
		assertThat(text).contains("Focus: The evenings alone", "Plan: Walk before texting", "Rowan Ashby")
			.containsSubsequence("Noor Haddad", "Nov 7, 2026", "Rowan Ashby", "Oct 23, 2026");
	}

	@Test
	void each_summary_of_a_batch_is_audited_with_the_address_that_asked_for_the_batch() throws Exception {
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		long rowan = TestClients.aClientOf(clients, maya, "Rowan Ashby");
		TestAccounts.signIn(maya);
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("203.0.113.7");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		CompletableFuture<BatchResult> finished = new CompletableFuture<>();
		try {
			batches.start(List.of(new BatchPrinting.Item(noor, "Noor Haddad"), new BatchPrinting.Item(rowan, "Rowan")),
					PERIOD, Locale.ENGLISH, listener(new CopyOnWriteArrayList<>(), finished));
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
		finished.get(60, TimeUnit.SECONDS);

		assertThat(database.jdbc()
			.queryForList("select remote_address from audit_event where detail = 'exported summary'", String.class))
			.containsExactly("203.0.113.7", "203.0.113.7");
	}

	@Test
	void a_cancelled_batch_stops_between_summaries_and_keeps_what_was_made() throws Exception {
		TestAccounts.signIn(maya);
		List<BatchPrinting.Item> many = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			many.add(new BatchPrinting.Item(TestClients.aClientOf(clients, maya, "Client " + i), "Client " + i));
		}
		TestAccounts.signIn(maya);
		CompletableFuture<BatchResult> finished = new CompletableFuture<>();
		BatchPrinting.Job[] job = new BatchPrinting.Job[1];
		job[0] = batches.start(many, PERIOD, Locale.ENGLISH, new BatchPrinting.Listener() {
			@Override
			public void progress(int done, int total) {
				if (done == 2) {
					job[0].cancel();
				}
			}

			@Override
			public void finished(BatchResult result) {
				finished.complete(result);
			}
		});
		BatchResult result = finished.get(60, TimeUnit.SECONDS);

		assertThat(result.cancelled()).isTrue();
		assertThat(result.printed()).isBetween(2, 3);
		assertThat(result.file()).isNotNull();
	}

	private static BatchPrinting.Listener listener(List<String> progress, CompletableFuture<BatchResult> finished) {
		return new BatchPrinting.Listener() {
			@Override
			public void progress(int done, int total) {
				progress.add(done + "/" + total);
			}

			@Override
			public void finished(BatchResult result) {
				finished.complete(result);
			}
		};
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
