package dev.harbor.security;

import java.time.Instant;

import dev.harbor.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A link that lets one person choose their password once: handed to a new account, or
 * after a reset. Only the token's hash is stored; a used or expired link opens nothing.
 */
@Entity
@Table(name = "sign_in_link")
class SignInLink extends AbstractEntity {

	/** Why the link was given, stored by name. */
	enum Purpose {

		NEW_ACCOUNT, RESET

	}

	@Column(nullable = false)
	private long accountId;

	@Column(nullable = false, unique = true, length = 64)
	private String tokenHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Purpose purpose;

	@Column(nullable = false, length = UserAccount.DISPLAY_NAME_MAX)
	private String issuedBy;

	@Column(nullable = false)
	private Instant issuedAt;

	@Column(nullable = false)
	private Instant expiresAt;

	private @Nullable Instant usedAt;

	protected SignInLink() {
	}

	SignInLink(long accountId, String tokenHash, Purpose purpose, String issuedBy, Instant issuedAt,
			Instant expiresAt) {
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.purpose = purpose;
		this.issuedBy = issuedBy;
		this.issuedAt = issuedAt;
		this.expiresAt = expiresAt;
	}

	long accountId() {
		return accountId;
	}

	Purpose purpose() {
		return purpose;
	}

	Instant expiresAt() {
		return expiresAt;
	}

	boolean opensAt(Instant now) {
		return usedAt == null && now.isBefore(expiresAt);
	}

	void use(Instant now) {
		usedAt = now;
	}

}
