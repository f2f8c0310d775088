package dev.harbor.monitoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one-machine practice's backup (H2's online BACKUP TO on a schedule), restored as
 * docs/operations.md says, with H2's Restore tool: the rows come back, and only the
 * newest backups are kept.
 */
class H2BackupsTest {

	@TempDir
	Path folder;

	@Test
	void a_backup_taken_while_running_restores_every_row_and_only_the_newest_are_kept() throws Exception {
		Path data = folder.resolve("practice");
		String url = "jdbc:h2:file:" + data.resolve("harbor");
		Instant now = Instant.parse("2026-12-06T01:30:00Z");
		try (SingleConnectionDataSource database = new SingleConnectionDataSource(url, "sa", "", true)) {
			Flyway.configure()
				.dataSource(database)
				.locations("classpath:db/migration", "classpath:db/vendor/h2")
				.load()
				.migrate();
			JdbcTemplate jdbc = new JdbcTemplate(database);
			jdbc.update("""
					insert into user_account (id, version, email, display_name, password_hash, role, enabled,
					    prefers_dark_theme, must_change_password, failed_logins, created_at)
					values (1, 0, 'maya@example.org', 'Maya Okafor', 'x', 'CLINICIAN', true, false, false, 0, ?)""",
					Timestamp.from(now));
			jdbc.update("""
					insert into client (id, version, clinician_id, display_name, reference_code, status, start_date,
					    created_at, last_activity_at)
					values (1, 0, 1, 'Noor Haddad 🌊', 'HB-0001', 'ACTIVE', date '2026-09-01', ?, ?)""",
					Timestamp.from(now), Timestamp.from(now));
			Path backups = folder.resolve("backups");
			for (int night = 0; night < 3; night++) {
				new H2Backups(jdbc, backups, 2, Clock.fixed(now.plusSeconds(86_400L * night), ZoneOffset.UTC)).backUp();
			}

			assertThat(names(backups)).containsExactly("harbor-20261207T013000Z.zip", "harbor-20261208T013000Z.zip");
			jdbc.execute("SHUTDOWN");
		}
		Files.delete(data.resolve("harbor.mv.db"));

		Restore.execute(folder.resolve("backups/harbor-20261208T013000Z.zip").toString(), data.toString(), "harbor");

		try (SingleConnectionDataSource restored = new SingleConnectionDataSource(url, "sa", "", true)) {
			JdbcTemplate jdbc = new JdbcTemplate(restored);
			assertThat(jdbc.queryForObject("select display_name from client where id = 1", String.class))
				.isEqualTo("Noor Haddad 🌊");
			assertThat(jdbc.queryForObject("select count(*) from \"flyway_schema_history\" where \"success\"",
					Integer.class))
				.isPositive();
			jdbc.execute("SHUTDOWN");
		}
	}

	@Test
	void keeping_no_backup_at_all_is_refused_at_the_start() {
		assertThatThrownBy(() -> new H2Backups(new JdbcTemplate(), folder, 0, Clock.systemUTC()))
			.hasMessageContaining("HARBOR_H2_BACKUP_KEEP");
	}

	private static List<String> names(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

}
