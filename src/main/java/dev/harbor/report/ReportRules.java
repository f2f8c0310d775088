package dev.harbor.report;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What a summary's period and a handout's log must be, for the form and the service. */
public final class ReportRules {

	/** The longest period one summary covers. */
	static final int MAX_YEARS = 2;

	private ReportRules() {
	}

	/**
	 * A period that has begun, ends on or after its start and spans at most two years; a
	 * translation key if not.
	 */
	public static @Nullable String periodProblem(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate today) {
		return from == null || to == null || to.isBefore(from) || from.isBefore(to.minusYears(MAX_YEARS))
				|| from.isAfter(today) ? "report.rule.period" : null;
	}

	public static @Nullable String weeksProblem(@Nullable Integer weeks) {
		return weeks == null || weeks < 1 || weeks > HandoutRequest.MAX_WEEKS ? "report.rule.weeks" : null;
	}

}
