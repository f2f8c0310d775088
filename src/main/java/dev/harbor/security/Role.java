package dev.harbor.security;

import dev.harbor.common.i18n.Translatable;

/**
 * What an account may do. A person who both treats clients and runs the practice has two
 * accounts, so that administration never quietly opens clinical records (see decision
 * 0003). A client's own account, for the portal, belongs to one client record (decision
 * 0030).
 */
public enum Role implements Translatable {

	CLINICIAN, ADMIN, CLIENT;

	/** Names for {@code @RolesAllowed}, which needs compile-time constants. */
	public static final class Names {

		public static final String CLINICIAN = "CLINICIAN";

		public static final String ADMIN = "ADMIN";

		public static final String CLIENT = "CLIENT";

		private Names() {
		}

	}

	/** The practice's own people, whom a practice may require to use two-step sign-in. */
	public boolean isStaff() {
		return this == CLINICIAN || this == ADMIN;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	@Override
	public String translationKey() {
		return "role." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
