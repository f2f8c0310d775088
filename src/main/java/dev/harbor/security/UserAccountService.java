package dev.harbor.security;

import java.time.Clock;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: opening them and the few preferences a person keeps. */
@Service
public class UserAccountService {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final CurrentUser currentUser;

	private final Clock clock;

	UserAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
			Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@Transactional
	@RolesAllowed(Role.Names.ADMIN)
	public long openAccount(NewAccount account) {
		return create(account).requireId();
	}

	/**
	 * Opens the very first account, an admin, on an empty database. Nobody can be signed
	 * in yet, so anyone may call it; once any account exists it refuses.
	 */
	@Transactional
	@PermitAll
	public long openFirstAdmin(NewAccount admin) {
		if (accounts.count() > 0 || admin.role() != Role.ADMIN) {
			throw new IllegalStateException("The first account is opened once, as an admin");
		}
		return create(admin).requireId();
	}

	@Transactional(readOnly = true)
	@PermitAll
	public boolean anyAccountExists() {
		return accounts.count() > 0;
	}

	private UserAccount create(NewAccount account) {
		PasswordRules.check(account.password());
		UserAccount created = new UserAccount(account.email(), account.displayName(),
				passwordEncoder.encode(account.password()), account.role(), clock.instant());
		return accounts.save(created);
	}

	@Transactional(readOnly = true)
	@RolesAllowed(Role.Names.ADMIN)
	public long countActiveClinicians() {
		return accounts.countByRoleAndEnabledTrue(Role.CLINICIAN);
	}

	@Transactional(readOnly = true)
	@RolesAllowed(Role.Names.ADMIN)
	public boolean isActiveClinician(long accountId) {
		return accounts.findById(accountId)
			.filter(account -> account.getRole() == Role.CLINICIAN && account.isEnabled())
			.isPresent();
	}

	@Transactional(readOnly = true)
	@RolesAllowed({ Role.Names.CLINICIAN, Role.Names.ADMIN })
	public boolean prefersDarkTheme() {
		return accounts.findById(currentUser.require().accountId()).map(UserAccount::prefersDarkTheme).orElse(false);
	}

	@Transactional
	@RolesAllowed({ Role.Names.CLINICIAN, Role.Names.ADMIN })
	public void rememberDarkTheme(boolean dark) {
		accounts.findById(currentUser.require().accountId()).ifPresent(account -> account.setPrefersDarkTheme(dark));
	}

}
