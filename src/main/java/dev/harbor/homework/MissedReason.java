package dev.harbor.homework;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/**
 * Why a planned practice did not happen, in the client's terms and without blame. "It
 * felt like a test of me" is a relational message worth exploring, not an excuse.
 */
public enum MissedReason implements Translatable {

	FORGOT, UNCLEAR_HOW, TOO_MUCH, DID_NOT_SEE_THE_POINT, TOO_BUSY, AVOIDED_IT, FELT_LIKE_A_TEST, OTHER;

	@Override
	public String translationKey() {
		return "homework.missed.reason." + name().toLowerCase(Locale.ROOT);
	}

}
