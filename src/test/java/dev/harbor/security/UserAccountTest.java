package dev.harbor.security;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserAccountTest {

	private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

	private final UserAccount account = new UserAccount("  Maya@Example.ORG ", " Maya ", "hash", Role.CLINICIAN, NOW);

	@Test
	void addresses_are_stored_trimmed_and_in_lower_case() {
		assertThat(account.getEmail()).isEqualTo("maya@example.org");
		assertThat(account.getDisplayName()).isEqualTo("Maya");
	}

	@Test
	void the_signed_in_user_never_prints_an_address_or_a_password() {
		HarborUser user = HarborUser.of(7, "maya@example.org", "Maya", Role.CLINICIAN);

		assertThat(user.toString()).isEqualTo("HarborUser#7");
		assertThat(new NewAccount("maya@example.org", "Maya", "secret-password", Role.CLINICIAN).toString())
			.doesNotContain("maya")
			.doesNotContain("secret");
	}

}
