package dev.harbor.security;

import java.time.Instant;

import dev.harbor.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

/**
 * A clinician's invitation for a client to join the portal. Only the token's hash is
 * kept; it opens once, until it expires or a newer invitation voids it.
 */
@Entity
class PortalInvitation extends AbstractEntity {

	@Column(nullable = false)
	private long clientId;

	@Column(nullable = false, length = UserAccount.EMAIL_MAX)
	private String email;

	@Column(nullable = false, length = UserAccount.DISPLAY_NAME_MAX)
	private String displayName;

	@Column(nullable = false, unique = true, length = 64)
	private String tokenHash;

	@Column(nullable = false)
	private long invitedBy;

	@Column(nullable = false)
	private Instant invitedAt;

	@Column(nullable = false)
	private Instant expiresAt;

	private @Nullable Instant usedAt;

	private @Nullable Instant voidedAt;

	protected PortalInvitation() {
	}

	PortalInvitation(long clientId, String email, String displayName, String tokenHash, long invitedBy,
			Instant invitedAt, Instant expiresAt) {
		this.clientId = clientId;
		this.email = UserAccount.normaliseEmail(email);
		this.displayName = displayName.strip();
		this.tokenHash = tokenHash;
		this.invitedBy = invitedBy;
		this.invitedAt = invitedAt;
		this.expiresAt = expiresAt;
	}

	long clientId() {
		return clientId;
	}

	String email() {
		return email;
	}

	String displayName() {
		return displayName;
	}

	String tokenHash() {
		return tokenHash;
	}

	Instant expiresAt() {
		return expiresAt;
	}

	Instant invitedAt() {
		return invitedAt;
	}

	InvitationState stateAt(Instant now) {
		if (usedAt != null) {
			return InvitationState.USED;
		}
		if (voidedAt != null) {
			return InvitationState.VOIDED;
		}
		return now.isBefore(expiresAt) ? InvitationState.OPEN : InvitationState.EXPIRED;
	}

	void use(Instant now) {
		this.usedAt = now;
	}

	void voidAt(Instant now) {
		if (usedAt == null && voidedAt == null) {
			this.voidedAt = now;
		}
	}

}
