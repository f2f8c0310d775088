package dev.harbor.diary;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/**
 * How an entry reached Harbor: typed in, or from a file the client kept. Stored by name.
 */
public enum DiarySource implements Translatable {

	TYPED, IMPORTED;

	@Override
	public String translationKey() {
		return "diary.diary_source." + name().toLowerCase(Locale.ROOT);
	}

}
