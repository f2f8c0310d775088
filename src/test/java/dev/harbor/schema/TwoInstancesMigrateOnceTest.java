package dev.harbor.schema;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.harbor.testsupport.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances starting at the same moment on an empty PostgreSQL database: Flyway's
 * lock lets one migrate while the other waits, then finds nothing left to do. Each
 * migration runs once, and both starts succeed (issue 16). The same migrations and
 * locations as the application's, without the rest of a context.
 */
class TwoInstancesMigrateOnceTest {

	@Test
	void two_instances_starting_together_migrate_the_database_once() throws Exception {
		String url = EmbeddedPostgres.freshDatabase("harbor_two_instances");
		CountDownLatch ready = new CountDownLatch(2);
		Callable<MigrateResult> instance = () -> {
			Flyway flyway = Flyway.configure()
				.dataSource(url, "postgres", "postgres")
				.locations("classpath:db/migration", "classpath:db/vendor/postgresql")
				.load();
			ready.countDown();
			ready.await();
			return flyway.migrate();
		};
		ExecutorService starts = Executors.newFixedThreadPool(2);
		List<MigrateResult> results;
		try {
			List<Future<MigrateResult>> both = starts.invokeAll(List.of(instance, instance));
			results = List.of(both.get(0).get(), both.get(1).get());
		}
		finally {
			starts.shutdownNow();
		}

		PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
		int files = resources.getResources("classpath:db/migration/V*.sql").length
				+ resources.getResources("classpath:db/vendor/postgresql/V*.sql").length;
		assertThat(results).allMatch(result -> result.success);
		assertThat(results.stream().mapToInt(result -> result.migrationsExecuted).sum()).isEqualTo(files);
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "postgres"));
		assertThat(jdbc.queryForObject(
				"select count(*) from flyway_schema_history where version is not null and success", Integer.class))
			.isEqualTo(files);
		assertThat(jdbc.queryForList(
				"select version from flyway_schema_history where version is not null group by version having count(*) > 1",
				String.class))
			.isEmpty();
	}

}
