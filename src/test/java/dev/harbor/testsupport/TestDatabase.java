package dev.harbor.testsupport;

import java.util.List;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties every table between tests. Explicit cleaning instead of a rolled-back test
 * transaction, so that lazy loading and transaction boundaries behave as in production.
 */
@TestComponent
public class TestDatabase {

	private final JdbcTemplate jdbc;

	private final MutableClock clock;

	TestDatabase(JdbcTemplate jdbc, MutableClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void clean() {
		List<String> tables = jdbc.queryForList("""
				select table_name from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE'
				  and table_name not in ('flyway_schema_history', 'audit_chain')""", String.class);
		if (!tables.isEmpty()) {
			// The audit trail refuses truncation; the tests' owner lifts that for a
			// moment.
			jdbc.execute("alter table audit_event disable trigger audit_event_no_truncate; truncate table "
					+ String.join(", ", tables)
					+ " cascade; alter table audit_event enable trigger audit_event_no_truncate");
		}
		jdbc.update("update audit_chain set last_seal_no = 0, last_seal = ? where id = 1", "0".repeat(64));
		clock.reset();
	}

	public long count(String table) {
		Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
		return count == null ? 0 : count;
	}

	/** The refusals audited with this account as the actor. */
	public long deniedFor(long accountId) {
		Long count = jdbc.queryForObject("select count(*) from audit_event where outcome = 'DENIED' and actor_id = ?",
				Long.class, accountId);
		return count == null ? 0 : count;
	}

	/** The exports that went through, of any kind. */
	public long exports() {
		Long count = jdbc.queryForObject(
				"select count(*) from audit_event where action = 'EXPORT' and outcome = 'SUCCESS'", Long.class);
		return count == null ? 0 : count;
	}

	public JdbcTemplate jdbc() {
		return jdbc;
	}

}
