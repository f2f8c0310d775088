package dev.harbor.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two production jars on one PostgreSQL (Debian's) behind HAProxy with
 * {@code docker/haproxy.cfg}, all on loopback.
 * <ol>
 * <li>A client writes in her portal through the proxy; the instance serving her is killed
 * with {@code kill -9} the moment she presses Save. Afterwards every entry whose save
 * returned is in the database, no entry is half-written, her browser is led to sign in
 * again and carries on on the other instance, and the draft she had been writing
 * elsewhere is still there.</li>
 * <li>A rolling restart (one instance stopped gracefully and started again, then the
 * other) under a small steady load of requests that belong to no session: none is
 * dropped. The counts are printed.</li>
 * <li>The same scripted load of new visits (the sign-in page and Vaadin's first round
 * trip, which builds its UI on the server) against one instance directly and against the
 * two through the proxy, one after the other in this run: visits a second and the p95 of
 * the round trip for each, and their ratio, are printed for docs/performance.md.</li>
 * </ol>
 */
class ClusterJourney {

	private static final String DATABASE = "harbor";

	private static final String JUNIPER = "juniper.hale@harbor.example";

	private static final String PASSWORD = "harbor-demo-2026";

	/** The steady load: this many loops, each a request every {@link #PAUSE}. */
	private static final int LOAD_THREADS = 4;

	private static final Duration PAUSE = Duration.ofMillis(50);

	/** The load ends by this, whatever happens. */
	private static final Duration LOAD_LIMIT = Duration.ofMinutes(4);

	@Test
	void a_killed_instance_loses_nothing_saved_and_a_rolling_restart_drops_no_request() throws Exception {
		try (DebianPostgres postgres = DebianPostgres.start()) {
			postgres.createDatabase(DATABASE);
			Map<String, String> libpq = postgres.clientEnvironment(DATABASE);
			String[] onPostgres = { "--spring.datasource.url=" + postgres.jdbcUrl(DATABASE),
					"--spring.datasource.username=" + DebianPostgres.USER, "--spring.datasource.password=",
					"--harbor.two-step.secret-key=cluster-journey-key-of-at-least-32-characters" };
			List<HarborServer> instances = new ArrayList<>();
			// One after the other: the first migrates and seeds the demo practice.
			instances.add(HarborServer.start(onPostgres));
			instances.add(HarborServer.start(onPostgres));
			try (LoopbackProxy proxy = LoopbackProxy.start(instances); Browser browser = new Browser()) {
				int killed = killMidSave(proxy, browser, instances, postgres, libpq);
				instances.set(killed, HarborServer.startOn(instances.get(killed).port(),
						instances.get(killed).managementPort(), onPostgres));
				rollingRestart(proxy, instances, onPostgres);
				throughput(proxy, instances.getFirst());
			}
			finally {
				for (HarborServer instance : instances) {
					instance.close();
				}
			}
		}
	}

	/** @return which instance was killed */
	private static int killMidSave(LoopbackProxy proxy, Browser browser, List<HarborServer> instances,
			DebianPostgres postgres, Map<String, String> libpq) throws Exception {
		Page phone = browser.newPage(390, 844);
		phone.navigate(proxy.url("login"));
		MainJourney.signIn(phone, JUNIPER, PASSWORD);
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This week"))).isVisible();

		// A draft in the experience log, kept while she types.
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("What happened").setExact(true)).click();
		phone.getByLabel("What you feared would happen").fill("Draft before the crash: she will think I am too much");
		awaitRows(postgres, libpq, "select count(*) from entry_draft_field where text like 'Draft before the crash%'",
				1);

		// One entry saved and answered.
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Diary").setExact(true)).click();
		phone.getByLabel("What happened").fill("Saved before the crash: Sam was quiet at dinner.");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this entry")).click();
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("What I wrote")))
			.isVisible();

		// The next one: Save, and the instance serving her dies that moment.
		int serving = servingInstance(phone);
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Diary").setExact(true)).click();
		phone.getByLabel("What happened").fill("Being saved at the crash: a long evening without a reply.");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this entry")).click();
		instances.get(serving).kill();

		// Her browser is led to sign in again, and she goes on, on the other instance.
		assertThat(phone.locator("input[name='username']")).isVisible(
				new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		MainJourney.signIn(phone, JUNIPER, PASSWORD);
		// Back where she was when the server went: the diary.
		assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this entry")))
			.isVisible();
		assertThat(servingInstance(phone)).isNotEqualTo(serving);
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("What happened").setExact(true)).click();
		assertThat(phone.getByLabel("What you feared would happen"))
			.hasValue("Draft before the crash: she will think I am too much");
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Diary").setExact(true)).click();
		phone.getByLabel("What happened").fill("Saved after the crash: we talked it through.");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this entry")).click();
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("What I wrote")))
			.isVisible();

		// Every save that returned is there; the one cut off is there whole or not at all.
		assertThat(count(postgres, libpq, "select count(*) from diary_entry where situation like 'Saved %'"))
			.isEqualTo(2);
		int cutOff = count(postgres, libpq,
				"select count(*) from diary_entry where situation = 'Being saved at the crash: a long evening without a reply.'");
		assertThat(cutOff).isLessThanOrEqualTo(1);
		assertThat(count(postgres, libpq, """
				select count(*) from diary_entry where situation like 'Being saved%'
				and (entered_at is null or relationship is null or version is null)"""))
			.isZero();
		System.out.printf("kill -9 mid-save: instance app%d killed; the entry being saved %s%n", serving + 1,
				cutOff == 1 ? "had committed and is there whole" : "had not committed and is not there");
		return serving;
	}

	/**
	 * Stops each instance gracefully and starts it again, one after the other, while a
	 * steady load of session-less requests goes through the proxy.
	 */
	private static void rollingRestart(LoopbackProxy proxy, List<HarborServer> instances, String[] onPostgres)
			throws Exception {
		awaitBothUp(proxy);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger answered = new AtomicInteger();
		ConcurrentLinkedQueue<String> dropped = new ConcurrentLinkedQueue<>();
		Instant limit = Instant.now().plus(LOAD_LIMIT);
		ExecutorService load = Executors.newFixedThreadPool(LOAD_THREADS);
		List<Future<?>> loops = new ArrayList<>();
		for (int i = 0; i < LOAD_THREADS; i++) {
			loops.add(load.submit(() -> {
				while (running.get() && Instant.now().isBefore(limit)) {
					try {
						HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(proxy.url("login")))
							.timeout(Duration.ofSeconds(20))
							.build(), HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() == 200) {
							answered.incrementAndGet();
						}
						else {
							dropped.add("HTTP " + response.statusCode());
						}
					}
					catch (IOException failed) {
						dropped.add(failed.getClass().getSimpleName());
					}
					Thread.sleep(PAUSE);
				}
				return null;
			}));
		}
		Instant start = Instant.now();
		Thread.sleep(3_000);
		for (int i = 0; i < instances.size(); i++) {
			HarborServer old = instances.get(i);
			old.stopGracefully();
			instances.set(i, HarborServer.startOn(old.port(), old.managementPort(), onPostgres));
			awaitBothUp(proxy);
		}
		Thread.sleep(3_000);
		running.set(false);
		for (Future<?> loop : loops) {
			loop.get();
		}
		load.shutdown();
		Duration took = Duration.between(start, Instant.now());
		System.out.printf("Rolling restart of 2 instances under load: %d requests answered, %d dropped, in %d s"
				+ " (%d loops, one request each %d ms)%n", answered.get(), dropped.size(), took.toSeconds(),
				LOAD_THREADS, PAUSE.toMillis());
		assertThat(Instant.now()).as("the load ran out of time before the restart ended").isBefore(limit);
		assertThat(dropped).as("requests dropped during the rolling restart").isEmpty();
		assertThat(answered.get()).isGreaterThan(100);
	}

	/** How long each side of the comparison is loaded, after a warm-up as long. */
	private static final Duration MEASURED = Duration.ofSeconds(10);

	/**
	 * One instance against two behind the proxy, for the same closed-loop load of new
	 * visits: each a fresh browser's GET of the sign-in page and its Vaadin init request.
	 */
	private static void throughput(LoopbackProxy proxy, HarborServer alone) throws Exception {
		Visits one = visits(alone.url(""));
		Visits two = visits(proxy.url(""));
		System.out.printf("Throughput, %d loops without pause, %d s each: one instance %.1f visits/s (p95 of the"
				+ " Vaadin round trip %.0f ms), two behind HAProxy %.1f visits/s (p95 %.0f ms); ratio two/one %.2f;"
				+ " errors %d and %d%n", LOAD_THREADS, MEASURED.toSeconds(), one.perSecond(), one.p95Millis(),
				two.perSecond(), two.p95Millis(), two.perSecond() / one.perSecond(), one.errors(), two.errors());
		assertThat(one.errors() + two.errors()).isZero();
	}

	record Visits(double perSecond, double p95Millis, int errors) {
	}

	private static Visits visits(String base) throws Exception {
		visitFor(base, MEASURED);
		return visitFor(base, MEASURED);
	}

	private static Visits visitFor(String base, Duration span) throws Exception {
		ConcurrentLinkedQueue<Long> roundTrips = new ConcurrentLinkedQueue<>();
		AtomicInteger errors = new AtomicInteger();
		Instant end = Instant.now().plus(span);
		ExecutorService load = Executors.newFixedThreadPool(LOAD_THREADS);
		List<Future<?>> loops = new ArrayList<>();
		for (int i = 0; i < LOAD_THREADS; i++) {
			loops.add(load.submit(() -> {
				while (Instant.now().isBefore(end)) {
					// A fresh browser: its own cookies, so the proxy may pick either instance.
					HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
					try {
						HttpResponse<Void> page = browser.send(HttpRequest.newBuilder(URI.create(base + "login")).build(),
								HttpResponse.BodyHandlers.discarding());
						long start = System.nanoTime();
						HttpResponse<String> init = browser.send(HttpRequest
							.newBuilder(URI.create(base + "?v-r=init&location=login&query=&v-tzid=UTC&v-wn=load"))
							.build(), HttpResponse.BodyHandlers.ofString());
						long took = System.nanoTime() - start;
						if (page.statusCode() == 200 && init.statusCode() == 200 && init.body().contains("uiId")) {
							roundTrips.add(took);
						}
						else {
							errors.incrementAndGet();
						}
					}
					catch (IOException failed) {
						errors.incrementAndGet();
					}
					finally {
						browser.close();
					}
				}
				return null;
			}));
		}
		for (Future<?> loop : loops) {
			loop.get();
		}
		load.shutdown();
		List<Long> sorted = roundTrips.stream().sorted().toList();
		double p95 = sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
		return new Visits(sorted.size() / (double) span.toSeconds(), p95, errors.get());
	}

	/** Both instances answer through the proxy: a fresh browser lands on each in turn. */
	private static void awaitBothUp(LoopbackProxy proxy) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plusSeconds(60);
		java.util.Set<String> seen = new java.util.HashSet<>();
		while (seen.size() < 2 && Instant.now().isBefore(deadline)) {
			HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(proxy.url("login"))).build(),
					HttpResponse.BodyHandlers.discarding());
			response.headers()
				.allValues("set-cookie")
				.stream()
				.filter(cookie -> cookie.startsWith("HARBOR_INSTANCE="))
				.forEach(cookie -> seen.add(cookie.substring(0, cookie.indexOf(';'))));
			Thread.sleep(200);
		}
		if (seen.size() < 2) {
			throw new IllegalStateException("The proxy did not send to both instances within 60 s: " + seen);
		}
	}

	/** Which instance the proxy's cookie names for this browser: 0 for app1, 1 for app2. */
	private static int servingInstance(Page page) {
		return page.context()
			.cookies()
			.stream()
			.filter(cookie -> cookie.name.equals("HARBOR_INSTANCE"))
			.map((Cookie cookie) -> Integer.parseInt(cookie.value.substring("app".length())) - 1)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No HARBOR_INSTANCE cookie: is the proxy sticky?"));
	}

	private static void awaitRows(DebianPostgres postgres, Map<String, String> libpq, String query, int rows)
			throws Exception {
		Instant deadline = Instant.now().plusSeconds(15);
		while (count(postgres, libpq, query) < rows) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("Not in the database within 15 s: " + query);
			}
			Thread.sleep(200);
		}
	}

	private static int count(DebianPostgres postgres, Map<String, String> libpq, String query) throws Exception {
		return Integer.parseInt(postgres.run(List.of("psql", "-X", "-A", "-t", "-c", query), libpq).strip());
	}

}
