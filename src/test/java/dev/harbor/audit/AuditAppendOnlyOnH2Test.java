package dev.harbor.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one-machine practice runs on H2, whose guard of the audit trail is a Java trigger:
 * the migrations install it, and it lets a row be sealed once and nothing else.
 */
class AuditAppendOnlyOnH2Test {

	static final String URL = "jdbc:h2:mem:audit_guard;DB_CLOSE_DELAY=-1";

	Connection connection;

	@BeforeEach
	void migrated() throws SQLException {
		Flyway.configure()
			.dataSource(URL, "sa", "")
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.cleanDisabled(false)
			.load()
			.clean();
		Flyway.configure()
			.dataSource(URL, "sa", "")
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.load()
			.migrate();
		connection = DriverManager.getConnection(URL, "sa", "");
		try (Statement statement = connection.createStatement()) {
			statement.execute("insert into audit_event (id, occurred_at, actor_label, action, outcome)"
					+ " values (1, timestamp with time zone '2026-12-02 09:00:00+00', 'system', 'SIGN_IN', 'SUCCESS')");
		}
	}

	@Test
	void the_chain_is_sealed_and_checked_on_h2_and_a_changed_row_is_found() throws SQLException {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(URL, "sa", "");
		AuditChain chain = new AuditChain(dataSource, new DataSourceTransactionManager(dataSource));
		try (Statement statement = connection.createStatement()) {
			statement.execute("insert into audit_event (id, occurred_at, actor_label, action, outcome, detail)"
					+ " values (2, timestamp with time zone '2026-12-02 09:05:00+00', 'maya', 'VIEW', 'SUCCESS', 'ü ✓')");
		}

		assertThat(chain.sealPending()).isEqualTo(2);
		assertThat(chain.check().holds()).isTrue();
		assertThat(chain.check().intact()).isEqualTo(2);

		try (Statement statement = connection.createStatement()) {
			statement.execute("drop trigger audit_event_append_only");
			statement.executeUpdate("update audit_event set detail = 'ü' where id = 2");
		}
		assertThat(chain.check().firstAltered()).isEqualTo(2L);
	}

	@Test
	void an_event_is_sealed_once_and_never_changed_or_deleted() throws SQLException {
		try (Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.executeUpdate("update audit_event set actor_label = 'x' where id = 1"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("append-only");
			assertThatThrownBy(
					() -> statement.executeUpdate("update audit_event set seal_no = 1, detail = 'x' where id = 1"))
				.isInstanceOf(SQLException.class);

			assertThat(statement.executeUpdate("update audit_event set seal_no = 1, seal = 'abc' where id = 1"))
				.isOne();

			assertThatThrownBy(() -> statement.executeUpdate("update audit_event set seal = 'def' where id = 1"))
				.isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> statement.executeUpdate("delete from audit_event where id = 1"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("append-only");
		}
	}

}
