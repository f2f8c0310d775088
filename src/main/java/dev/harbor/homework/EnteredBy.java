package dev.harbor.homework;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/**
 * Who typed a practice in: the clinician (from a worksheet or in session) or, once there
 * is a portal, the client.
 */
public enum EnteredBy implements Translatable {

	CLINICIAN, CLIENT;

	@Override
	public String translationKey() {
		return "homework.enteredBy." + name().toLowerCase(Locale.ROOT);
	}

}
