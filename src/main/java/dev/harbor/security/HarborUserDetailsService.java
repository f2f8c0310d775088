package dev.harbor.security;

import java.time.Clock;

import jakarta.annotation.security.PermitAll;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dev.harbor.common.NotClientScoped;

/** Spring Security's view of our accounts, used by the login form only. */
@Service
class HarborUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final Clock clock;

	HarborUserDetailsService(UserAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The sign-in form asks before anyone is signed in, so anyone may call it. */
	@Override
	@Transactional(readOnly = true)
	@PermitAll
	@NotClientScoped("Spring Security's sign-in look-up of an account; names no client")
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByEmail(UserAccount.normaliseEmail(username))
			.map(account -> new HarborUser(account, account.isLockedAt(clock.instant())))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
