package dev.harbor.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Ends every open session of an account, for example when an admin switches it off. */
@Component
class OpenSessions {

	private final SessionRegistry registry;

	OpenSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	int endAllOf(long accountId) {
		int ended = 0;
		for (Object principal : registry.getAllPrincipals()) {
			if (principal instanceof HarborUser user && user.accountId() == accountId) {
				for (SessionInformation session : registry.getAllSessions(principal, false)) {
					session.expireNow();
					ended++;
				}
			}
		}
		return ended;
	}

}
