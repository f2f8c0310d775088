package dev.harbor.security;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signing in with a password, throttled per source address. The password is always
 * checked, and checked before the account's state, so a switched-off account answers as
 * slowly as a wrong password and a throttled attempt as slowly as both: timing tells an
 * observer nothing about an account. A right password for an account that needs a second
 * step signs nobody in: it hands on a {@link PendingSignIn} (decision 0028).
 */
final class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final PasswordEncoder encoder;

	/**
	 * A hash to check a throttled attempt against, so that it costs what a real one
	 * costs. Made beside the start-up rather than on its path (issue 15): it is a
	 * deliberately slow hash.
	 */
	private final CompletableFuture<@Nullable String> decoy;

	private final SecondSteps secondSteps;

	private final Clock clock;

	ThrottledSignIn(HarborUserDetailsService people, PasswordEncoder encoder, SignInThrottle throttle,
			SecondSteps secondSteps, Clock clock) {
		this.encoder = encoder;
		this.throttle = throttle;
		this.secondSteps = secondSteps;
		this.clock = clock;
		this.decoy = CompletableFuture
			.supplyAsync(() -> encoder.encode("no account has this password, it only takes time"));
		passwords = new DaoAuthenticationProvider(people);
		passwords.setPasswordEncoder(encoder);
		passwords.setPreAuthenticationChecks(person -> {
		});
		passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
	}

	@Override
	public Authentication authenticate(Authentication attempt) throws AuthenticationException {
		String email = attempt.getName() == null ? "" : attempt.getName();
		String address = LoginAttempts.remoteAddress(attempt.getDetails());
		if (!throttle.allows(address, email)) {
			encoder.matches(String.valueOf(attempt.getCredentials()), decoy.join());
			throw new SignInThrottledException();
		}
		Authentication signedIn;
		try {
			signedIn = passwords.authenticate(attempt);
		}
		catch (BadCredentialsException wrong) {
			throttle.failed(address, email);
			throw wrong;
		}
		HarborUser user = (HarborUser) signedIn.getPrincipal();
		PendingSignIn.Stage next = secondSteps.afterPassword(user);
		if (next != null) {
			throw new SecondStepNeeded(new PendingSignIn(user.accountId(), user.getUsername(), next, clock.instant()));
		}
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * Too many wrong passwords from this address lately; said to the person as any
	 * failure.
	 */
	static final class SignInThrottledException extends BadCredentialsException {

		SignInThrottledException() {
			super("Sign-in throttled");
		}

		@Override
		public synchronized @Nullable Throwable fillInStackTrace() {
			return this;
		}

	}

}
