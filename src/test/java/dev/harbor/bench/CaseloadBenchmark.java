package dev.harbor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import java.util.stream.StreamSupport;
import java.util.function.IntSupplier;

import dev.harbor.client.AttachmentLabel;
import dev.harbor.client.CaseloadFilter;
import dev.harbor.client.ClientService;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.diary.DiaryFilter;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.Need;
import dev.harbor.homework.HomeworkService;
import dev.harbor.report.BatchPrinting;
import dev.harbor.report.BatchResult;
import dev.harbor.report.Paper;
import dev.harbor.report.ReportService;
import dev.harbor.report.SummaryRequest;
import dev.harbor.security.HarborUser;
import dev.harbor.security.Role;
import dev.harbor.testsupport.EmbeddedPostgres;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Times the caseload and its homework on a synthetic practice of 5,000 clients (300 on
 * one caseload, with five years of homework: about 400,000 practices; one client with a
 * year of 2,000 diary entries and 300 corrective experiences), through the real services
 * with security and audit, on H2 and on PostgreSQL. Warm-up rounds first; then prints
 * median and p95 per operation. Run with {@code ./mvnw -Pbench test-compile exec:java};
 * see docs/performance.md.
 */
public final class CaseloadBenchmark {

	private static final int CLIENTS = 5_000;

	private static final int CASELOAD = 300;

	private static final int WARM_UP = 200;

	private static final int ROUNDS = 500;

	private static final int PAGE = 50;

	private static final int DIARY_ENTRIES = 2_000;

	private static final int EXPERIENCES = 300;

	private CaseloadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path h2 = Path.of("target", "bench", "h2");
		Files.createDirectories(h2.getParent());
		deleteDirectory(h2);
		List<String> report = new ArrayList<>();
		report.addAll(run("H2", "jdbc:h2:file:" + h2.toAbsolutePath() + "/harbor", "sa", ""));
		report
			.addAll(run("PostgreSQL 17", EmbeddedPostgres.freshDatabase("harbor_bench") + "&reWriteBatchedInserts=true",
					"postgres", "postgres"));
		System.out.println();
		report.forEach(System.out::println);
		System.exit(0);
	}

	private static List<String> run(String name, String url, String user, String password) {
		try (ConfigurableApplicationContext app = BenchApplication.start(url, user, password, Map.of())) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			String hash = app.getBean(PasswordEncoder.class).encode("benchmark-password");
			long started = System.nanoTime();
			PracticeGenerator.Practice practice = new PracticeGenerator(jdbc, 42, app.getBean(Clock.class).instant())
				.generate(20, CLIENTS, CASELOAD, hash);
			double generation = (System.nanoTime() - started) / 1e9;
			SecurityContextHolder.getContext()
				.setAuthentication(signedIn(HarborUser.of(practice.clinicianIds().getFirst(),
						"clinician0@bench.example", "Clinician 0", Role.CLINICIAN)));
			started = System.nanoTime();
			LocalDate today = LocalDate.ofInstant(app.getBean(Clock.class).instant(), ZoneOffset.UTC);
			int practices = new HomeworkGenerator(jdbc, today).generate(practice.focusCaseload(),
					practice.clinicianIds().getFirst());
			double homeworkGeneration = (System.nanoTime() - started) / 1e9;
			long diaryClient = practice.focusCaseload().getFirst();
			new DiaryGenerator(jdbc, today).generate(diaryClient, practice.clinicianIds().getFirst(), DIARY_ENTRIES,
					EXPERIENCES);
			// Fresh statistics, as autovacuum would gather after a bulk load.
			jdbc.execute("analyze");
			ClientService clients = app.getBean(ClientService.class);
			HomeworkService homework = app.getBean(HomeworkService.class);
			Random random = new Random(7);
			List<String> lines = new ArrayList<>();
			lines.add(String.format(Locale.ROOT, "%s: generated %,d clients, %,d positions, %,d goals in %.2f s", name,
					practice.clients(), practice.positions(), practice.goals(), generation));
			lines.add(String.format(Locale.ROOT, "%s: generated %,d homework practices for %,d clients in %.2f s", name,
					practices, CASELOAD, homeworkGeneration));
			lines.add(time(name, "caseload page (50 of 300, by name)", i -> clients.myCaseload(CaseloadFilter.ALL,
					PageRequest.of(random.nextInt(CASELOAD / PAGE), PAGE, Sort.by("displayName")))));
			lines.add(time(name, "caseload page filtered (text + label)",
					i -> clients.myCaseload(new CaseloadFilter("a", null, AttachmentLabel.ANXIOUS),
							PageRequest.of(0, PAGE, Sort.by(Sort.Direction.DESC, "lastActivityAt")))));
			lines.add(time(name, "open a client (profile, history, goals; audited)",
					i -> clients.openClient(practice.focusCaseload().get(random.nextInt(CASELOAD)))));
			lines.add(time(name, "dashboard homework panel (300 clients, 600 plans; audited)",
					i -> homework.myHomeworkToFollowUp(6)));
			lines.add(time(name, "a client's Homework tab (5 years of practice; audited)",
					i -> homework.clientHomework(practice.focusCaseload().get(random.nextInt(CASELOAD)), today)));
			DiaryService diary = app.getBean(DiaryService.class);
			CorrectiveExperienceService experiences = app.getBean(CorrectiveExperienceService.class);
			lines.add(time(name, "open the Diary tab: first 50 of 2,000 entries (audited)",
					i -> diary.diary(diaryClient, DiaryFilter.ALL, PageRequest.of(0, 50))));
			lines.add(time(name, "Diary tab filtered by a need, first 50",
					i -> diary.diary(diaryClient, DiaryFilter.ALL.withNeed(Need.SECURITY), PageRequest.of(0, 50))));
			lines.add(time(name, "a year of diary patterns (2,000 entries; audited)",
					i -> diary.patterns(diaryClient, today.minusYears(1), today)));
			lines.add(time(name, "a year of experience patterns (300 experiences; audited)",
					i -> experiences.patterns(diaryClient, today.minusYears(1), today)));
			ReportService reports = app.getBean(ReportService.class);
			SummaryRequest year = new SummaryRequest(today.minusYears(1), today, Paper.A4, false);
			lines.add(time(name, "one summary PDF: a year of homework, 2,000 diary entries, 300 experiences (audited)",
					i -> reports.clientSummary(diaryClient, year, Locale.ENGLISH)));
			lines.add(allocation(name, "one summary PDF",
					() -> reports.clientSummary(diaryClient, year, Locale.ENGLISH).content().length));
			lines.add(pages(name, reports.clientSummary(diaryClient, year, Locale.ENGLISH).content()));
			BatchPrinting batches = app.getBean(BatchPrinting.class);
			List<BatchPrinting.Item> thirty = practice.focusCaseload()
				.subList(0, 30)
				.stream()
				.map(id -> new BatchPrinting.Item(id, "client " + id))
				.toList();
			lines.add(batch(name, batches, thirty, year));
			SecurityContextHolder.clearContext();
			return lines;
		}
	}

	private static String time(String database, String operation, IntConsumer call) {
		for (int i = 0; i < WARM_UP; i++) {
			call.accept(i);
		}
		long[] nanos = new long[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			long start = System.nanoTime();
			call.accept(i);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return String.format(Locale.ROOT, "%s | %s | median %.2f ms | p95 %.2f ms | %d rounds", database, operation,
				nanos[ROUNDS / 2] / 1e6, nanos[(int) (ROUNDS * 0.95)] / 1e6, ROUNDS);
	}

	/**
	 * A batch of summaries into one PDF, start to finish: 2 warm-up batches, then 10
	 * timed.
	 */
	private static String batch(String database, BatchPrinting batches, List<BatchPrinting.Item> items,
			SummaryRequest request) {
		long[] nanos = new long[10];
		int pages = 0;
		for (int round = -2; round < nanos.length; round++) {
			CompletableFuture<BatchResult> finished = new CompletableFuture<>();
			long start = System.nanoTime();
			batches.start(items, request, Locale.ENGLISH, new BatchPrinting.Listener() {
				@Override
				public void progress(int done, int total) {
				}

				@Override
				public void finished(BatchResult result) {
					finished.complete(result);
				}
			});
			BatchResult result = finished.join();
			if (round >= 0) {
				nanos[round] = System.nanoTime() - start;
			}
			pages = result.printed();
		}
		Arrays.sort(nanos);
		return String.format(Locale.ROOT,
				"%s | batch of %d summaries into one PDF | median %.2f s | max %.2f s | %d rounds", database, pages,
				nanos[nanos.length / 2] / 1e9, nanos[nanos.length - 1] / 1e9, nanos.length);
	}

	/** Memory one call allocates (median of 20), and the size of what it returns. */
	private static String allocation(String database, String operation, IntSupplier call) {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long[] bytes = new long[20];
		int size = 0;
		for (int i = 0; i < bytes.length; i++) {
			long before = threads.getCurrentThreadAllocatedBytes();
			size = call.getAsInt();
			bytes[i] = threads.getCurrentThreadAllocatedBytes() - before;
		}
		Arrays.sort(bytes);
		return String.format(Locale.ROOT, "%s | %s | allocates %.1f MB per call | result %,d bytes", database,
				operation, bytes[bytes.length / 2] / 1e6, size);
	}

	private static String pages(String database, byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return String
				.format(Locale.ROOT, "%s | the summary timed above | %d pages, %,d bytes, fonts %s", database,
						document.getNumberOfPages(), pdf.length,
						StreamSupport.stream(document.getPages().spliterator(), false)
							.flatMap(page -> StreamSupport
								.stream(page.getResources().getFontNames().spliterator(), false)
								.map(fontName -> {
									try {
										return page.getResources().getFont(fontName).getName();
									}
									catch (IOException unreadable) {
										throw new UncheckedIOException(unreadable);
									}
								}))
							.distinct()
							.toList());
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	private static UsernamePasswordAuthenticationToken signedIn(HarborUser user) {
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	private static void deleteDirectory(Path directory) throws java.io.IOException {
		if (Files.exists(directory)) {
			try (var paths = Files.walk(directory)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

}
