package dev.harbor.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import dev.harbor.report.ClientRecordExport;
import dev.harbor.security.HarborUser;
import dev.harbor.testsupport.EmbeddedPostgres;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A client's whole-record export on PostgreSQL, through the real service (the caseload
 * check, the audit event and the summaries included), for a client with one year of
 * records and one with ten, in the big synthetic practice of {@link CaseloadBenchmark}.
 * For each: the export's time (median and worst of {@link #ROUNDS} after a warm-up), its
 * size, and the heap it holds while it writes: the output stream runs a full collection
 * after every {@link #SAMPLE_EVERY} bytes and reads the live heap, so garbage does not
 * count, only what the export keeps.
 * <p>
 * Run with
 * {@code ./mvnw -Pbench test-compile exec:java -Dbench.main=dev.harbor.bench.RecordExportBenchmark};
 * see docs/performance.md.
 */
public final class RecordExportBenchmark {

	private static final int ROUNDS = 5;

	private static final long SAMPLE_EVERY = 1 << 16;

	private static final long FIRST_ID = 20_000_000;

	private RecordExportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		// -Dbench.url (an empty database, user from -Dbench.user) keeps the practice for
		// timing the backup scripts on it; otherwise an embedded PostgreSQL 17 of its
		// own.
		String given = System.getProperty("bench.url");
		String base = given != null ? given : EmbeddedPostgres.freshDatabase("harbor_record_bench");
		String url = base + (base.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
		String user = System.getProperty("bench.user", "postgres");
		List<String> report = new ArrayList<>();
		try (ConfigurableApplicationContext app = BenchApplication.start(url, user, given != null ? "" : "postgres",
				Map.of())) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			Clock clock = app.getBean(Clock.class);
			String hash = app.getBean(PasswordEncoder.class).encode("benchmark-password");
			PracticeGenerator.Practice practice = new PracticeGenerator(jdbc, 42, clock.instant()).generate(20, 5_000,
					300, hash);
			long clinician = practice.clinicianIds().getFirst();
			LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
			int practices = new HomeworkGenerator(jdbc, today).generate(practice.focusCaseload().subList(2, 300),
					clinician);
			long oneYear = practice.focusCaseload().get(0);
			long tenYears = practice.focusCaseload().get(1);
			History history = new History(jdbc, clinician, today);
			String small = history.fill(oneYear, 1, FIRST_ID);
			String large = history.fill(tenYears, 10, FIRST_ID + 5_000_000);
			jdbc.execute("analyze");
			HarborUser me = (HarborUser) app.getBean(UserDetailsService.class)
				.loadUserByUsername("clinician0@bench.example");
			me.eraseCredentials();
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
			ClientRecordExport records = app.getBean(ClientRecordExport.class);
			report.add(String.format(Locale.ROOT,
					"PostgreSQL, practice of 5,000 clients; the clinician's caseload is 300 with %,d practices",
					practices));
			report.add("one year:  " + small);
			report.add("ten years: " + large);
			report.add(measure(records, oneYear, "one year"));
			report.add(measure(records, tenYears, "ten years"));
		}
		System.out.println();
		report.forEach(System.out::println);
		System.exit(0);
	}

	private static String measure(ClientRecordExport records, long clientId, String label) throws IOException {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		records.export(clientId, Locale.ENGLISH, name -> OutputStream.nullOutputStream());
		long[] millis = new long[ROUNDS];
		LiveHeap live = null;
		for (int round = 0; round < ROUNDS; round++) {
			System.gc();
			long before = memory.getHeapMemoryUsage().getUsed();
			LiveHeap sampling = new LiveHeap(memory, before);
			// The last round samples the heap; the others are timed undisturbed.
			boolean sample = round == ROUNDS - 1;
			long start = System.nanoTime();
			records.export(clientId, Locale.ENGLISH, name -> sample ? sampling : new Counting());
			millis[round] = (System.nanoTime() - start) / 1_000_000;
			if (sample) {
				live = sampling;
			}
		}
		Arrays.sort(millis);
		long[] timed = Arrays.copyOf(millis, ROUNDS - 1);
		return String.format(Locale.ROOT,
				"%-9s: export median %,d ms, worst %,d ms; ZIP %,.1f MB; live heap held while writing: at most %,.1f MB"
						+ " above the idle heap (%d samples)",
				label, timed[timed.length / 2], timed[timed.length - 1], live.written / 1e6, live.peak / 1e6,
				live.samples);
	}

	/** Counts what is written and throws it away. */
	private static class Counting extends OutputStream {

		long written;

		@Override
		public void write(int b) {
			written++;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			written += length;
		}

	}

	/** Counts, and after every 64 kB collects garbage and reads what is still live. */
	private static final class LiveHeap extends Counting {

		private final MemoryMXBean memory;

		private final long idle;

		private long next = SAMPLE_EVERY;

		long peak;

		int samples;

		LiveHeap(MemoryMXBean memory, long idle) {
			this.memory = memory;
			this.idle = idle;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			super.write(bytes, offset, length);
			if (written >= next) {
				next += SAMPLE_EVERY;
				System.gc();
				peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed() - idle);
				samples++;
			}
		}

	}

	/**
	 * Years of one client's records, written straight into the tables: a diary entry
	 * about two days in three with feelings and needs, a daily breathing practice on most
	 * days, a corrective experience a week, a signed session a week, and the audit events
	 * such a record leaves (about eight a day).
	 */
	private static final class History {

		private final JdbcTemplate jdbc;

		private final long clinician;

		private final LocalDate today;

		private final Random random = new Random(7);

		History(JdbcTemplate jdbc, long clinician, LocalDate today) {
			this.jdbc = jdbc;
			this.clinician = clinician;
			this.today = today;
		}

		String fill(long client, int years, long firstId) {
			LocalDate start = today.minusYears(years);
			Timestamp entered = Timestamp.from(Instant.now());
			jdbc.update("update client set start_date = ? where id = ?", Date.valueOf(start), client);
			long assignment = firstId;
			jdbc.update("""
					insert into homework_assignment (id, version, client_id, built_in_key, category, name, purpose,
					    start_date, rhythm_kind, rhythm_times, target_minutes, status, assigned_by, assigned_at)
					values (?, 0, ?, 'paced_breathing', 'CALMING_THE_BODY', 'Paced breathing', 'Slow breathing.',
					    ?, 'DAILY', null, 3, 'ACTIVE', ?, ?)""", assignment, client, Date.valueOf(start), clinician,
					entered);
			List<Object[]> entries = new ArrayList<>();
			List<Object[]> feelings = new ArrayList<>();
			List<Object[]> needs = new ArrayList<>();
			List<Object[]> practices = new ArrayList<>();
			List<Object[]> experiences = new ArrayList<>();
			List<Object[]> sessions = new ArrayList<>();
			List<Object[]> audit = new ArrayList<>();
			long id = firstId + 1;
			for (LocalDate day = start; day.isBefore(today); day = day.plusDays(1)) {
				if (random.nextInt(3) < 2) {
					LocalDateTime when = day.atTime(19 + random.nextInt(4), random.nextInt(60));
					long entry = id++;
					entries.add(new Object[] { entry, client, Timestamp.valueOf(when), Date.valueOf(day),
							"When the message went unanswered for an evening, entry " + entry,
							"They have had enough of me", clinician, entered });
					feelings.add(new Object[] { entry, "WORRY", 40 + random.nextInt(50) });
					feelings.add(new Object[] { entry, "FEAR", 20 + random.nextInt(50) });
					needs.add(new Object[] { entry, "SECURITY" });
				}
				if (random.nextInt(4) < 3) {
					LocalDateTime when = day.atTime(7, 30);
					int before = 4 + random.nextInt(6);
					practices.add(new Object[] { id++, assignment, client, Timestamp.valueOf(when), Date.valueOf(day),
							3 + random.nextInt(5), before, Math.max(0, before - 1 - random.nextInt(4)), clinician,
							entered });
				}
				if (day.getDayOfWeek().getValue() == 3) {
					experiences.add(new Object[] { id++, client, Timestamp.valueOf(day.atTime(18, 0)),
							Date.valueOf(day), "She will think I am too much", 70 + random.nextInt(30),
							"She thanked me for telling her", 10 + random.nextInt(40), clinician, entered });
					sessions.add(new Object[] { id++, client, Timestamp.valueOf(day.atTime(10, 0)),
							"Waiting for replies without checking", "Paced breathing, a small ask", "Calmer by the end",
							"Keep the diary; one small ask", entered, clinician, clinician, entered });
				}
				for (int e = 0; e < 8; e++) {
					audit.add(new Object[] { id++, Timestamp.valueOf(day.atTime(9, e)), clinician, "clinician0",
							e % 4 == 0 ? "CHANGE" : "VIEW", "DIARY", client });
				}
			}
			PracticeGenerator.batch(jdbc, """
					insert into diary_entry (id, version, client_id, happened_at, happened_on, situation, thoughts,
					    relationship, source, entered_by, entered_by_kind, entered_at, flagged)
					values (?, 0, ?, ?, ?, ?, ?, 'PARTNER', 'TYPED', ?, 'CLIENT', ?, false)""", entries);
			PracticeGenerator.batch(jdbc, "insert into diary_feeling (entry_id, feeling, intensity) values (?, ?, ?)",
					feelings);
			PracticeGenerator.batch(jdbc, "insert into diary_need (entry_id, need) values (?, ?)", needs);
			PracticeGenerator.batch(jdbc, """
					insert into completion (id, version, assignment_id, client_id, happened_at, happened_on, minutes,
					    distress_before, distress_after, entered_by, entered_by_kind, entered_at, struck_out)
					values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 'CLIENT', ?, false)""", practices);
			PracticeGenerator.batch(jdbc, """
					insert into corrective_experience (id, version, client_id, happened_at, happened_on, setting, risk,
					    feared, belief_before, what_happened, belief_after, entered_by, entered_by_kind, entered_at,
					    flagged)
					values (?, 0, ?, ?, ?, 'PARTNER', 'ASKED_FOR_SUPPORT', ?, ?, ?, ?, ?, 'CLIENT', ?, false)""",
					experiences);
			PracticeGenerator.batch(jdbc, """
					insert into therapy_session (id, version, client_id, starts_at, minutes, focus, interventions,
					    client_response, plan, signed_at, signed_by, created_by, created_at)
					values (?, 0, ?, ?, 50, ?, ?, ?, ?, ?, ?, ?, ?)""", sessions);
			PracticeGenerator.batch(jdbc, """
					insert into audit_event (id, occurred_at, actor_id, actor_label, action, subject_type, client_id,
					    outcome)
					values (?, ?, ?, ?, ?, ?, ?, 'SUCCESS')""", audit);
			return String.format(Locale.ROOT,
					"%,d diary entries, %,d practices, %,d experiences, %,d signed sessions, %,d audit events",
					entries.size(), practices.size(), experiences.size(), sessions.size(), audit.size());
		}

	}

}
