package dev.harbor.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many clinicians at once against the production jar, spoken to at the protocol level
 * ({@link FlowClient}), not with a browser each: on the demo practice (H2) and on the big
 * practice of ten years on PostgreSQL ({@link BigPracticeDatabase}, made on first use).
 * <p>
 * The journey: sign in, dashboard, caseload, open a client, the client's diary, the
 * diary's next page, the client's homework. Phases, chosen with {@code -Dbench.phases}
 * (all by default):
 * <ul>
 * <li>{@code alone}: one clinician at a time, no pause, on the demo and on the big
 * practice: median and p95 per step, and the ratio big/demo;</li>
 * <li>{@code load}: N clinicians ({@code -Dbench.users}, default 50,100), each pausing 2
 * to 8 s between actions, for {@code -Dbench.seconds} (default 150) after a 30 s warm-up:
 * median, p95, p99 per step and overall;</li>
 * <li>{@code saturation}: no pause, 1, 2, 4, 8, 16 clinicians for 20 s each, until the
 * p95 passes 50 ms;</li>
 * <li>{@code heap}: 1, 10 and 30 open client pages, each a signed-in clinician of its
 * own; live heap after a full collection ({@code jcmd GC.class_histogram}) and its slope
 * per page.</li>
 * </ul>
 * Loopback only; every phase is bounded in clinicians and time. Needs
 * {@code target/harbor.jar} ({@code ./mvnw -Pproduction package -DskipTests}). With
 * {@code -Dbench.before=path/to/other.jar} the same run then measures that build too (one
 * clinician, the largest load, heap) on the same practice, for a side-by-side comparison.
 */
public final class ClinicianLoadBenchmark {

	static final Path JAR = Path.of("target", "harbor.jar");

	private static final String DEMO_EMAIL = "maya.okafor@harbor.example";

	private static final String DEMO_PASSWORD = "harbor-demo-2026";

	private static final List<String> STEPS = List.of("sign in", "bootstrap", "dashboard", "caseload", "client",
			"diary part", "diary next page", "homework part");

	private ClinicianLoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (!Files.isRegularFile(JAR)) {
			throw new IllegalStateException("No production jar: run ./mvnw -Pproduction package -DskipTests first");
		}
		List<String> phases = List.of(System.getProperty("bench.phases", "alone,load,saturation,heap").split(","));
		List<String> report = new ArrayList<>();
		Map<String, Double> demoMedians = Map.of();
		if (phases.contains("alone")) {
			try (Server demo = Server.start("demo", List.of("--spring.profiles.active=demo"))) {
				// A fresh server's JIT is still at work; warm it before anything is
				// timed.
				alone(demo, DEMO_EMAIL, DEMO_PASSWORD, new ArrayList<>());
				report.add("Demo practice (H2), " + DEMO_EMAIL + ", 4 clients, one clinician at a time:");
				demoMedians = alone(demo, DEMO_EMAIL, DEMO_PASSWORD, report);
			}
		}
		try (BigPracticeDatabase database = BigPracticeDatabase.open(BigPracticeGenerator.Scale.TEN_YEARS,
				Instant.now(), ClinicianLoadBenchmark::seedDemo);
				Server big = Server.start("big", List.of("--spring.datasource.url=" + database.jdbcUrl(),
						"--spring.datasource.username=postgres", "--spring.datasource.password=postgres"))) {
			if (phases.contains("alone")) {
				alone(big, email(2), BigPracticeDatabase.PASSWORD, new ArrayList<>());
				for (int clinician : new int[] { -1, 1, 0 }) {
					String email = clinician < 0 ? DEMO_EMAIL : email(clinician);
					report.add("Big practice (PostgreSQL 17), " + email + ", "
							+ (clinician < 0 ? "the demo's 4 clients: the same clinician's view"
									: clinician == 0 ? "300 clients" : "a typical caseload of about 95")
							+ ", one clinician at a time:");
					Map<String, Double> big2 = alone(big, email, BigPracticeDatabase.PASSWORD, report);
					if (!demoMedians.isEmpty()) {
						StringBuilder ratios = new StringBuilder("  big / demo, medians:");
						for (String step : STEPS) {
							if (demoMedians.containsKey(step) && big2.containsKey(step)) {
								ratios.append(String.format(Locale.ROOT, " %s %.2f;", step,
										big2.get(step) / demoMedians.get(step)));
							}
						}
						report.add(ratios.toString());
					}
				}
			}
			if (phases.contains("plans")) {
				report.add(plans(big, database));
			}
			if (phases.contains("load")) {
				int seconds = Integer.getInteger("bench.seconds", 150);
				for (String users : System.getProperty("bench.users", "50,100").split(",")) {
					report.addAll(watched(database, "load-" + users.trim(),
							() -> load(big, Integer.parseInt(users.trim()), 2_000, 8_000, 30, seconds)));
				}
			}
			if (phases.contains("saturation")) {
				report.add("Saturation, no pause between actions (20 s each, after 5 s warm-up):");
				for (int users = 1; users <= 16; users *= 2) {
					List<String> lines = load(big, users, 0, 0, 5, 20);
					report.add(lines.getLast());
					if (lastP95 > 50) {
						report.add(String.format(Locale.ROOT, "  p95 passes 50 ms at %d clinicians", users));
						break;
					}
				}
			}
			if (phases.contains("heap")) {
				report.addAll(heap(big));
			}
			String before = System.getProperty("bench.before");
			if (before != null) {
				// Another build on the same practice, right after, on the same machine:
				// the
				// side-by-side comparison issue 15 asks for where the machine is noisy.
				big.close();
				report.add("");
				report.add("BEFORE: " + before + ", same practice, same run:");
				List<String> beforeSettings = new ArrayList<>(List.of("--spring.datasource.url=" + database.jdbcUrl(),
						"--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
				// With -Dbench.beforeArgs="--a=b --c=d" the second build starts with
				// settings of its own: the same jar with one setting changed, say.
				String beforeArgs = System.getProperty("bench.beforeArgs", "").trim();
				if (!beforeArgs.isEmpty()) {
					beforeSettings.addAll(List.of(beforeArgs.split("\\s+")));
					report.add("  with " + beforeArgs);
				}
				try (Server old = Server.start("before", Path.of(before), beforeSettings)) {
					if (phases.contains("alone")) {
						alone(old, email(2), BigPracticeDatabase.PASSWORD, new ArrayList<>());
						report.add("Big practice, " + DEMO_EMAIL + ", one clinician at a time:");
						alone(old, DEMO_EMAIL, BigPracticeDatabase.PASSWORD, report);
						report.add("Big practice, clinician1@bench.example, one clinician at a time:");
						alone(old, email(1), BigPracticeDatabase.PASSWORD, report);
					}
					if (phases.contains("load")) {
						String[] users = System.getProperty("bench.users", "50,100").split(",");
						String largest = users[users.length - 1].trim();
						report.addAll(
								watched(database, "before-load-" + largest, () -> load(old, Integer.parseInt(largest),
										2_000, 8_000, 30, Integer.getInteger("bench.seconds", 150))));
					}
					if (phases.contains("heap")) {
						report.addAll(heap(old));
					}
				}
			}
		}
		System.out.println();
		report.forEach(System.out::println);
		System.exit(0);
	}

	private static volatile double lastP95;

	static String email(int clinician) {
		return "clinician" + clinician + "@bench.example";
	}

	/**
	 * The demo practice, seeded by the application itself (demo profile) into the empty
	 * database at this URL; it is seeded by the time the sign-in page answers.
	 */
	static void seedDemo(String jdbcUrl) throws Exception {
		Server.start("seed-demo", List.of("--spring.profiles.active=demo", "--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres"))
			.close();
	}

	/** One clinician, journeys back to back: 20 to warm up, 60 timed. */

	private static Map<String, Double> alone(Server server, String email, String password, List<String> report)
			throws Exception {
		Timings timings = new Timings();
		Random random = new Random(1);
		for (int round = 0; round < 80; round++) {
			Timings into = round < 20 ? new Timings() : timings;
			FlowClient client = server.client();
			into.add("sign in", client.signIn(email, password));
			into.add("bootstrap", client.bootstrap(""));
			journey(client, random, into, () -> {
			});
		}
		Map<String, Double> medians = new TreeMap<>();
		for (String step : STEPS) {
			long[] sorted = timings.sorted(step);
			if (sorted.length > 0) {
				medians.put(step, percentile(sorted, 50));
				report.add(String.format(Locale.ROOT, "  %-16s median %6.1f ms  p95 %6.1f ms  (%d)", step,
						percentile(sorted, 50), percentile(sorted, 95), sorted.length));
			}
		}
		return medians;
	}

	/**
	 * {@code users} clinicians, each on a thread of their own signing in once and then
	 * going round the journey, pausing between actions; round trips after the warm-up are
	 * counted.
	 */
	private static List<String> load(Server server, int users, int thinkMin, int thinkMax, int warmSeconds, int seconds)
			throws Exception {
		Timings timings = new Timings();
		AtomicLong errors = new AtomicLong();
		long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmSeconds);
		long until = warmUntil + TimeUnit.SECONDS.toNanos(seconds);
		Timings discard = new Timings();
		long serverCpuBefore = server.cpuNanos();
		long machineCpuBefore = machineCpuNanos();
		try (ExecutorService clinicians = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int u = 0; u < users; u++) {
				int user = u;
				clinicians.submit(() -> {
					Random random = new Random(user);
					Pause pause = () -> {
						if (thinkMax > 0) {
							Thread.sleep(thinkMin + random.nextInt(thinkMax - thinkMin + 1));
						}
					};
					try {
						// Arrivals spread over the first few seconds, not all at once.
						Thread.sleep(thinkMax > 0 ? random.nextInt(thinkMax) : 0);
						FlowClient client = server.client();
						client.signIn(email(user % 50), BigPracticeDatabase.PASSWORD);
						client.bootstrap("");
						while (System.nanoTime() < until) {
							try {
								journey(client, random, new Timings() {
									@Override
									void add(String step, long nanos) {
										(System.nanoTime() < warmUntil ? discard : timings).add(step, nanos);
									}
								}, pause);
							}
							catch (IllegalStateException ex) {
								errors.incrementAndGet();
								client = server.client();
								client.signIn(email(user % 50), BigPracticeDatabase.PASSWORD);
								client.bootstrap("");
							}
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
					return null;
				});
			}
		}
		long roundTrips = timings.all().length + discard.all().length;
		double serverCpu = (server.cpuNanos() - serverCpuBefore) / 1e6 / Math.max(1, roundTrips);
		double machineCpu = (machineCpuNanos() - machineCpuBefore) / 1e6 / Math.max(1, roundTrips);
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "%d clinicians, %s between actions, %d s counted:", users,
				thinkMax == 0 ? "no pause" : thinkMin / 1000 + " to " + thinkMax / 1000 + " s", seconds));
		for (String step : STEPS) {
			long[] sorted = timings.sorted(step);
			if (sorted.length > 0) {
				lines.add(String.format(Locale.ROOT, "  %-16s median %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d)", step,
						percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.length));
			}
		}
		long[] all = timings.all();
		lastP95 = percentile(all, 95);
		lines.add(String.format(Locale.ROOT,
				"  all round trips: %d clinicians  median %.1f ms  p95 %.1f ms  p99 %.1f ms  (%d, %.1f a second, %d errors)",
				users, percentile(all, 50), lastP95, percentile(all, 99), all.length, all.length / (double) seconds,
				errors.get()));
		lines.add(String.format(Locale.ROOT,
				"  CPU per round trip, warm-up included: Harbor's JVM %.1f ms, the whole machine %.1f ms"
						+ " (PostgreSQL, this harness and the rest)",
				serverCpu, machineCpu));
		return lines;
	}

	/**
	 * A load phase with PostgreSQL watching: its statements with the most time afterwards
	 * and, with {@code -Dbench.explainSlowerThan=ms}, the plans of the statements that
	 * took at least that long, copied to {@code target/bench/slow-plans-<label>.txt}.
	 */
	private static List<String> watched(BigPracticeDatabase database, String label, Callable<List<String>> phase)
			throws Exception {
		int slower = Integer.getInteger("bench.explainSlowerThan", -1);
		List<String> lines = new ArrayList<>();
		if (Boolean.getBoolean("bench.prewarm")) {
			long started = System.nanoTime();
			long megabytes = database.prewarm();
			lines.add(String.format(Locale.ROOT,
					"  (practice read into PostgreSQL's shared buffers first: %d MB in %d s)", megabytes,
					TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)));
		}
		database.resetStatistics();
		long logStart = Files.exists(database.log()) ? Files.size(database.log()) : 0;
		database.explainSlowerThan(slower);
		try {
			lines.addAll(phase.call());
		}
		finally {
			database.explainSlowerThan(-1);
		}
		lines.add("  PostgreSQL's statements with the most time in that run (pg_stat_statements):");
		lines.addAll(database.topStatements(8));
		if (slower >= 0) {
			Thread.sleep(500);
			byte[] log = Files.readAllBytes(database.log());
			Path plans = Path.of("target", "bench", "slow-plans-" + label + ".txt");
			Files.write(plans, Arrays.copyOfRange(log, (int) logStart, log.length));
			lines.add("  Plans of statements of " + slower + " ms or more: " + plans);
		}
		return lines;
	}

	/**
	 * One journey of a clinician with a typical caseload, every statement's plan with its
	 * actual rows and times written to PostgreSQL's log, a mark after each step; the
	 * plans are copied to {@code target/bench/plans.txt}.
	 */
	private static String plans(Server server, BigPracticeDatabase database) throws Exception {
		FlowClient client = server.client();
		client.signIn(email(1), BigPracticeDatabase.PASSWORD);
		client.bootstrap("");
		Random random = new Random(5);
		for (int warm = 0; warm < 5; warm++) {
			journey(client, random, new Timings(), () -> {
			});
		}
		long logStart = Files.exists(database.log()) ? Files.size(database.log()) : 0;
		database.explainSlowerThan(0);
		try {
			database.mark("start");
			journey(client, new Random(5), new Timings() {
				@Override
				void add(String step, long nanos) {
					try {
						database.mark("after " + step);
					}
					catch (java.sql.SQLException ex) {
						throw new IllegalStateException(ex);
					}
				}
			}, () -> {
			});
		}
		finally {
			database.explainSlowerThan(-1);
		}
		Thread.sleep(500);
		byte[] log = Files.readAllBytes(database.log());
		Path plans = Path.of("target", "bench", "plans.txt");
		Files.write(plans, Arrays.copyOfRange(log, (int) logStart, log.length));
		return "Plans of one journey (clinician1, every statement, EXPLAIN ANALYZE by auto_explain): " + plans;
	}

	/** What the clinician does, with a pause after each action. */
	private static void journey(FlowClient client, Random random, Timings timings, Pause pause) throws Exception {
		timings.add("dashboard", client.navigate("", ""));
		pause.now();
		timings.add("caseload", client.navigate("clients", ""));
		List<Long> clients = client.clientLinks();
		if (clients.isEmpty()) {
			throw new IllegalStateException("The caseload showed no client");
		}
		long id = clients.get(random.nextInt(clients.size()));
		pause.now();
		timings.add("client", client.navigate("clients/" + id, ""));
		pause.now();
		timings.add("diary part", client.navigate("clients/" + id, "tab=diary"));
		pause.now();
		if (client.gridSize() > 50) {
			timings.add("diary next page", client.gridRows(50, 50));
			pause.now();
		}
		timings.add("homework part", client.navigate("clients/" + id, "tab=homework"));
		pause.now();
	}

	/**
	 * Open client pages, each a clinician signed in on a session of their own; live heap
	 * after a full collection at 1, 10 and 30 of them.
	 */
	private static List<String> heap(Server server) throws Exception {
		List<FlowClient> open = new ArrayList<>();
		Map<Integer, Map<String, Long>> live = new TreeMap<>();
		live.put(0, server.histogram());
		Random random = new Random(3);
		for (int target : new int[] { 1, 10, 30 }) {
			while (open.size() < target) {
				FlowClient client = server.client();
				client.signIn(email(open.size() % 50), BigPracticeDatabase.PASSWORD);
				client.bootstrap("");
				client.navigate("clients", "");
				List<Long> clients = client.clientLinks();
				client.navigate("clients/" + clients.get(random.nextInt(clients.size())), "");
				open.add(client);
			}
			live.put(target, server.histogram());
		}
		List<String> lines = new ArrayList<>();
		lines.add("Live heap with open client pages (each its own signed-in clinician), after a full collection:");
		live.forEach((pages, bytes) -> lines
			.add(String.format(Locale.ROOT, "  %2d pages: %,d kB", pages, bytes.get("Total") / 1024)));
		lines.add(String.format(Locale.ROOT, "  per page: %.0f kB (1 to 10), %.0f kB (10 to 30), %.0f kB (1 to 30)",
				perPage(live, 1, 10, "Total"), perPage(live, 10, 30, "Total"), perPage(live, 1, 30, "Total")));
		lines.add("  what grows per page (10 to 30), largest first:");
		live.get(30)
			.keySet()
			.stream()
			.filter(type -> !type.equals("Total"))
			.sorted((a, b) -> Double.compare(perPage(live, 10, 30, b), perPage(live, 10, 30, a)))
			.limit(15)
			.forEach(type -> lines
				.add(String.format(Locale.ROOT, "    %6.1f kB  %s", perPage(live, 10, 30, type), type)));
		return lines;
	}

	private static double perPage(Map<Integer, Map<String, Long>> live, int from, int to, String type) {
		return (live.get(to).getOrDefault(type, 0L) - live.get(from).getOrDefault(type, 0L)) / (double) (to - from)
				/ 1024;
	}

	private static double percentile(long[] sorted, int percent) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

	@FunctionalInterface
	private interface Pause {

		void now() throws InterruptedException;

	}

	/** Round trips per step, from many threads. */
	private static class Timings {

		private final Map<String, List<Long>> steps = new ConcurrentHashMap<>();

		void add(String step, long nanos) {
			List<Long> list = steps.computeIfAbsent(step, name -> new ArrayList<>());
			synchronized (list) {
				list.add(nanos);
			}
		}

		long[] sorted(String step) {
			List<Long> list = steps.getOrDefault(step, List.of());
			synchronized (list) {
				return list.stream().mapToLong(Long::longValue).sorted().toArray();
			}
		}

		long[] all() {
			return steps.keySet()
				.stream()
				.filter(step -> !step.equals("sign in") && !step.equals("bootstrap"))
				.flatMapToLong(step -> Arrays.stream(sorted(step)))
				.sorted()
				.toArray();
		}

	}

	/**
	 * CPU time spent by every process of this machine so far, user and system, from
	 * {@code /proc/stat}; -1 where there is none.
	 */
	private static long machineCpuNanos() {
		try {
			String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
			// cpu user nice system idle iowait irq softirq steal: the busy ones, in ticks
			// of 1/100 s.
			long ticks = Long.parseLong(cpu[1]) + Long.parseLong(cpu[2]) + Long.parseLong(cpu[3])
					+ Long.parseLong(cpu[6]) + Long.parseLong(cpu[7]);
			return ticks * 10_000_000L;
		}
		catch (IOException | RuntimeException notLinux) {
			return -1;
		}
	}

	/** The production jar in a process of its own, on free loopback ports. */
	private static final class Server implements AutoCloseable {

		private final Process process;

		private final URI base;

		private final HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		private Server(Process process, URI base) {
			this.process = process;
			this.base = base;
		}

		/** The server JVM's CPU time so far, every thread, user and system. */
		long cpuNanos() {
			return process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
		}

		static Server start(String name, List<String> settings) throws Exception {
			return start(name, JAR, settings);
		}

		static Server start(String name, Path jar, List<String> settings) throws Exception {
			int port = freePort();
			Path data = Files.createTempDirectory("harbor-load-" + name);
			Path log = Path.of("target", "bench", "load-" + name + "-server.log");
			Files.createDirectories(log.getParent());
			List<String> command = new ArrayList<>(List.of(javaBinary()));
			if (Boolean.getBoolean("bench.jfr")) {
				// A CPU profile of the server for the whole run, to read with "jfr view".
				command.add("-XX:StartFlightRecording=filename=target/bench/load-" + name
						+ ".jfr,settings=profile,dumponexit=true");
			}
			command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
					"--management.server.port=" + freePort(), "--harbor.two-step.required-by-default=false"));
			command.addAll(settings);
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().put("HARBOR_DATA_DIR", data.toString());
			builder.environment().put("HARBOR_ADMIN_EMAIL", "office@bench.example");
			builder.environment().put("HARBOR_ADMIN_PASSWORD", "a-long-enough-password-here");
			Server server = new Server(builder.start(), URI.create("http://127.0.0.1:" + port + "/"));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
			while (true) {
				try {
					HttpResponse<Void> answer = server.http.send(
							HttpRequest.newBuilder(server.base.resolve("login")).GET().build(),
							HttpResponse.BodyHandlers.discarding());
					if (answer.statusCode() == 200) {
						return server;
					}
				}
				catch (IOException notYet) {
					// Not listening yet.
				}
				if (!server.process.isAlive() || System.nanoTime() > deadline) {
					throw new IllegalStateException("Harbor did not start; see " + log);
				}
				Thread.sleep(200);
			}
		}

		FlowClient client() {
			return new FlowClient(http, base);
		}

		/** Live heap in bytes: {@code jcmd GC.class_histogram} collects fully first. */
		long liveHeap() throws IOException, InterruptedException {
			return histogram().getOrDefault("Total", 0L);
		}

		/**
		 * Live bytes per class after a full collection, and their sum under "Total".
		 */
		Map<String, Long> histogram() throws IOException, InterruptedException {
			Path jcmd = Path.of(javaBinary()).resolveSibling("jcmd");
			Process histogram = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.class_histogram")
				.redirectErrorStream(true)
				.start();
			String output = new String(histogram.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			histogram.waitFor();
			Map<String, Long> bytes = new TreeMap<>();
			for (String line : output.strip().split("\n")) {
				String[] columns = line.trim().split("\\s+");
				if (columns.length >= 4 && columns[0].endsWith(":")) {
					bytes.merge(columns[3], Long.parseLong(columns[2]), Long::sum);
				}
				else if (columns.length >= 3 && columns[0].equals("Total")) {
					bytes.put("Total", Long.parseLong(columns[2]));
				}
			}
			if (!bytes.containsKey("Total")) {
				throw new IllegalStateException("No total in the class histogram");
			}
			return bytes;
		}

		@Override
		public void close() throws InterruptedException {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}

		private static int freePort() throws IOException {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
		}

		private static String javaBinary() {
			return ProcessHandle.current().info().command().orElse("java");
		}

	}

}
