package dev.harbor.correctiveexperience;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/** What the client learned something about. Stored by name. */
public enum Learning implements Translatable {

	TONE, TIMING, WORDING, MYSELF;

	@Override
	public String translationKey() {
		return "experience.learning." + name().toLowerCase(Locale.ROOT);
	}

}
