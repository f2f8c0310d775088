package dev.harbor.audit;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/** What happened. Stored by name, so constants may be added but never renamed. */
public enum AuditAction implements Translatable {

	SIGN_IN, SIGN_OUT, SESSION_TIMEOUT, VIEW, LIST, CREATE, CHANGE, EXPORT,

	/**
	 * A call to a function the caller may not use at all (refused by method security).
	 */
	ACCESS,

	/** The admin checked the audit trail's hash chain. */
	VERIFY;

	@Override
	public String translationKey() {
		return "audit.action." + name().toLowerCase(Locale.ROOT);
	}

}
