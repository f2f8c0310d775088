package dev.harbor.security;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/**
 * Where an invitation stands, as the person holding its link is told: open, or why it no
 * longer opens. An unknown token says only that it does not work.
 */
public enum InvitationState implements Translatable {

	OPEN, USED, EXPIRED, VOIDED, UNKNOWN;

	@Override
	public String translationKey() {
		return "invitation.state." + name().toLowerCase(Locale.ROOT);
	}

}
