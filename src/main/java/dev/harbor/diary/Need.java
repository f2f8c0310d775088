package dev.harbor.diary;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/** The need underneath the reaction. Stored by name. */
public enum Need implements Translatable {

	SECURITY, CONNECTION, APPRECIATION, AUTONOMY, OTHER;

	@Override
	public String translationKey() {
		return "diary.need." + name().toLowerCase(Locale.ROOT);
	}

}
