package dev.harbor.client;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many whole years a client's record is kept after discharge
 * ({@code HARBOR_RETENTION_YEARS}). Seven by default: the American Psychological
 * Association's record-keeping guidelines for adults where no law asks for more. Many
 * places do ask for more (England's NHS records code and the Dutch WGBO: twenty years),
 * so the practice sets its own. Harbor only shows which records have passed it; it
 * deletes nothing.
 */
@ConfigurationProperties("harbor.retention")
public record RetentionProperties(@DefaultValue("7") int years) {

	/** The shortest and longest periods taken; anything else stops the start. */
	static final int MIN_YEARS = 1;

	static final int MAX_YEARS = 100;

	public RetentionProperties {
		if (years < MIN_YEARS || years > MAX_YEARS) {
			throw new IllegalArgumentException("HARBOR_RETENTION_YEARS must be a whole number of years from "
					+ MIN_YEARS + " to " + MAX_YEARS + ", not " + years);
		}
	}

}
