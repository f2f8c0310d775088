package dev.harbor.security;

import java.time.Instant;

import dev.harbor.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A person's authenticator app: the shared secret (encrypted with the practice's key) and
 * the time step of the last code used, so a code seen over someone's shoulder does not
 * work a second time.
 */
@Entity
@Table(name = "second_factor")
class SecondFactor extends AbstractEntity {

	@Column(nullable = false, unique = true)
	private long accountId;

	@Column(nullable = false)
	private String secret;

	@Column(nullable = false)
	private Instant enrolledAt;

	@Column(nullable = false)
	private long lastUsedStep;

	protected SecondFactor() {
	}

	SecondFactor(long accountId, String encryptedSecret, Instant enrolledAt, long firstStep) {
		this.accountId = accountId;
		this.secret = encryptedSecret;
		this.enrolledAt = enrolledAt;
		this.lastUsedStep = firstStep;
	}

	long accountId() {
		return accountId;
	}

	String encryptedSecret() {
		return secret;
	}

	Instant enrolledAt() {
		return enrolledAt;
	}

	long lastUsedStep() {
		return lastUsedStep;
	}

	void used(long step) {
		lastUsedStep = step;
	}

}
