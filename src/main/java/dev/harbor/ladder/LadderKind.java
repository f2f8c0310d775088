package dev.harbor.ladder;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/**
 * What a ladder is for: time apart lengthened step by step (anxious attachment), or
 * letting someone closer a little at a time (avoidant attachment). Stored by name.
 */
public enum LadderKind implements Translatable {

	TIME_APART, CLOSENESS;

	@Override
	public String translationKey() {
		return "ladder.kind." + name().toLowerCase(Locale.ROOT);
	}

}
