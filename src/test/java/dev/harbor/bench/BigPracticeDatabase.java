package dev.harbor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The big practice on its own PostgreSQL 17, kept between runs under
 * {@code target/bench/big-practice}: the first run makes the schema with the
 * application's migrations and fills it with {@link BigPracticeGenerator} (minutes); a
 * later run with the same scale and seed starts the server on the same files and reuses
 * it (seconds). {@code -Dbench.regenerate=true} makes it again. With the production jar
 * at hand, the demo practice is seeded into the empty schema first (through the
 * application itself), so that the demo's Maya has her four clients inside the big
 * practice: her pages there are the same clinician's view as on the demo.
 */
final class BigPracticeDatabase implements AutoCloseable {

	static final String DATABASE = "harbor_big";

	static final String PASSWORD = "benchmark-password";

	private static final long SEED = 15;

	private final EmbeddedPostgres server;

	private BigPracticeDatabase(EmbeddedPostgres server) {
		this.server = server;
	}

	/** Seeds the demo practice into the empty, migrated database at this URL. */
	interface DemoSeeding {

		void seed(String jdbcUrl) throws Exception;

	}

	static BigPracticeDatabase open(BigPracticeGenerator.Scale scale, Instant now, @Nullable DemoSeeding demo)
			throws Exception {
		Path home = Path.of("target", "bench", "big-practice").toAbsolutePath();
		Path data = home.resolve("pg");
		Path marker = home.resolve("made.txt");
		String wanted = scale + " seed " + SEED + (demo == null ? "" : " with the demo practice");
		boolean regenerate = Boolean.getBoolean("bench.regenerate") || !Files.isRegularFile(marker)
				|| !Files.readString(marker).startsWith(wanted + "\n");
		if (regenerate && Files.isDirectory(data)) {
			try (var files = Files.walk(data)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		Files.createDirectories(data);
		EmbeddedPostgres server = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			// -Dbench.sharedBuffers=4GB sizes the server for the whole practice
			// (PostgreSQL's usual quarter of memory); see prewarm().
			.setServerConfig("shared_buffers", System.getProperty("bench.sharedBuffers", "512MB"))
			.setServerConfig("max_wal_size", "4GB")
			.setServerConfig("max_connections", "200")
			// Plans and statement statistics for the harness, off until asked for.
			.setServerConfig("shared_preload_libraries", "auto_explain,pg_stat_statements")
			.setServerConfig("auto_explain.log_analyze", "on")
			.setServerConfig("auto_explain.log_buffers", "on")
			.setServerConfig("auto_explain.log_nested_statements", "on")
			.setServerConfig("logging_collector", "on")
			.setServerConfig("log_directory", home.resolve("log").toString())
			.setServerConfig("log_filename", "postgresql.log")
			.start();
		if (!regenerate) {
			String[] lines = Files.readString(marker).split("\n");
			System.out.println("Reusing the big practice made " + lines[1]);
			return new BigPracticeDatabase(server).withDemoPeopleOnTheBenchPassword();
		}
		try (Connection postgres = server.getPostgresDatabase().getConnection();
				Statement statement = postgres.createStatement()) {
			statement.execute("drop database if exists " + DATABASE);
			statement.execute("create database " + DATABASE);
		}
		String url = server.getJdbcUrl("postgres", DATABASE);
		Flyway.configure()
			.dataSource(url, "postgres", "postgres")
			.locations("classpath:db/migration", "classpath:db/vendor/postgresql")
			.load()
			.migrate();
		if (demo != null) {
			System.out.println("Seeding the demo practice first");
			demo.seed(url);
		}
		System.out.println("Generating the big practice: " + scale);
		BigPracticeGenerator.Made made;
		try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres")) {
			made = new BigPracticeGenerator(SEED, now).generate(connection, scale,
					PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD));
		}
		long bytes;
		try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
				var result = connection.createStatement().executeQuery("select pg_database_size(current_database())")) {
			result.next();
			bytes = result.getLong(1);
		}
		String report = String.format(Locale.ROOT, "%s in %.0f s, %.2f GB: %s", Instant.now(), made.seconds(),
				bytes / 1e9, made.rows());
		Files.writeString(marker, wanted + "\n" + report + "\n");
		System.out.println("Made " + report);
		return new BigPracticeDatabase(server).withDemoPeopleOnTheBenchPassword();
	}

	/**
	 * Outside the demo profile Harbor refuses the demo's published password
	 * ({@code PublishedPasswordRefused}), so the demo people, when seeded in, sign in
	 * with the bench's.
	 */
	private BigPracticeDatabase withDemoPeopleOnTheBenchPassword() throws SQLException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
				PreparedStatement update = connection.prepareStatement(
						"update user_account set password_hash = ? where email like '%@harbor.example'")) {
			update.setString(1, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD));
			update.executeUpdate();
		}
		return this;
	}

	String jdbcUrl() {
		return server.getJdbcUrl("postgres", DATABASE);
	}

	/**
	 * From now on the plan of every statement that takes at least {@code millis} goes to
	 * the server's log ({@link #log()}) with its actual rows, times and buffers: 0 for
	 * every statement, -1 for none.
	 */
	void explainSlowerThan(int millis) throws SQLException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			statement.execute("alter system set auto_explain.log_min_duration = " + Math.max(-1, millis));
			statement.execute("select pg_reload_conf()");
		}
	}

	/**
	 * Reads every table and index of the practice, with their TOAST tables, into the
	 * server's shared buffers ({@code pg_prewarm}), as far as they hold: the state of a
	 * database server sized for its data that has been running a while, not one whose
	 * pages this machine's page cache has let go of.
	 * @return the megabytes read
	 */
	long prewarm() throws SQLException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			statement.execute("create extension if not exists pg_prewarm");
			try (var result = statement.executeQuery("""
					select coalesce(sum(pg_prewarm(c.oid)), 0) * current_setting('block_size')::bigint / 1048576
					from pg_class c join pg_namespace n on n.oid = c.relnamespace
					where (n.nspname = 'public' and c.relkind in ('r', 'i'))
					   or c.oid in (select reltoastrelid from pg_class k join pg_namespace m on m.oid = k.relnamespace
					                where m.nspname = 'public' and k.reltoastrelid <> 0)""")) {
				result.next();
				return result.getLong(1);
			}
		}
	}

	/** Writes a line into the server's log, between the plans of two steps. */
	void mark(String text) throws SQLException {
		if (!text.matches("[a-z ]+")) {
			throw new IllegalArgumentException("A mark is a few plain words");
		}
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			statement.execute("do $$ begin raise log 'harbor step: " + text + "'; end $$");
		}
	}

	/** Forgets the statement statistics gathered so far. */
	void resetStatistics() throws SQLException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			statement.execute("create extension if not exists pg_stat_statements");
			statement.execute("select pg_stat_statements_reset()");
		}
	}

	/** The statements that took the most time since the last reset, with their calls. */
	List<String> topStatements(int count) throws SQLException {
		List<String> lines = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
				var statement = connection.prepareStatement(
						"""
								select calls, total_exec_time, mean_exec_time, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 160)
								from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
								order by total_exec_time desc limit ?""")) {
			statement.setInt(1, count);
			try (var result = statement.executeQuery()) {
				while (result.next()) {
					lines.add(String.format(Locale.ROOT, "  %8d calls  %9.1f ms total  %7.3f ms mean  %9d rows  %s",
							result.getLong(1), result.getDouble(2), result.getDouble(3), result.getLong(4),
							result.getString(5)));
				}
			}
		}
		return lines;
	}

	Path log() {
		return Path.of("target", "bench", "big-practice", "log", "postgresql.log").toAbsolutePath();
	}

	@Override
	public void close() {
		try {
			server.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes (or finds) the big practice and prints what it holds. */
	public static void main(String[] args) throws Exception {
		BigPracticeGenerator.Scale scale = Boolean.getBoolean("bench.small") ? BigPracticeGenerator.Scale.SMALL
				: BigPracticeGenerator.Scale.TEN_YEARS;
		try (BigPracticeDatabase database = open(scale, Instant.now(),
				Files.isRegularFile(ClinicianLoadBenchmark.JAR) ? ClinicianLoadBenchmark::seedDemo : null);
				Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres");
				var result = connection.createStatement()
					.executeQuery(
							"select relname, n_live_tup from pg_stat_user_tables order by n_live_tup desc limit 12")) {
			while (result.next()) {
				System.out.printf(Locale.ROOT, "%-28s %,12d%n", result.getString(1), result.getLong(2));
			}
		}
		System.exit(0);
	}

}
