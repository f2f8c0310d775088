package dev.harbor.correctiveexperience;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/** Where the experience happened. Stored by name. */
public enum Setting implements Translatable {

	PARTNER, FRIEND, FAMILY, THERAPIST, THERAPY_GROUP, COMMUNITY, WORK;

	@Override
	public String translationKey() {
		return "experience.setting." + name().toLowerCase(Locale.ROOT);
	}

}
