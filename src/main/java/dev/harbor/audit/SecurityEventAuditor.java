package dev.harbor.audit;

import dev.harbor.security.AccountChangedEvent;
import dev.harbor.security.ClientJoinedEvent;
import dev.harbor.security.FirstAdminOpenedEvent;
import dev.harbor.security.HarborUser;
import dev.harbor.security.PracticeSettingChangedEvent;
import dev.harbor.security.SelfChangedEvent;
import dev.harbor.security.SessionTimedOutEvent;
import dev.harbor.security.SignInFailedEvent;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes sign-ins, failed sign-ins, sign-outs, timeouts and method-security refusals to
 * the audit trail. It listens to events, so the security package never depends on this
 * one.
 */
@Component
class SecurityEventAuditor {

	private final AuditService audit;

	SecurityEventAuditor(AuditService audit) {
		this.audit = audit;
	}

	@EventListener
	@Transactional
	public void onSignIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof HarborUser user) {
			audit.store(user.accountId(), user.getUsername(), AuditAction.SIGN_IN, AuditSubject.ACCOUNT,
					user.accountId(), null, AuditOutcome.SUCCESS, null, remoteAddress(event.getAuthentication()));
		}
	}

	@EventListener
	@Transactional
	public void onSignInFailed(SignInFailedEvent event) {
		String label = event.email() != null ? event.email() : AuditService.UNKNOWN_ACTOR;
		audit.store(event.accountId(), label, AuditAction.SIGN_IN, AuditSubject.ACCOUNT, event.accountId(), null,
				AuditOutcome.FAILURE, event.reason().name(), event.remoteAddress());
	}

	@EventListener
	@Transactional
	public void onSignOut(LogoutSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof HarborUser user) {
			audit.store(user.accountId(), user.getUsername(), AuditAction.SIGN_OUT, AuditSubject.ACCOUNT,
					user.accountId(), null, AuditOutcome.SUCCESS, null, AuditService.currentRemoteAddress());
		}
	}

	/** In the first admin's own transaction, at the first start. */
	@EventListener
	public void onFirstAdmin(FirstAdminOpenedEvent event) {
		audit.recordSystem(AuditAction.CREATE, AuditSubject.ACCOUNT, event.accountId(),
				"first admin, from HARBOR_ADMIN_EMAIL");
	}

	/**
	 * Runs inside the account change's own transaction, so both commit or neither does.
	 */
	@EventListener
	public void onAccountChanged(AccountChangedEvent event) {
		audit.record(event.created() ? AuditAction.CREATE : AuditAction.CHANGE, AuditSubject.ACCOUNT, event.accountId(),
				null, event.what());
	}

	/**
	 * A person's change to their own sign-in, perhaps before they are signed in; in the
	 * change's own transaction.
	 */
	@EventListener
	public void onSelfChanged(SelfChangedEvent event) {
		audit.store(event.accountId(), event.email(), AuditAction.CHANGE, AuditSubject.ACCOUNT, event.accountId(), null,
				AuditOutcome.SUCCESS, event.what(), AuditService.currentRemoteAddress());
	}

	/** A client's first step into the portal, as themselves; in the same transaction. */
	@EventListener
	public void onClientJoined(ClientJoinedEvent event) {
		audit.store(event.accountId(), event.email(), AuditAction.CREATE, AuditSubject.ACCOUNT, event.accountId(),
				event.clientId(), AuditOutcome.SUCCESS, "joined the portal from an invitation",
				AuditService.currentRemoteAddress());
	}

	@EventListener
	public void onPracticeSettingChanged(PracticeSettingChangedEvent event) {
		audit.record(AuditAction.CHANGE, AuditSubject.PRACTICE_SETTING, null, null, event.what());
	}

	@EventListener
	@Transactional
	public void onTimeout(SessionTimedOutEvent event) {
		HarborUser user = event.user();
		audit.store(user.accountId(), user.getUsername(), AuditAction.SESSION_TIMEOUT, AuditSubject.ACCOUNT,
				user.accountId(), null, AuditOutcome.SUCCESS, null, event.remoteAddress());
	}

	/**
	 * A service method refused by method security (wrong role, or nobody signed in),
	 * written in a transaction of its own once the service call under way has ended.
	 * Refused web requests are not recorded: every visit before sign-in would be one.
	 */
	@EventListener
	public void onMethodDenied(AuthorizationDeniedEvent<?> event) {
		if (!(event.getSource() instanceof MethodInvocation invocation)) {
			return;
		}
		Authentication authentication = event.getAuthentication().get();
		HarborUser user = authentication != null && authentication.getPrincipal() instanceof HarborUser signedIn
				? signedIn : null;
		String method = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
				+ invocation.getMethod().getName();
		audit.storeOnItsOwn(user == null ? null : user.accountId(),
				user == null ? AuditService.ANONYMOUS_ACTOR : user.getUsername(), AuditAction.ACCESS, null, null,
				AuditOutcome.DENIED, method, AuditService.currentRemoteAddress());
	}

	private static @Nullable String remoteAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
				: AuditService.currentRemoteAddress();
	}

}
