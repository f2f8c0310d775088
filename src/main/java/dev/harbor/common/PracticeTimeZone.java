package dev.harbor.common;

import java.time.DateTimeException;
import java.time.ZoneId;

/** The practice's time zone, from its setting ({@code HARBOR_TIME_ZONE}). */
public final class PracticeTimeZone {

	private PracticeTimeZone() {
	}

	/**
	 * The zone named, or the server's own when none is; a name that is no time zone stops
	 * the start with a message saying what to set, rather than counting days in the wrong
	 * zone.
	 */
	public static ZoneId parse(String name) {
		if (name == null || name.isBlank()) {
			return ZoneId.systemDefault();
		}
		try {
			return ZoneId.of(name.strip());
		}
		catch (DateTimeException unknown) {
			throw new IllegalStateException("HARBOR_TIME_ZONE is not a time zone (use a name such as Europe/Amsterdam"
					+ " or America/New_York): " + name.strip(), unknown);
		}
	}

}
