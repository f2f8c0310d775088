package dev.harbor.security;

import java.time.Instant;

import dev.harbor.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One of a person's single-use recovery codes, hashed; used once, then kept as used. */
@Entity
@Table(name = "recovery_code")
class RecoveryCode extends AbstractEntity {

	@Column(nullable = false)
	private long accountId;

	@Column(nullable = false, length = 100)
	private String codeHash;

	private @Nullable Instant usedAt;

	protected RecoveryCode() {
	}

	RecoveryCode(long accountId, String codeHash) {
		this.accountId = accountId;
		this.codeHash = codeHash;
	}

	String codeHash() {
		return codeHash;
	}

	boolean isUnused() {
		return usedAt == null;
	}

	void use(Instant now) {
		usedAt = now;
	}

}
