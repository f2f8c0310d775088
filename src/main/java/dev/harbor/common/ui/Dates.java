package dev.harbor.common.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.jspecify.annotations.Nullable;

/**
 * Dates as the clinician reads them: the practice's time zone (the application clock's),
 * their language's style.
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

	/** Now by the application's clock, in the practice's time zone, to the minute. */
	public static LocalDateTime now(Clock clock) {
		return LocalDateTime.now(clock).withSecond(0).withNano(0);
	}

	/**
	 * Today by the application's clock, in the practice's time zone: what services count
	 * with.
	 */
	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock);
	}

	/**
	 * Shows moments in the zone of the application's clock, the practice's, for this
	 * browser session; the frame calls it, so times on screen agree with "today".
	 */
	public static void showTimesIn(ZoneId zone) {
		VaadinSession session = VaadinSession.getCurrent();
		if (session != null) {
			session.setAttribute(ZoneId.class, zone);
		}
	}

	private static ZoneId zone() {
		VaadinSession session = VaadinSession.getCurrent();
		ZoneId zone = session == null ? null : session.getAttribute(ZoneId.class);
		return zone == null ? ZoneId.systemDefault() : zone;
	}

	private static Locale locale() {
		UI ui = UI.getCurrent();
		return ui == null ? Locale.ENGLISH : ui.getLocale();
	}

}
