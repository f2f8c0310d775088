package dev.harbor.demo;

import dev.harbor.common.i18n.Language;
import java.util.List;
import java.util.Set;

import dev.harbor.client.ClientPattern;

import dev.harbor.security.DemoAccounts;
import dev.harbor.security.Role;

/**
 * The demo practice: names are made up, and the addresses use the reserved example
 * domain.
 */
final class DemoPractice {

	static final String PASSWORD = DemoAccounts.PUBLISHED_PASSWORD;

	static final DemoAccounts.Entry ADMIN = new DemoAccounts.Entry("admin@harbor.example", "Practice Office",
			Role.ADMIN);

	static final DemoAccounts.Entry MAYA = new DemoAccounts.Entry("maya.okafor@harbor.example", "Maya Okafor",
			Role.CLINICIAN);

	static final DemoAccounts.Entry TOMAS = new DemoAccounts.Entry("tomas.reyes@harbor.example", "Tomás Reyes",
			Role.CLINICIAN);

	/** Maya's client who has joined the portal (her account is made by redeeming). */
	static final DemoAccounts.Entry JUNIPER = new DemoAccounts.Entry("juniper.hale@harbor.example", "Juniper Hale",
			Role.CLIENT);

	/** Maya's client with an invitation open, for trying the joining. */
	static final DemoAccounts.Entry ROWAN = new DemoAccounts.Entry("rowan.ashby@harbor.example", "Rowan Ashby",
			Role.CLIENT);

	static final List<DemoAccounts.Entry> ACCOUNTS = List.of(MAYA, TOMAS, ADMIN, JUNIPER);

	/**
	 * Clients per clinician: when each started, a few positions on the dials over time
	 * (weeks ago, anxiety, avoidance), goals and noticed patterns. Made up, but shaped
	 * like real work.
	 */
	static final List<DemoClient> MAYAS_CLIENTS = List.of(
			new DemoClient("Juniper Hale", 30,
					List.of(new Reading(28, "6.1", "2.4"), new Reading(16, "5.2", "2.6"), new Reading(4, "4.1", "2.2")),
					List.of("Ask a friend for support once a week", "Sit with the urge to text for ten minutes"),
					Set.of(ClientPattern.REASSURANCE_SEEKING, ClientPattern.PEOPLE_PLEASING)),
			new DemoClient("Rowan Ashby", 12, List.of(new Reading(11, "2.3", "5.9"), new Reading(3, "2.5", "5.1")),
					List.of("Share one feeling with a partner each day"),
					Set.of(ClientPattern.DOING_EVERYTHING_ALONE, ClientPattern.PULLING_AWAY)),
			new DemoClient("Noor Haddad", 6, List.of(new Reading(5, "5.6", "5.3")),
					List.of("Notice the moment before pulling away"),
					Set.of(ClientPattern.PULLING_AWAY, ClientPattern.CLINGING)),
			new DemoClient("Elif Demir", 2, List.of(), List.of(), Set.of()));

	static final List<DemoClient> TOMAS_CLIENTS = List.of(
			new DemoClient("Sam Okonkwo-Reid", 20, List.of(new Reading(19, "4.8", "4.4"), new Reading(6, "3.6", "3.9")),
					List.of("Say no once a week without over-explaining"), Set.of(ClientPattern.TROUBLE_SAYING_NO)),
			new DemoClient("Lena Vogt", 9, List.of(new Reading(8, "3.1", "2.0")), List.of(), Set.of()),
			new DemoClient("Kai Moreno", 3, List.of(), List.of(), Set.of()));

	/**
	 * Elif reads Dutch: her portal, handouts and readings are in Dutch, Maya's screens in
	 * English.
	 */
	static final Set<String> READ_DUTCH = Set.of("Elif Demir");

	private DemoPractice() {
	}

	static Language languageOf(DemoClient client) {
		return READ_DUTCH.contains(client.name()) ? Language.DUTCH : Language.ENGLISH;
	}

	record DemoClient(String name, int weeksAgo, List<Reading> readings, List<String> goals,
			Set<ClientPattern> patterns) {
	}

	record Reading(int weeksAgo, String anxiety, String avoidance) {
	}

}
