package dev.harbor.bench;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import dev.harbor.diary.DiaryRelationship;
import dev.harbor.diary.Feeling;
import dev.harbor.diary.MyDiaryService;
import dev.harbor.diary.NewDiaryEntry;
import dev.harbor.homework.MyPracticeService;
import dev.harbor.homework.NewCompletion;
import dev.harbor.security.HarborUser;
import dev.harbor.testsupport.EmbeddedPostgres;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The client portal under load, on PostgreSQL, through the real services (method
 * security, the own-record check and the audit events included), on the big synthetic
 * practice of {@link CaseloadBenchmark}: 5,000 clients, 300 of them with five years of
 * daily paced breathing and a year of a three-a-week plan.
 * <ul>
 * <li>200 of those clients, each signed in on a thread of their own, released at the same
 * moment, each logging a practice and writing a diary entry: the time of every call, and
 * a count afterwards that every record is there.</li>
 * <li>One of them opening "This week" again and again.</li>
 * </ul>
 * Run with
 * {@code ./mvnw -Pbench test-compile exec:java -Dbench.main=dev.harbor.bench.PortalBenchmark};
 * see docs/performance.md.
 */
public final class PortalBenchmark {

	private static final int CLIENTS = 5_000;

	private static final int CASELOAD = 300;

	private static final int AT_ONCE = 200;

	private static final int BURSTS = 5;

	private static final int WARM_UP = 200;

	private static final int ROUNDS = 1_000;

	private static final long FIRST_ACCOUNT = 9_000_000;

	private PortalBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String url = EmbeddedPostgres.freshDatabase("harbor_portal_bench") + "&reWriteBatchedInserts=true";
		// The pool as the practice runs it, unless a run asks for another size.
		String pool = System.getProperty("bench.pool");
		Map<String, String> extra = pool == null ? Map.of()
				: Map.of("spring.datasource.hikari.maximum-pool-size", pool);
		List<String> report = new ArrayList<>();
		try (ConfigurableApplicationContext app = BenchApplication.start(url, "postgres", "postgres", extra)) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			Clock clock = app.getBean(Clock.class);
			String hash = app.getBean(PasswordEncoder.class).encode("benchmark-password");
			PracticeGenerator.Practice practice = new PracticeGenerator(jdbc, 42, clock.instant()).generate(20, CLIENTS,
					CASELOAD, hash);
			LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
			int practices = new HomeworkGenerator(jdbc, today).generate(practice.focusCaseload(),
					practice.clinicianIds().getFirst());
			// Discharged clients have no portal; the others on the big caseload do.
			List<Long> portalClients = jdbc
				.queryForList("select id from client where status <> 'DISCHARGED' and id in ("
						+ String.join(",", practice.focusCaseload().stream().map(String::valueOf).toList())
						+ ") order by id", Long.class)
				.subList(0, AT_ONCE);
			List<HarborUser> people = joinThePortal(app, jdbc, portalClients, hash, clock);
			jdbc.execute("analyze");
			report.add(String.format(Locale.ROOT,
					"PostgreSQL 17: %,d clients, %,d practices on the 300-client caseload, %d with a portal account",
					practice.clients(), practices, people.size()));
			report.addAll(alone(app, jdbc, people.getLast(), clock));
			report.addAll(burst(app, jdbc, people, portalClients, clock));
			report.add(thisWeek(app, people.getFirst()));
		}
		System.out.println();
		report.forEach(System.out::println);
		System.exit(0);
	}

	/** Portal accounts for these clients, as redeeming an invitation makes them. */
	private static List<HarborUser> joinThePortal(ConfigurableApplicationContext app, JdbcTemplate jdbc,
			List<Long> clients, String hash, Clock clock) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < clients.size(); i++) {
			rows.add(new Object[] { FIRST_ACCOUNT + i, "client" + i + "@bench.example", "Client " + i, hash,
					Timestamp.from(clock.instant()), clients.get(i) });
		}
		PracticeGenerator.batch(jdbc, """
				insert into user_account (id, version, email, display_name, password_hash, role, enabled,
				                          prefers_dark_theme, must_change_password, failed_logins, created_at,
				                          client_id)
				values (?, 0, ?, ?, ?, 'CLIENT', true, false, false, 0, ?, ?)""", rows);
		UserDetailsService details = app.getBean(UserDetailsService.class);
		List<HarborUser> people = new ArrayList<>();
		for (int i = 0; i < clients.size(); i++) {
			HarborUser person = (HarborUser) details.loadUserByUsername("client" + i + "@bench.example");
			person.eraseCredentials();
			people.add(person);
		}
		return people;
	}

	/**
	 * Each burst: every client on a thread of their own, all waiting on one latch, then a
	 * practice and a diary entry each. Three bursts to warm up, then {@link #BURSTS}
	 * timed.
	 */
	private static List<String> burst(ConfigurableApplicationContext app, JdbcTemplate jdbc, List<HarborUser> people,
			List<Long> clients, Clock clock) throws Exception {
		MyPracticeService practice = app.getBean(MyPracticeService.class);
		MyDiaryService diary = app.getBean(MyDiaryService.class);
		Map<Long, Long> breathing = new HashMap<>();
		jdbc.query("select client_id, id from homework_assignment where rhythm_kind = 'DAILY' and client_id in ("
				+ String.join(",", clients.stream().map(String::valueOf).toList()) + ")", row -> {
					breathing.put(row.getLong(1), row.getLong(2));
				});
		ConcurrentLinkedQueue<Long> practiceNanos = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> diaryNanos = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> practiceWaits = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> diaryWaits = new ConcurrentLinkedQueue<>();
		AtomicLong released = new AtomicLong();
		List<String> lines = new ArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(people.size());
		try {
			for (int round = -3; round < BURSTS; round++) {
				long practicesBefore = count(jdbc, "completion");
				long entriesBefore = count(jdbc, "diary_entry");
				CountDownLatch ready = new CountDownLatch(people.size());
				CountDownLatch go = new CountDownLatch(1);
				boolean timed = round >= 0;
				List<Future<?>> done = new ArrayList<>();
				LocalDateTime when = LocalDateTime.now(clock).minusMinutes(30);
				for (HarborUser person : people) {
					long assignment = breathing.get(person.clientId().orElseThrow());
					done.add(threads.submit(() -> {
						SecurityContextHolder.getContext()
							.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
									person.getAuthorities()));
						try {
							ready.countDown();
							go.await();
							long start = System.nanoTime();
							practice.logPractice(assignment, new NewCompletion(when, 5, 6, 3, List.of(), "After work"));
							long between = System.nanoTime();
							diary.writeEntry(entry(when), false);
							long end = System.nanoTime();
							if (timed) {
								practiceNanos.add(between - start);
								diaryNanos.add(end - between);
								// As the client sees it: the practice from the moment all
								// pressed save (waiting for a thread to run included),
								// the
								// entry from the moment the practice was answered.
								practiceWaits.add(between - released.get());
								diaryWaits.add(end - between);
							}
						}
						finally {
							SecurityContextHolder.clearContext();
						}
						return null;
					}));
				}
				ready.await();
				released.set(System.nanoTime());
				go.countDown();
				for (Future<?> call : done) {
					call.get();
				}
				double drained = (System.nanoTime() - released.get()) / 1e6;
				long newPractices = count(jdbc, "completion") - practicesBefore;
				long newEntries = count(jdbc, "diary_entry") - entriesBefore;
				if (newPractices != people.size() || newEntries != people.size()) {
					throw new IllegalStateException("A burst lost records: " + newPractices + " practices and "
							+ newEntries + " entries for " + people.size() + " clients");
				}
				if (timed) {
					lines.add(String.format(Locale.ROOT,
							"PostgreSQL 17 | burst %d: %d clients at once | all done in %.0f ms | %d practices and %d diary entries present",
							round + 1, people.size(), drained, newPractices, newEntries));
				}
			}
		}
		finally {
			threads.shutdown();
		}
		lines.add(percentiles("log a practice, 200 at the same moment, from the release to the answer", practiceWaits));
		lines.add(percentiles("write a diary entry next, from the call to the answer", diaryWaits));
		List<Long> both = new ArrayList<>(practiceWaits);
		both.addAll(diaryWaits);
		lines.add(percentiles("either, as the clients wait", both));
		lines.add(percentiles("log a practice, inside the service call only (the thread already running)",
				practiceNanos));
		List<Long> inside = new ArrayList<>(practiceNanos);
		inside.addAll(diaryNanos);
		lines.add(percentiles("either, inside the service call only", inside));
		return lines;
	}

	/**
	 * The same two calls by one client at a time, after enough of them to warm the JIT:
	 * what a call costs without anyone else waiting for the database.
	 */
	private static List<String> alone(ConfigurableApplicationContext app, JdbcTemplate jdbc, HarborUser person,
			Clock clock) {
		MyPracticeService practice = app.getBean(MyPracticeService.class);
		MyDiaryService diary = app.getBean(MyDiaryService.class);
		long assignment = jdbc.queryForObject(
				"select id from homework_assignment where rhythm_kind = 'DAILY' and client_id = ?", Long.class,
				person.clientId().orElseThrow());
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
		List<Long> practiceNanos = new ArrayList<>();
		List<Long> diaryNanos = new ArrayList<>();
		try {
			LocalDateTime when = LocalDateTime.now(clock).minusMinutes(30);
			for (int i = -WARM_UP * 10; i < ROUNDS; i++) {
				long start = System.nanoTime();
				practice.logPractice(assignment, new NewCompletion(when, 5, 6, 3, List.of(), "After work"));
				long between = System.nanoTime();
				diary.writeEntry(entry(when), false);
				long end = System.nanoTime();
				if (i >= 0) {
					practiceNanos.add(between - start);
					diaryNanos.add(end - between);
				}
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return List.of(percentiles("log a practice, one client at a time (audited)", practiceNanos),
				percentiles("write a diary entry, one client at a time (audited)", diaryNanos));
	}

	private static NewDiaryEntry entry(LocalDateTime when) {
		return new NewDiaryEntry(when, when.plusMinutes(10), "No reply to my message all evening",
				"They are pulling away", Map.of(Feeling.FEAR, 70, Feeling.WORRY, 40), null, Set.of(), Set.of(),
				Set.of(), "Paced breathing", "Calmer", DiaryRelationship.PARTNER);
	}

	private static String thisWeek(ConfigurableApplicationContext app, HarborUser person) {
		MyPracticeService practice = app.getBean(MyPracticeService.class);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
		try {
			for (int i = 0; i < WARM_UP; i++) {
				practice.thisWeek();
			}
			List<Long> nanos = new ArrayList<>();
			for (int i = 0; i < ROUNDS; i++) {
				long start = System.nanoTime();
				practice.thisWeek();
				nanos.add(System.nanoTime() - start);
			}
			return percentiles(
					"\"This week\" for a client with five years of daily practice and a year of a second plan"
							+ " (audited)",
					nanos);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static long count(JdbcTemplate jdbc, String table) {
		Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
		return count == null ? 0 : count;
	}

	private static String percentiles(String operation, java.util.Collection<Long> samples) {
		long[] nanos = samples.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(nanos);
		return String.format(Locale.ROOT, "PostgreSQL 17 | %s | median %.2f ms | p95 %.2f ms | max %.2f ms | %d calls",
				operation, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6,
				nanos[nanos.length - 1] / 1e6, nanos.length);
	}

}
