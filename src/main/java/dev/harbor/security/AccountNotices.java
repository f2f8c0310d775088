package dev.harbor.security;

import java.time.Clock;

import dev.harbor.security.AccountNotice.Kind;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the notices people read at their next sign-in, inside the transaction of the
 * change they tell of, so a notice exists exactly when the change does.
 */
@Component
class AccountNotices {

	private final AccountNoticeRepository notices;

	private final UserAccountRepository accounts;

	private final CurrentUser currentUser;

	private final Clock clock;

	AccountNotices(AccountNoticeRepository notices, UserAccountRepository accounts, CurrentUser currentUser,
			Clock clock) {
		this.notices = notices;
		this.accounts = accounts;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	void passwordReset(long accountId) {
		notices.save(new AccountNotice(accountId, Kind.PASSWORD_RESET, currentUser.require().displayName(), null, null,
				clock.instant()));
	}

	void secondFactorReset(long accountId) {
		notices.save(new AccountNotice(accountId, Kind.SECOND_FACTOR_RESET, currentUser.require().displayName(), null,
				null, clock.instant()));
	}

	/** Both clinicians are told: the one the clients left and the one they came to. */
	@EventListener
	public void onClientsMoved(ClientsMovedEvent moved) {
		String by = currentUser.require().displayName();
		notices.save(new AccountNotice(moved.fromClinicianId(), Kind.CLIENTS_MOVED_OUT, by,
				nameOf(moved.toClinicianId()), moved.clientCount(), clock.instant()));
		notices.save(new AccountNotice(moved.toClinicianId(), Kind.CLIENTS_MOVED_IN, by,
				nameOf(moved.fromClinicianId()), moved.clientCount(), clock.instant()));
	}

	private String nameOf(long accountId) {
		return accounts.findById(accountId).map(UserAccount::getDisplayName).orElse("?");
	}

}
