package dev.harbor.client.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import org.jspecify.annotations.Nullable;

/**
 * Dates as the clinician reads them: their browser's time zone, their language's style.
 */
final class Dates {

	private Dates() {
	}

	static String shortDate(@Nullable Instant instant) {
		return instant == null ? "" : shortDate(instant.atZone(zone()).toLocalDate());
	}

	static String shortDate(@Nullable LocalDate date) {
		return date == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
	}

	static LocalDate today() {
		return LocalDate.now(zone());
	}

	private static ZoneId zone() {
		UI ui = UI.getCurrent();
		ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
		if (details != null && details.getTimeZoneId() != null) {
			try {
				return ZoneId.of(details.getTimeZoneId());
			}
			catch (java.time.DateTimeException unknownZone) {
				return ZoneId.systemDefault();
			}
		}
		return ZoneId.systemDefault();
	}

	private static java.util.Locale locale() {
		UI ui = UI.getCurrent();
		return ui == null ? java.util.Locale.ENGLISH : ui.getLocale();
	}

}
