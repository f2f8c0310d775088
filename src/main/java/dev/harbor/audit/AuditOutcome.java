package dev.harbor.audit;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/**
 * How it ended: done, failed (e.g. a wrong password) or refused because it was not
 * theirs.
 */
public enum AuditOutcome implements Translatable {

	SUCCESS, FAILURE, DENIED;

	@Override
	public String translationKey() {
		return "audit.outcome." + name().toLowerCase(Locale.ROOT);
	}

}
