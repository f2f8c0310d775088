package dev.harbor.therapysession;

import java.time.LocalDateTime;

/** One of a clinician's sessions on a given day, with whom. */
public record SessionOfDay(long sessionId, long clientId, LocalDateTime startsAt, String clientName,
		String referenceCode) {

	/** Ids only: a client's name never reaches a log line. */
	@Override
	public String toString() {
		return "SessionOfDay[sessionId=" + sessionId + ", clientId=" + clientId + "]";
	}

}
