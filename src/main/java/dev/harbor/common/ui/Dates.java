package dev.harbor.common.ui;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import org.jspecify.annotations.Nullable;

/**
 * Dates as the clinician reads them: their browser's time zone, their language's style.
 */
public final class Dates {

	private Dates() {
	}

	public static String shortDate(@Nullable Instant instant) {
		return instant == null ? "" : shortDate(instant.atZone(zone()).toLocalDate());
	}

	public static String shortDate(@Nullable LocalDate date) {
		return date == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
	}

	public static String shortDateTime(@Nullable LocalDateTime moment) {
		return moment == null ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(locale())
					.format(moment);
	}

	/** The time of day alone, for a list of one day's sessions. */
	public static String shortTime(@Nullable LocalDateTime moment) {
		return moment == null ? ""
				: DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).format(moment);
	}

	public static String shortDateTime(@Nullable Instant instant) {
		return instant == null ? "" : shortDateTime(instant.atZone(zone()).toLocalDateTime());
	}

	/** Now by the application's clock, in the clinician's time zone, to the minute. */
	public static LocalDateTime now(Clock clock) {
		return LocalDateTime.ofInstant(clock.instant(), zone()).withSecond(0).withNano(0);
	}

	/** Today by the application's clock, in the clinician's time zone. */
	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), zone());
	}

	public static LocalDate today() {
		return LocalDate.now(zone());
	}

	private static ZoneId zone() {
		UI ui = UI.getCurrent();
		ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
		if (details != null && details.getTimeZoneId() != null) {
			try {
				return ZoneId.of(details.getTimeZoneId());
			}
			catch (DateTimeException unknownZone) {
				return ZoneId.systemDefault();
			}
		}
		return ZoneId.systemDefault();
	}

	private static Locale locale() {
		UI ui = UI.getCurrent();
		return ui == null ? Locale.ENGLISH : ui.getLocale();
	}

}
