package dev.harbor.bench;

import java.sql.Connection;
import java.time.Instant;
import java.util.Map;

import dev.harbor.audit.AuditTrailCheck;
import dev.harbor.audit.BulkSeals;
import dev.harbor.testsupport.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The big practice's generator, at a hundredth of its size: it fits the real schema,
 * writes what its scale says, leaves a share waiting for review that looks like a working
 * week, and its audit trail passes the application's own check of the hash chain.
 */
class BigPracticeGeneratorTest {

	private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

	@Test
	void a_small_practice_of_ten_years_is_written_whole_with_a_sound_audit_trail() throws Exception {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				EmbeddedPostgres.freshDatabase("big_practice_small"), "postgres", "postgres");
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/vendor/postgresql")
			.load()
			.migrate();
		BigPracticeGenerator.Scale scale = BigPracticeGenerator.Scale.SMALL;

		BigPracticeGenerator.Made made;
		try (Connection connection = dataSource.getConnection()) {
			made = new BigPracticeGenerator(15, NOW).generate(connection, scale, "{noop}x");
		}

		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		for (Map.Entry<String, Long> table : made.rows().entrySet()) {
			assertThat(jdbc.queryForObject("select count(*) from " + table.getKey(), Long.class)).as(table.getKey())
				.isEqualTo(table.getValue());
		}
		assertThat(made.rows()).containsEntry("client", (long) scale.clients())
			.containsEntry("diary_entry", (long) scale.diaryEntries())
			.containsEntry("corrective_experience", (long) scale.experiences())
			.containsEntry("therapy_session", (long) scale.sessions())
			.containsEntry("audit_event", (long) scale.auditEvents());
		assertThat(made.rows().get("completion").doubleValue()).isCloseTo(scale.practices(),
				within(scale.practices() * 0.02));
		assertThat(jdbc.queryForObject("select count(*) from client where clinician_id = ?", Long.class,
				made.focusClinician()))
			.isEqualTo(scale.focusCaseload());
		assertThat(jdbc.queryForObject("select min(happened_on) from diary_entry", java.time.LocalDate.class))
			.isBefore(java.time.LocalDate.parse("2017-06-01"));

		double recentWaiting = jdbc.queryForObject("""
				select avg(case when reviewed_at is null then 1.0 else 0.0 end) from diary_entry
				where happened_on > date '2026-11-15'""", Double.class);
		double olderWaiting = jdbc.queryForObject("""
				select avg(case when reviewed_at is null then 1.0 else 0.0 end) from diary_entry
				where happened_on < date '2026-11-01'""", Double.class);
		assertThat(recentWaiting).isBetween(0.55, 0.85);
		assertThat(olderWaiting).isLessThan(0.01);

		AuditTrailCheck trail = BulkSeals.check(dataSource);
		assertThat(trail.holds()).isTrue();
		assertThat(trail.intact()).isEqualTo(scale.auditEvents());

		// The application's next ids follow the generated rows.
		assertThat(jdbc.queryForObject("select nextval('diary_entry_seq')", Long.class))
			.isGreaterThan(jdbc.queryForObject("select max(id) from diary_entry", Long.class));
	}

}
