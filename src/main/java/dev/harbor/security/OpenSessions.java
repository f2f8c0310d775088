package dev.harbor.security;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends open sessions of an account: all of them when an admin switches it off or resets
 * its password, all but the current one when the person changes their own password.
 */
@Component
class OpenSessions {

	private final SessionRegistry registry;

	OpenSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	int endAllOf(long accountId) {
		return endAllOf(accountId, null);
	}

	/**
	 * Ends every open session of the account but the one the request comes from (the
	 * person who just changed their own password stays signed in there).
	 */
	int endOthersOf(long accountId) {
		return endAllOf(accountId, RequestContextHolder.getRequestAttributes() == null ? null
				: RequestContextHolder.getRequestAttributes().getSessionId());
	}

	private int endAllOf(long accountId, @Nullable String kept) {
		int ended = 0;
		for (Object principal : registry.getAllPrincipals()) {
			if (principal instanceof HarborUser user && user.accountId() == accountId) {
				for (SessionInformation session : registry.getAllSessions(principal, false)) {
					if (!session.getSessionId().equals(kept)) {
						session.expireNow();
						ended++;
					}
				}
			}
		}
		return ended;
	}

}
