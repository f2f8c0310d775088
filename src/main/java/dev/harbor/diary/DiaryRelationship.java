package dev.harbor.diary;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/** Whom the moment concerns. Stored by name. */
public enum DiaryRelationship implements Translatable {

	PARTNER, PARENT, FRIEND, COLLEAGUE, THERAPIST, OTHER;

	@Override
	public String translationKey() {
		return "diary.diary_relationship." + name().toLowerCase(Locale.ROOT);
	}

}
