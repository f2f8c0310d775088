package dev.harbor.schema;

import javax.sql.DataSource;

import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.PoolRollover;
import dev.harbor.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The same as {@link WritesAfterPoolRolloverOnH2Test} on PostgreSQL, the production
 * database: every kind of record saves on connections the pool opened after the ones it
 * retired.
 */
@HarborSpringTest
class WritesAfterPoolRolloverTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	DataSource dataSource;

	@Autowired
	TestDatabase database;

	@Autowired
	TestAccounts accounts;

	@BeforeEach
	void emptyDatabase() {
		database.clean();
	}

	@Test
	void every_kind_of_record_saves_on_connections_opened_after_the_pool_retired_the_old_ones() throws Exception {
		PoolRollover.retireEveryConnection(dataSource);
		OneOfEverything.in(context).writeAs(accounts.clinician("Maya"));

		OneOfEverything.assertEveryTableHasARow(database.jdbc());
	}

}
