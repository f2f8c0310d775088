package dev.harbor.reading;

import java.util.List;

import dev.harbor.common.i18n.Language;

/**
 * Every reading as it stands for one client, and the client's language, which the portal
 * and the printed page use.
 */
public record ClientReadings(Language language, List<ReadingView> readings) {

	public ClientReadings {
		readings = List.copyOf(readings);
	}

}
