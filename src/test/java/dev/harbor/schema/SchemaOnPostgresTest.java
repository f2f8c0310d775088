package dev.harbor.schema;

import java.io.IOException;
import java.util.Arrays;

import dev.harbor.testsupport.HarborSpringTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared test context starts on an empty PostgreSQL 17 database, runs every Flyway
 * migration and has Hibernate validate every entity against the result
 * (ddl-auto=validate): if this context starts, the schema is right for production's
 * database.
 */
@HarborSpringTest
class SchemaOnPostgresTest {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${spring.jpa.hibernate.ddl-auto}")
	String ddlAuto;

	@Test
	void the_database_is_a_real_postgresql_17() {
		assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
	}

	@Test
	void every_migration_in_the_source_tree_ran_and_succeeded() throws IOException {
		PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
		int files = resources.getResources("classpath:db/migration/V*.sql").length
				+ resources.getResources("classpath:db/vendor/postgresql/V*.sql").length;
		MigrationInfo[] applied = flyway.info().applied();

		assertThat(applied).hasSize(files);
		assertThat(Arrays.stream(applied).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
	}

	@Test
	void hibernate_validates_the_schema_rather_than_creating_it() {
		assertThat(ddlAuto).isEqualTo("validate");
	}

}
