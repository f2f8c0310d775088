package dev.harbor.keepingplan;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A client's plan as it stands.
 *
 * @param version {@link #NOT_SAVED} while nothing has been saved yet
 * @param shared whether it shows in the client's portal
 * @param savedAt when it was last saved; empty before the first save
 */
public record PlanView(long clientId, long version, PlanText text, boolean shared, @Nullable Instant savedAt) {

	/** The version of a plan not written yet; a saved plan's versions start at 0. */
	public static final long NOT_SAVED = -1;

	public boolean saved() {
		return savedAt != null;
	}

	@Override
	public String toString() {
		return "PlanView[clientId=" + clientId + ", version=" + version + "]";
	}

}
