package dev.harbor.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server from Debian's packages (what an operator runs, and what carries
 * pg_dump and pg_restore of the same version), in a folder of its own on a free loopback
 * port, for the operations journeys. {@code .ci/run} installs the package. As root, the
 * server runs as the {@code postgres} user, since PostgreSQL refuses to run as root.
 */
final class DebianPostgres implements AutoCloseable {

	static final String USER = "harbor";

	private final Path bin;

	private final Path data;

	private final int port;

	private DebianPostgres(Path bin, Path data, int port) {
		this.bin = bin;
		this.data = data;
		this.port = port;
	}

	static DebianPostgres start() throws IOException, InterruptedException {
		Path bin = newestServer();
		Path data = Files.createTempDirectory("harbor-pg");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		DebianPostgres server = new DebianPostgres(bin, data, port);
		if (asRoot()) {
			server.run(List.of("chown", "postgres:postgres", data.toString()), Map.of());
		}
		server.runAsServerUser(bin.resolve("initdb").toString(), "--pgdata=" + data, "--username=" + USER,
				"--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8");
		server.runAsServerUser(bin.resolve("pg_ctl").toString(), "--pgdata=" + data, "--wait", "--log=" + data + "/log",
				"--options=-p " + port + " -c listen_addresses=127.0.0.1 -k " + data, "start");
		return server;
	}

	/** A new empty database. */
	void createDatabase(String name) throws IOException, InterruptedException {
		client("createdb", name);
	}

	void dropDatabase(String name) throws IOException, InterruptedException {
		client("dropdb", "--force", name);
	}

	String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	/**
	 * The libpq variables the backup scripts read, for a database on this server; the
	 * server's client programs come first on the path.
	 */
	Map<String, String> clientEnvironment(String database) {
		Map<String, String> environment = new HashMap<>();
		environment.put("PGHOST", "127.0.0.1");
		environment.put("PGPORT", String.valueOf(port));
		environment.put("PGUSER", USER);
		environment.put("PGDATABASE", database);
		environment.put("PATH", bin + ":" + System.getenv("PATH"));
		return environment;
	}

	/** Runs a command with the client environment; its output, or a failure with it. */
	String run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
		}
		return output;
	}

	private void client(String program, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(bin.resolve(program).toString()));
		command.addAll(List.of(arguments));
		run(command, clientEnvironment("postgres"));
	}

	private void runAsServerUser(String... command) throws IOException, InterruptedException {
		List<String> full = new ArrayList<>();
		if (asRoot()) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(List.of(command));
		run(full, Map.of());
	}

	private static boolean asRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static Path newestServer() throws IOException {
		Path versions = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(versions)) {
			throw new IllegalStateException("No PostgreSQL server from Debian's packages; .ci/run installs 'postgresql'");
		}
		try (Stream<Path> installed = Files.list(versions)) {
			return installed.filter(version -> Files.isExecutable(version.resolve("bin/postgres")))
				.max(Comparator.comparingInt(version -> Integer.parseInt(version.getFileName().toString())))
				.map(version -> version.resolve("bin"))
				.orElseThrow(() -> new IllegalStateException("No PostgreSQL server under " + versions));
		}
	}

	@Override
	public void close() throws IOException, InterruptedException {
		runAsServerUser(bin.resolve("pg_ctl").toString(), "--pgdata=" + data, "--mode=fast", "--wait", "stop");
	}

}
