package dev.harbor.e2e;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged production jar, started for a journey in the demo profile with an empty data folder
 * as the image starts it ({@link ImageLikeStart}), or an already running Harbor when
 * {@code harbor.e2e.baseUrl} is set.
 */
final class HarborServer implements AutoCloseable {

	private static final Duration START_LIMIT = Duration.ofMinutes(2);

	private final String baseUrl;

	private final String managementUrl;

	private final Process process;

	private final Path log;

	private int port;

	private int managementPort;

	private HarborServer(String baseUrl, String managementUrl, Process process, Path log) {
		this.baseUrl = baseUrl;
		this.managementUrl = managementUrl;
		this.process = process;
		this.log = log;
	}

	static HarborServer start(String... extraArguments) throws IOException, InterruptedException {
		String running = System.getProperty("harbor.e2e.baseUrl");
		if (running != null && !running.isBlank()) {
			return new HarborServer(running.replaceAll("/$", ""),
					System.getProperty("harbor.e2e.managementUrl", "http://localhost:8081"), null, null);
		}
		return startOn(freePort(), freePort(), extraArguments);
	}

	/**
	 * The production jar on these ports (an instance restarted where it was, for the
	 * cluster journey).
	 */
	static HarborServer startOn(int port, int managementPort, String... extraArguments)
			throws IOException, InterruptedException {
		Path jar = Path.of(System.getProperty("harbor.e2e.jar", "target/harbor.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No production jar at " + jar + "; run ./mvnw -Pproduction,e2e verify");
		}
		Path dataDir = Files.createTempDirectory("harbor-e2e-data");
		Path log = Files.createTempFile(Path.of("target"), "e2e-server-" + port + "-", ".log");
		List<String> command = new ArrayList<>(ImageLikeStart.command(jar));
		command.addAll(List.of("--server.port=" + port, "--management.server.port=" + managementPort,
				"--spring.profiles.active=demo"));
		command.addAll(List.of(extraArguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("HARBOR_DATA_DIR", dataDir.toString());
		HarborServer server = new HarborServer("http://localhost:" + port, "http://127.0.0.1:" + managementPort,
				builder.start(), log);
		server.port = port;
		server.managementPort = managementPort;
		server.awaitSignInPage(log);
		return server;
	}

	int port() {
		return port;
	}

	int managementPort() {
		return managementPort;
	}

	/** {@code kill -9}: no shutdown hook, no last request finished. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	/**
	 * SIGTERM, as an operator's stop: readiness goes down, the requests it has finish,
	 * then it exits.
	 */
	void stopGracefully() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
			throw new IllegalStateException("Harbor did not stop within a minute of SIGTERM");
		}
	}

	String url(String path) {
		return baseUrl + "/" + path;
	}

	/** An address on the management port (health, metrics). */
	String managementUrl(String path) {
		return managementUrl + "/" + path;
	}

	/** What the server wrote so far; only for a jar this class started. */
	String logText() throws IOException {
		if (log == null) {
			throw new IllegalStateException("The log of a Harbor started elsewhere is not at hand");
		}
		return Files.readString(log);
	}

	private void awaitSignInPage(Path log) throws InterruptedException, IOException {
		awaitPage(url("login"), process, log, START_LIMIT, "Harbor");
	}

	/**
	 * Waits until the address answers 200, failing with the process's log if it stops or
	 * the limit passes first.
	 */
	static void awaitPage(String address, Process process, Path log, Duration limit, String what)
			throws InterruptedException, IOException {
		Instant deadline = Instant.now().plus(limit);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(what + " stopped while starting:\n" + Files.readString(log));
			}
			try {
				HttpURLConnection connection = (HttpURLConnection) URI.create(address).toURL().openConnection();
				if (connection.getResponseCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// Still starting.
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException(what + " did not answer " + address + " within " + limit + ":\n"
				+ Files.readString(log));
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process != null) {
			process.destroy();
			if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

}
