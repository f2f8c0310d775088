package dev.harbor.bench;

import java.time.Instant;

import dev.harbor.testsupport.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's practice fits the real schema and is the same for the same seed. */
class PracticeGeneratorTest {

	private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

	@Test
	void the_same_seed_gives_the_same_practice_and_the_focus_caseload_has_the_asked_size() {
		JdbcTemplate first = freshDatabase("generator_a");
		JdbcTemplate second = freshDatabase("generator_b");

		PracticeGenerator.Practice practice = new PracticeGenerator(first, 42, NOW).generate(5, 400, 120, "hash");
		new PracticeGenerator(second, 42, NOW).generate(5, 400, 120, "hash");

		assertThat(practice.focusCaseload()).hasSize(120);
		assertThat(first.queryForObject("select count(*) from client where clinician_id = ?", Long.class,
				practice.clinicianIds().getFirst()))
			.isEqualTo(120);
		String dump = "select id, display_name, status, current_anxiety, current_avoidance from client order by id";
		assertThat(first.queryForList(dump)).isEqualTo(second.queryForList(dump)).hasSize(400);
		assertThat(first.queryForObject("select count(*) from attachment_position", Long.class))
			.isEqualTo(practice.positions());
	}

	private static JdbcTemplate freshDatabase(String name) {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(EmbeddedPostgres.freshDatabase(name),
				"postgres", "postgres");
		Flyway.configure().dataSource(dataSource).load().migrate();
		return new JdbcTemplate(dataSource);
	}

}
