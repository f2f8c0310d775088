package dev.harbor.client;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/**
 * Which relationship an attachment position describes; the picture can differ between
 * them.
 */
public enum Relationship implements Translatable {

	PARTNER, PARENT, FRIEND, OTHER;

	@Override
	public String translationKey() {
		return "client.relationship." + name().toLowerCase(Locale.ROOT);
	}

}
