package dev.harbor.client;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/**
 * Where a client is in their work with us. Discharged clients are archived, never
 * deleted.
 */
public enum ClientStatus implements Translatable {

	ACTIVE, PAUSED, DISCHARGED;

	@Override
	public String translationKey() {
		return "client.status." + name().toLowerCase(Locale.ROOT);
	}

}
