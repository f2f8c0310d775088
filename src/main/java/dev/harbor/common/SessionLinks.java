package dev.harbor.common;

/**
 * Whether a session belongs to a client. Features that link their records to the session
 * in which they were dealt with (an entry reviewed, homework assigned) ask this before
 * storing the link, without depending on the sessions feature, which depends on them.
 */
public interface SessionLinks {

	boolean isSessionOf(long sessionId, long clientId);

}
