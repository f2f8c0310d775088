package dev.harbor.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * The practice's own sign-in settings: one row, made by the migration. A setting nobody
 * has chosen yet is empty and the profile's default applies.
 */
@Entity
@Table(name = "practice_setting")
class PracticeSetting {

	static final long THE_PRACTICE = 1;

	@Id
	private long id;

	@Version
	private long version;

	private @Nullable Boolean secondFactorRequired;

	protected PracticeSetting() {
	}

	/** The row as the migration makes it: nothing chosen yet. */
	static PracticeSetting unchosen() {
		PracticeSetting setting = new PracticeSetting();
		setting.id = THE_PRACTICE;
		return setting;
	}

	long version() {
		return version;
	}

	boolean secondFactorRequired(boolean byDefault) {
		return secondFactorRequired == null ? byDefault : secondFactorRequired;
	}

	void requireSecondFactor(boolean required) {
		secondFactorRequired = required;
	}

	@Override
	public String toString() {
		return "PracticeSetting";
	}

}
