package dev.harbor.correctiveexperience;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/** What the client dared to do. Stored by name. */
public enum Risk implements Translatable {

	ASKED_FOR_SUPPORT, ACCEPTED_HELP, SHARED_VULNERABLE, SET_BOUNDARY, REPAIRED, TOLERATED_DISTANCE;

	@Override
	public String translationKey() {
		return "experience.risk." + name().toLowerCase(Locale.ROOT);
	}

}
