package dev.harbor.client;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/**
 * Relational patterns a clinician may notice; anything else goes into the free-text note.
 */
public enum ClientPattern implements Translatable {

	PEOPLE_PLEASING, TROUBLE_SAYING_NO, DOING_EVERYTHING_ALONE, PULLING_AWAY, CLINGING, REASSURANCE_SEEKING;

	@Override
	public String translationKey() {
		return "client.pattern." + name().toLowerCase(Locale.ROOT);
	}

}
