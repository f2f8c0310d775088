package dev.harbor.demo;

import java.util.List;

import dev.harbor.security.DemoAccounts;
import dev.harbor.security.Role;

/**
 * The demo practice: names are made up, and the addresses use the reserved example
 * domain.
 */
final class DemoPractice {

	static final String PASSWORD = "harbor-demo-2026";

	static final DemoAccounts.Entry ADMIN = new DemoAccounts.Entry("admin@harbor.example", "Practice Office",
			Role.ADMIN);

	static final DemoAccounts.Entry MAYA = new DemoAccounts.Entry("maya.okafor@harbor.example", "Maya Okafor",
			Role.CLINICIAN);

	static final DemoAccounts.Entry TOMAS = new DemoAccounts.Entry("tomas.reyes@harbor.example", "Tomás Reyes",
			Role.CLINICIAN);

	static final List<DemoAccounts.Entry> ACCOUNTS = List.of(MAYA, TOMAS, ADMIN);

	/** Clients per clinician, with how many weeks ago each started. */
	static final List<DemoClient> MAYAS_CLIENTS = List.of(new DemoClient("Juniper Hale", 30),
			new DemoClient("Rowan Ashby", 12), new DemoClient("Noor Haddad", 6), new DemoClient("Elif Demir", 2));

	static final List<DemoClient> TOMAS_CLIENTS = List.of(new DemoClient("Sam Okonkwo-Reid", 20),
			new DemoClient("Lena Vogt", 9), new DemoClient("Kai Moreno", 3));

	private DemoPractice() {
	}

	record DemoClient(String name, int weeksAgo) {
	}

}
