package dev.harbor.client;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;

/** Test data for clients, added through the real service as their clinician. */
public final class TestClients {

	private TestClients() {
	}

	public static long aClientOf(ClientService clients, HarborUser clinician, String name) {
		TestAccounts.signIn(clinician);
		try {
			return clients.addClient(NewClient.named(name, LocalDate.of(2026, 9, 1)));
		}
		finally {
			TestAccounts.signOut();
		}
	}

	public static NewPosition position(String anxiety, String avoidance, LocalDate observedOn) {
		return new NewPosition(new BigDecimal(anxiety), new BigDecimal(avoidance), Relationship.PARTNER, observedOn);
	}

}
