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
 * Something another person did to an account or its caseload, told to the account's owner
 * at their next sign-in and kept, seen, afterwards. Names people and counts clients;
 * never names a client.
 */
@Entity
@Table(name = "account_notice")
class AccountNotice extends AbstractEntity {

	/** What happened, stored by name. */
	enum Kind {

		PASSWORD_RESET, CLIENTS_MOVED_IN, CLIENTS_MOVED_OUT, SECOND_FACTOR_RESET

	}

	@Column(nullable = false)
	private long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private Kind kind;

	@Column(nullable = false, length = UserAccount.DISPLAY_NAME_MAX)
	private String byName;

	@Column(length = UserAccount.DISPLAY_NAME_MAX)
	private @Nullable String otherName;

	private @Nullable Integer clientCount;

	@Column(nullable = false)
	private Instant happenedAt;

	private @Nullable Instant seenAt;

	protected AccountNotice() {
	}

	AccountNotice(long accountId, Kind kind, String byName, @Nullable String otherName, @Nullable Integer clientCount,
			Instant happenedAt) {
		this.accountId = accountId;
		this.kind = kind;
		this.byName = byName;
		this.otherName = otherName;
		this.clientCount = clientCount;
		this.happenedAt = happenedAt;
	}

	NoticeView view() {
		return new NoticeView(kind.name(), byName, otherName, clientCount == null ? 0 : clientCount, happenedAt);
	}

	void seenAt(Instant now) {
		seenAt = now;
	}

}
