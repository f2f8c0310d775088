package dev.harbor.common;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/**
 * Who typed a record in: the clinician (from a worksheet or in session) or, once there is
 * a portal, the client. Kept on every practice and entry from the start.
 */
public enum EnteredBy implements Translatable {

	CLINICIAN, CLIENT;

	@Override
	public String translationKey() {
		return "enteredBy." + name().toLowerCase(Locale.ROOT);
	}

}
