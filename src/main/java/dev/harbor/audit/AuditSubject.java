package dev.harbor.audit;

import java.util.Locale;

import dev.harbor.common.i18n.Translatable;

/** The kind of record an event is about. Stored by name. */
public enum AuditSubject implements Translatable {

	ACCOUNT, CLIENT, AUDIT_LOG, EXERCISE_TEMPLATE, HOMEWORK, COMPLETION, DIARY, CORRECTIVE_EXPERIENCE, SESSION,

	/**
	 * A separation or closeness ladder, its steps and templates; an attempt on a step.
	 */
	LADDER, LADDER_TEMPLATE, LADDER_ATTEMPT,

	/** The plan for keeping what was built; the readings given to a client. */
	KEEPING_PLAN, READING,

	/** The practice's own settings (such as requiring two-step sign-in). */
	PRACTICE_SETTING;

	@Override
	public String translationKey() {
		return "audit.subject." + name().toLowerCase(Locale.ROOT);
	}

}
