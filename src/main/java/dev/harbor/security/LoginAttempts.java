package dev.harbor.security;

import java.util.Optional;

import dev.harbor.security.SignInFailedEvent.Reason;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the rest of the app (the audit trail) about every failed sign-in, and why; the
 * throttle that slows guessing down is {@link SignInThrottle}. The sign-in form says the
 * same thing for a wrong password, a resting account and an unknown address, so none of
 * this is visible to whoever is guessing.
 */
@Component
class LoginAttempts {

	private final UserAccountRepository accounts;

	private final ApplicationEventPublisher events;

	LoginAttempts(UserAccountRepository accounts, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.events = events;
	}

	@EventListener
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		Optional<UserAccount> account = accounts
			.findByEmail(UserAccount.normaliseEmail(event.getAuthentication().getName()));
		Reason reason = reason(event, account.isPresent());
		events.publishEvent(new SignInFailedEvent(account.map(UserAccount::requireId).orElse(null),
				account.map(UserAccount::getEmail).orElse(null), reason,
				remoteAddress(event.getAuthentication().getDetails())));
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof HarborUser user) {
			accounts.findById(user.accountId()).ifPresent(UserAccount::recordSuccessfulLogin);
		}
	}

	private static Reason reason(AbstractAuthenticationFailureEvent event, boolean accountExists) {
		if (event.getException() instanceof ThrottledSignIn.SignInThrottledException) {
			return Reason.THROTTLED;
		}
		if (!accountExists) {
			return Reason.UNKNOWN_ACCOUNT;
		}
		return switch (event.getException()) {
			case LockedException locked -> Reason.ACCOUNT_RESTING;
			case DisabledException disabled -> Reason.ACCOUNT_DISABLED;
			case CredentialsExpiredException expired -> Reason.PASSWORD_EXPIRED;
			case BadCredentialsException wrong -> Reason.WRONG_PASSWORD;
			default -> Reason.OTHER;
		};
	}

	static @Nullable String remoteAddress(@Nullable Object details) {
		return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
	}

	/** Where the request being handled comes from (a code typed after the password). */
	static @Nullable String requestAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
				? servlet.getRequest().getRemoteAddr() : null;
	}

}
