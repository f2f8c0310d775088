package dev.harbor.portal;

import java.time.Instant;

/**
 * An invitation just made, for the clinician to hand over: the link (its token is shown
 * once and kept only as a hash), until when it opens, and whether the e-mail went out.
 */
public record Invitation(String token, String link, Instant expiresAt, Mail mail) {

	/** What became of the e-mail. */
	public enum Mail {

		/** The practice has no mail configured, or no e-mail was asked for. */
		NOT_SENT,

		SENT,

		/** The mail server refused or could not be reached; the link still works. */
		FAILED

	}

	@Override
	public String toString() {
		return "Invitation[expiresAt=" + expiresAt + ", mail=" + mail + "]";
	}

}
