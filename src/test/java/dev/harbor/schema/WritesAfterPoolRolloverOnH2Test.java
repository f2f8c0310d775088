package dev.harbor.schema;

import java.nio.file.Path;

import javax.sql.DataSource;

import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.H2File;
import dev.harbor.testsupport.PoolRollover;
import dev.harbor.testsupport.SecondApplications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The single-machine H2 database as a new practice runs it (a file, migrated by Flyway at
 * start), after the pool has replaced every connection it held, as it does by itself
 * after half an hour: every kind of record still saves. With H2 2.4 a check on a column's
 * values failed on every connection opened after the migrating one had closed (decision
 * 0018).
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestAccounts.class)
@DirtiesContext
@ExtendWith(SecondApplications.class)
class WritesAfterPoolRolloverOnH2Test {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void h2File(DynamicPropertyRegistry properties) {
		H2File.in(dataDir, properties);
		properties.add("spring.datasource.hikari.allow-pool-suspension", () -> "true");
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	DataSource dataSource;

	@Autowired
	TestAccounts accounts;

	@Test
	void every_kind_of_record_saves_on_connections_opened_after_the_migration() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		assertThat(jdbc.queryForObject("select database_path()", String.class)).startsWith(dataDir.toString());

		PoolRollover.retireEveryConnection(dataSource);
		OneOfEverything.in(context).writeAs(accounts.clinician("Maya"));

		OneOfEverything.assertEveryTableHasARow(jdbc);
	}

}
