package dev.harbor.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.harbor.client.ClientNotFoundException;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A refused call costs one connection, the one its own work holds: refusals arriving
 * together, as many as the pool has connections, are each refused and recorded instead of
 * waiting on each other for a second connection until the pool gives up (decision 0047;
 * before it, the first test failed after the pool's 30 s wait).
 */
@HarborSpringTest
class RefusalsWithAFullPoolTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	ClientService clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Autowired
	PlatformTransactionManager transactions;

	HarborUser tomas;

	long mayasClient;

	@BeforeEach
	void twoCaseloads() {
		database.clean();
		HarborUser maya = accounts.clinician("Maya Okafor");
		tomas = accounts.clinician("Tomas Reyes");
		mayasClient = TestClients.aClientOf(clients, maya, "Noor Haddad");
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void with_one_connection_left_a_clinician_asking_for_anothers_client_is_refused_and_it_is_recorded()
			throws SQLException {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		List<Connection> taken = new ArrayList<>();
		try {
			while (taken.size() < pool.getMaximumPoolSize() - 1) {
				taken.add(pool.getConnection());
			}
			TestAccounts.signIn(tomas);

			assertThatThrownBy(() -> clients.openClient(mayasClient)).isInstanceOf(ClientNotFoundException.class);
		}
		finally {
			for (Connection connection : taken) {
				connection.close();
			}
		}
		assertThat(database.deniedFor(tomas.accountId())).isOne();
	}

	@Test
	void a_refusal_inside_a_transaction_begun_outside_the_services_outlives_its_rollback() {
		TestAccounts.signIn(tomas);
		TransactionTemplate callers = new TransactionTemplate(transactions);

		assertThatThrownBy(() -> callers.executeWithoutResult(status -> clients.openClient(mayasClient)))
			.isInstanceOf(ClientNotFoundException.class);

		assertThat(database.deniedFor(tomas.accountId())).isOne();
	}

}
