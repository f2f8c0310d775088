package dev.harbor.bench;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;

import dev.harbor.ladder.LadderService;
import dev.harbor.ladder.LadderView;
import dev.harbor.report.Paper;
import dev.harbor.report.ReportService;
import dev.harbor.report.SummaryRequest;
import dev.harbor.security.HarborUser;
import dev.harbor.security.Role;
import dev.harbor.testsupport.EmbeddedPostgres;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Ladders on a big practice, on PostgreSQL, through the real services (method security,
 * the caseload check and the audit events included): the big synthetic practice of
 * {@link CaseloadBenchmark}, every client on the 300-client caseload with a time-apart
 * ladder and 50 tries, and one client with 500 tries over a year besides two thousand
 * diary entries and 300 experiences. Times opening that ladder, its first page of tries,
 * and the session summary with its ladder section. Run with
 * {@code ./mvnw -Pbench test-compile exec:java -Dbench.main=dev.harbor.bench.LadderBenchmark};
 * see docs/performance.md.
 */
public final class LadderBenchmark {

	private static final int CLIENTS = 5_000;

	private static final int CASELOAD = 300;

	private static final int TRIES = 500;

	private static final int TRIES_EACH = 50;

	private static final int WARM_UP = 200;

	private static final int ROUNDS = 500;

	/** Fewer rounds for a PDF: each takes a tenth of a second or more. */
	private static final int PDF_WARM_UP = 50;

	private static final int PDF_ROUNDS = 200;

	private static final long FIRST_ATTEMPT = 50_000_000;

	private LadderBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String url = EmbeddedPostgres.freshDatabase("harbor_ladder_bench") + "&reWriteBatchedInserts=true";
		List<String> report = new ArrayList<>();
		try (ConfigurableApplicationContext app = BenchApplication.start(url, "postgres", "postgres", Map.of())) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			Clock clock = app.getBean(Clock.class);
			String hash = app.getBean(PasswordEncoder.class).encode("benchmark-password");
			PracticeGenerator.Practice practice = new PracticeGenerator(jdbc, 42, clock.instant()).generate(20, CLIENTS,
					CASELOAD, hash);
			long clinician = practice.clinicianIds().getFirst();
			HarborUser me = HarborUser.of(clinician, "clinician0@bench.example", "Clinician 0", Role.CLINICIAN);
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
			LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
			long focus = practice.focusCaseload().getFirst();
			new DiaryGenerator(jdbc, today).generate(focus, clinician, 2_000, 300);
			ReportService reports = app.getBean(ReportService.class);
			SummaryRequest weeks = new SummaryRequest(today.minusWeeks(8), today, Paper.A4, false);
			SummaryRequest year = new SummaryRequest(today.minusYears(1), today, Paper.A4, false);
			List<String> before = List.of(
					time("summary PDF, 8 weeks, before the client has a ladder", PDF_WARM_UP, PDF_ROUNDS,
							i -> reports.clientSummary(focus, weeks, Locale.ENGLISH)),
					time("summary PDF, a year (2,000 diary entries, 300 experiences), before the client has a ladder",
							PDF_WARM_UP, PDF_ROUNDS, i -> reports.clientSummary(focus, year, Locale.ENGLISH)));
			LadderService ladders = app.getBean(LadderService.class);
			long started = System.nanoTime();
			List<Object[]> rows = new ArrayList<>();
			Random random = new Random(11);
			LadderView worst = null;
			for (long client : practice.focusCaseload()) {
				LadderView ladder = ladders.startLadder(client, "builtin:TIME_APART", "An evening without the phone");
				int tries = client == focus ? TRIES : TRIES_EACH;
				for (int i = 0; i < tries; i++) {
					rows.add(attempt(rows.size(), client, ladder, i, tries, today, clinician, clock, random));
				}
				if (client == focus) {
					worst = ladder;
				}
			}
			PracticeGenerator.batch(jdbc, """
					insert into ladder_attempt (id, version, client_id, ladder_id, step_id, happened_at, happened_on,
					    minutes, predicted_distress, peak_distress, end_distress, feared_happened, what_happened,
					    learned, body, note, entered_by, entered_by_kind, entered_at, bring_to_session, flagged)
					values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CLINICIAN', ?, false, false)""", rows);
			jdbc.execute("analyze");
			report.add(String.format(Locale.ROOT,
					"PostgreSQL 17: %,d clients; %,d ladders with %,d tries generated in %.1f s; the worst ladder has %d",
					practice.clients(), practice.focusCaseload().size(), rows.size(),
					(System.nanoTime() - started) / 1e9, TRIES));
			long ladderId = worst.id();
			report.add(time("open a ladder with 500 tries (steps, counts, chart figures, suggestion; audited)",
					i -> ladders.ladder(ladderId)));
			report.add(time("its first page of tries, 50 of 500 (audited)",
					i -> ladders.attempts(ladderId, PageRequest.of(0, 50))));
			report.addAll(before);
			report.add(time("summary PDF, 8 weeks, with the ladder section (about 80 tries)", PDF_WARM_UP, PDF_ROUNDS,
					i -> reports.clientSummary(focus, weeks, Locale.ENGLISH)));
			report.add(time("summary PDF, a year, with the ladder section (500 tries)", PDF_WARM_UP, PDF_ROUNDS,
					i -> reports.clientSummary(focus, year, Locale.ENGLISH)));
			SecurityContextHolder.clearContext();
		}
		System.out.println();
		report.forEach(System.out::println);
		System.exit(0);
	}

	/**
	 * One try, spread over the past year (newest last), on the ladder's first three
	 * steps, mostly calm, with a few words as a client writes them.
	 */
	private static Object[] attempt(int index, long client, LadderView ladder, int i, int tries, LocalDate today,
			long clinician, Clock clock, Random random) {
		LocalDateTime when = today.minusDays(365L * (tries - i) / tries).atTime(18 + random.nextInt(4), 0);
		long step = ladder.steps().get(Math.min(2, i * 3 / tries)).id();
		int peak = 40 + random.nextInt(50);
		return new Object[] { FIRST_ATTEMPT + index, client, ladder.id(), step, Timestamp.valueOf(when),
				java.sql.Date.valueOf(when.toLocalDate()), 10 + random.nextInt(50), 30 + random.nextInt(40), peak,
				Math.max(0, peak - random.nextInt(50)), random.nextInt(10) == 0 ? "PARTLY" : "NO",
				"They were fine when I came back", "The time apart did not change how they saw me", "Tight chest",
				"Before dinner", clinician, Timestamp.from(clock.instant()) };
	}

	private static String time(String operation, IntConsumer call) {
		return time(operation, WARM_UP, ROUNDS, call);
	}

	private static String time(String operation, int warmUp, int rounds, IntConsumer call) {
		for (int i = 0; i < warmUp; i++) {
			call.accept(i);
		}
		long[] nanos = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			call.accept(i);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return String.format(Locale.ROOT, "PostgreSQL 17 | %s | median %.2f ms | p95 %.2f ms | %d rounds", operation,
				nanos[rounds / 2] / 1e6, nanos[(int) (rounds * 0.95)] / 1e6, rounds);
	}

}
