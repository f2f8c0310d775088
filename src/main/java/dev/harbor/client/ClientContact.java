package dev.harbor.client;

import dev.harbor.common.i18n.Language;

import org.jspecify.annotations.Nullable;

/**
 * How a client is named and reached, for an invitation to the portal.
 *
 * @param discharged whether the therapy has ended (no invitation then)
 * @param language the client's, for their invitation and letter
 */
public record ClientContact(String displayName, @Nullable String email, boolean discharged, Language language) {

	/** Ids and kinds only: a name or an address never reaches a log line. */
	@Override
	public String toString() {
		return "ClientContact";
	}

}
