package dev.harbor.security;

import java.time.Duration;
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
	void the_account_rests_after_the_configured_number_of_wrong_passwords_for_the_configured_time() {
		account.recordFailedLogin(NOW, 3, Duration.ofMinutes(5));
		account.recordFailedLogin(NOW, 3, Duration.ofMinutes(5));
		assertThat(account.isLockedAt(NOW)).isFalse();

		account.recordFailedLogin(NOW, 3, Duration.ofMinutes(5));

		assertThat(account.isLockedAt(NOW)).isTrue();
		assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(5)).minusSeconds(1))).isTrue();
		assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(5)))).isFalse();
	}

	@Test
	void after_a_rest_the_count_starts_again() {
		for (int i = 0; i < 3; i++) {
			account.recordFailedLogin(NOW, 3, Duration.ofMinutes(5));
		}
		Instant later = NOW.plus(Duration.ofMinutes(6));

		account.recordFailedLogin(later, 3, Duration.ofMinutes(5));

		assertThat(account.isLockedAt(later)).isFalse();
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
