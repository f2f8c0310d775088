package dev.harbor.therapysession;

import dev.harbor.common.SessionLinks;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the diary, the experience log and homework whether a session they are asked to
 * link to belongs to the client. Called inside their services, after the client's place
 * on the caseload was checked.
 */
@Component
class SessionLinkCheck implements SessionLinks {

	private final TherapySessionRepository sessions;

	SessionLinkCheck(TherapySessionRepository sessions) {
		this.sessions = sessions;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean isSessionOf(long sessionId, long clientId) {
		return sessions.existsByIdAndClientId(sessionId, clientId);
	}

}
