package dev.harbor.therapysession;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/** What a new session must be, for the form and the service alike. */
public final class SessionRules {

	/** How far back a session may be entered afterwards. */
	static final int YEARS_BACK = 10;

	private SessionRules() {
	}

	/**
	 * A session within the last ten years or the coming one; a translation key if not.
	 */
	public static @Nullable String startsAtProblem(@Nullable LocalDateTime startsAt, LocalDate today) {
		return startsAt == null || startsAt.toLocalDate().isBefore(today.minusYears(YEARS_BACK))
				|| startsAt.toLocalDate().isAfter(today.plusYears(1)) ? "session.rule.startsAt" : null;
	}

	public static @Nullable String minutesProblem(@Nullable Integer minutes) {
		return minutes == null || minutes < NewSession.MINUTES_MIN || minutes > NewSession.MINUTES_MAX
				? "session.rule.minutes" : null;
	}

}
