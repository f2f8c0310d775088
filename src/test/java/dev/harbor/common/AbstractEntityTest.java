package dev.harbor.common;

import java.util.HashSet;
import java.util.Set;

import dev.harbor.client.Client;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.proxy.HibernateProxy;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Entities compare by id, also when one of the two is a lazy Hibernate proxy. */
@HarborSpringTest
class AbstractEntityTest {

	@Autowired
	EntityManagerFactory entityManagers;

	@Autowired
	ClientService clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Test
	void an_entity_and_a_lazy_proxy_of_it_are_equal_and_hash_alike() {
		database.clean();
		long id = TestClients.aClientOf(clients, accounts.clinician("Maya Okafor"), "Noor Haddad");

		Client loaded;
		try (EntityManager first = entityManagers.createEntityManager()) {
			loaded = first.find(Client.class, id);
		}
		try (EntityManager second = entityManagers.createEntityManager()) {
			Client proxy = second.getReference(Client.class, id);

			assertThat(proxy).isInstanceOf(HibernateProxy.class);
			assertThat(loaded).isEqualTo(proxy);
			assertThat(proxy).isEqualTo(loaded);
			assertThat(proxy.hashCode()).isEqualTo(loaded.hashCode());
			Set<Client> set = new HashSet<>(Set.of(loaded));
			assertThat(set).contains(proxy);
		}
	}

}
