package dev.harbor.security;

import dev.harbor.common.i18n.Language;
import org.springframework.data.domain.Limit;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.NotClientScoped;
import java.time.Clock;
import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: the practice admin opens, edits, switches off and resets them; everyone keeps
 * their own password and preferences. Changes are announced as
 * {@link AccountChangedEvent}s, which the audit trail records in the same transaction.
 */
@Service
public class UserAccountService {

	/** The most notices told at one sign-in; any more are told at the next. */
	static final int NOTICES_SHOWN = 20;

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final CurrentUser currentUser;

	private final OpenSessions openSessions;

	private final AccountNotices notices;

	private final AccountNoticeRepository noticeRows;

	private final SignInLinks links;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UserAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
			OpenSessions openSessions, AccountNotices notices, AccountNoticeRepository noticeRows, SignInLinks links,
			ApplicationEventPublisher events, Clock clock) {
		this.links = links;
		this.accounts = accounts;
		this.notices = notices;
		this.noticeRows = noticeRows;
		this.passwordEncoder = passwordEncoder;
		this.currentUser = currentUser;
		this.openSessions = openSessions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens the very first account, an admin, on an empty database. Nobody can be signed
	 * in yet, so anyone may call it; once any account exists it refuses.
	 */
	@Transactional
	@PermitAll
	@NotClientScoped("Account administration or the caller's own account; accounts hold no client data")
	public long openFirstAdmin(NewAccount admin) {
		if (accounts.count() > 0 || admin.role() != Role.ADMIN) {
			throw new IllegalStateException("The first account is opened once, as an admin");
		}
		long id = create(admin, false).requireId();
		events.publishEvent(new FirstAdminOpenedEvent(id));
		return id;
	}

	@Transactional(readOnly = true)
	@PermitAll
	@NotClientScoped("Account administration or the caller's own account; accounts hold no client data")
	public boolean anyAccountExists() {
		return accounts.count() > 0;
	}

	/** Opens an account with a password chosen by the caller (demo data, tests). */
	@Transactional
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("Account administration or the caller's own account; accounts hold no client data")
	public long openAccount(NewAccount account) {
		long id = create(account, false).requireId();
		events.publishEvent(new AccountChangedEvent(id, "opened as " + account.role(), true));
		return id;
	}

	/**
	 * Opens an account with no password yet: the admin hands over a sign-in link, where
	 * the person chooses their own. The link is returned once.
	 */
	@Transactional
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("Account administration or the caller's own account; accounts hold no client data")
	public OpenedAccount openAccountWithLink(String email, String displayName, Role role) {
		UserAccount created = create(new NewAccount(email, displayName, RandomCodes.token(), role), true);
		long id = created.requireId();
		events.publishEvent(new AccountChangedEvent(id, "opened as " + role, true));
		return new OpenedAccount(id,
				links.issue(id, SignInLink.Purpose.NEW_ACCOUNT, currentUser.require().displayName()));
	}

	@Transactional(readOnly = true)
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("Account administration or the caller's own account; accounts hold no client data")
	public List<AccountView> allAccounts() {
		return accounts.findAll()
			.stream()
			.map(UserAccountService::view)
			.sorted(Comparator.comparing(AccountView::role).thenComparing(AccountView::displayName))
			.toList();
	}

	@Transactional
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("Account administration or the caller's own account; accounts hold no client data")
	public AccountView updateAccount(long accountId, long version, String email, String displayName) {
		check("email", AccountRules.emailProblem(email));
		check("displayName", AccountRules.displayNameProblem(displayName));
		UserAccount account = atVersion(accountId, version);
		ensureEmailFree(email, accountId);
		account.rename(email, displayName);
		return changed(account, "details");
	}

	/** Switching an account off ends its open sessions at once; the history stays. */
	@Transactional
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("Account administration or the caller's own account; accounts hold no client data")
	public AccountView setAccountEnabled(long accountId, long version, boolean enabled) {
		if (!enabled && accountId == currentUser.require().accountId()) {
			throw new InvalidInputException("enabled", "account.rule.notYourself");
		}
		UserAccount account = atVersion(accountId, version);
		account.setEnabled(enabled);
		if (!enabled) {
			openSessions.endAllOf(accountId);
		}
		return changed(account, enabled ? "switched on" : "switched off");
	}

	/**
	 * A forgotten or exposed password: it stops working at once, every session of the
	 * person ends, and the admin gets a sign-in link to hand over, where the person
	 * chooses a new one (with a code from their app, if they have one). The admin never
	 * learns a password.
	 */
	@Transactional
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("Account administration or the caller's own account; accounts hold no client data")
	public IssuedLink resetPassword(long accountId) {
		UserAccount account = accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
		account.setPassword(passwordEncoder.encode(RandomCodes.token()), true);
		changed(account, "password reset, sign-in link given");
		notices.passwordReset(accountId);
		openSessions.endAllOf(accountId);
		return links.issue(accountId, SignInLink.Purpose.RESET, currentUser.require().displayName());
	}

	/**
	 * What others did to my account or caseload since I last looked (a reset, clients
	 * moved), oldest first; once told, each is kept as seen.
	 */
	@Transactional
	@RolesAllowed({ Role.Names.CLINICIAN, Role.Names.ADMIN })
	@NotClientScoped("The caller's own notices; they name people and count clients, never name one")
	public List<NoticeView> tellMeWhatChanged() {
		List<AccountNotice> unseen = noticeRows.findByAccountIdAndSeenAtIsNullOrderByHappenedAt(
				currentUser.require().accountId(), Limit.of(NOTICES_SHOWN));
		unseen.forEach(notice -> notice.seenAt(clock.instant()));
		return unseen.stream().map(AccountNotice::view).toList();
	}

	@Transactional
	@RolesAllowed({ Role.Names.CLINICIAN, Role.Names.ADMIN, Role.Names.CLIENT })
	@NotClientScoped("Account administration or the caller's own account; accounts hold no client data")
	public void changeMyPassword(String currentPassword, String newPassword) {
		UserAccount account = me();
		if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new InvalidInputException("currentPassword", "account.rule.currentPassword");
		}
		check("newPassword", AccountRules.passwordProblem(newPassword));
		if (currentPassword.equals(newPassword)) {
			throw new InvalidInputException("newPassword", "account.rule.passwordSame");
		}
		account.setPassword(passwordEncoder.encode(newPassword), false);
		changed(account, "own password changed");
		openSessions.endOthersOf(account.requireId());
	}

	@Transactional(readOnly = true)
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("Account administration or the caller's own account; accounts hold no client data")
	public long countActiveClinicians() {
		return accounts.countByRoleAndEnabledTrue(Role.CLINICIAN);
	}

	@Transactional(readOnly = true)
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("Account administration or the caller's own account; accounts hold no client data")
	public boolean isActiveClinician(long accountId) {
		return accounts.findById(accountId)
			.filter(account -> account.getRole() == Role.CLINICIAN && account.isEnabled())
			.isPresent();
	}

	/**
	 * Colleagues' display names by account id, for "entered by" and "shared by". Names
	 * only; unknown ids are left out. A client learns only their own name.
	 */
	@Transactional(readOnly = true)
	@RolesAllowed({ Role.Names.CLINICIAN, Role.Names.ADMIN, Role.Names.CLIENT })
	@NotClientScoped("Account administration or the caller's own account; accounts hold no client data")
	public Map<Long, String> displayNames(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		HarborUser me = currentUser.require();
		return accounts.findAllById(accountIds)
			.stream()
			.filter(account -> me.role() != Role.CLIENT || account.requireId() == me.accountId())
			.collect(Collectors.toMap(UserAccount::requireId, UserAccount::getDisplayName));
	}

	@Transactional(readOnly = true)
	@RolesAllowed({ Role.Names.CLINICIAN, Role.Names.ADMIN, Role.Names.CLIENT })
	@NotClientScoped("Account administration or the caller's own account; accounts hold no client data")
	public boolean prefersDarkTheme() {
		return me().prefersDarkTheme();
	}

	@Transactional
	@RolesAllowed({ Role.Names.CLINICIAN, Role.Names.ADMIN, Role.Names.CLIENT })
	@NotClientScoped("Account administration or the caller's own account; accounts hold no client data")
	public void rememberDarkTheme(boolean dark) {
		me().setPrefersDarkTheme(dark);
	}

	@Transactional(readOnly = true)
	@RolesAllowed({ Role.Names.CLINICIAN, Role.Names.ADMIN })
	@NotClientScoped("The caller's own working language; accounts hold no client data")
	public Language myLanguage() {
		return me().getLanguage();
	}

	@Transactional
	@RolesAllowed({ Role.Names.CLINICIAN, Role.Names.ADMIN })
	@NotClientScoped("The caller's own working language; accounts hold no client data")
	public void chooseLanguage(Language language) {
		me().setLanguage(language);
	}

	/**
	 * @param noPasswordYet the password is a random one nobody knows; the person chooses
	 * theirs from a sign-in link
	 */
	private UserAccount create(NewAccount account, boolean noPasswordYet) {
		check("email", AccountRules.emailProblem(account.email()));
		check("displayName", AccountRules.displayNameProblem(account.displayName()));
		if (!noPasswordYet) {
			check("password", AccountRules.passwordProblem(account.password()));
		}
		ensureEmailFree(account.email(), null);
		UserAccount created = new UserAccount(account.email(), account.displayName(),
				passwordEncoder.encode(account.password()), account.role(), clock.instant());
		if (noPasswordYet) {
			created.requireNewPassword();
		}
		return accounts.save(created);
	}

	private void ensureEmailFree(String email, @Nullable Long exceptAccountId) {
		accounts.findByEmail(UserAccount.normaliseEmail(email))
			.filter(existing -> exceptAccountId == null || existing.requireId() != exceptAccountId)
			.ifPresent(existing -> {
				throw new InvalidInputException("email", "account.rule.email.taken");
			});
	}

	private UserAccount atVersion(long accountId, long version) {
		UserAccount account = accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
		if (account.getVersion() != version) {
			throw new OptimisticLockingFailureException("Account " + accountId + " was changed by someone else");
		}
		return account;
	}

	private AccountView changed(UserAccount account, String what) {
		events.publishEvent(new AccountChangedEvent(account.requireId(), what, false));
		accounts.flush();
		return view(account);
	}

	private UserAccount me() {
		long id = currentUser.require().accountId();
		return accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
	}

	private static void check(String field, @Nullable String problem) {
		if (problem != null) {
			throw new InvalidInputException(field, problem);
		}
	}

	private static AccountView view(UserAccount account) {
		return new AccountView(account.requireId(), account.getVersion(), account.getEmail(), account.getDisplayName(),
				account.getRole(), account.isEnabled(), account.mustChangePassword());
	}

}
