package dev.harbor.diary;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/** A feeling the client names, rated 0 to 100. Stored by name. */
public enum Feeling implements Translatable {

	FEAR, WORRY, SADNESS, ANGER, SHAME, LONELINESS, JEALOUSY, OTHER;

	@Override
	public String translationKey() {
		return "diary.feeling." + name().toLowerCase(Locale.ROOT);
	}

}
