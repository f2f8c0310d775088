package dev.harbor.security;

import dev.harbor.common.i18n.Translatable;
import org.jspecify.annotations.Nullable;

/**
 * A sign-in that did not work. Only an existing account is named; what someone typed for
 * an unknown address is not kept (people paste passwords into the wrong field).
 *
 * @param accountId the account, when the address belongs to one
 * @param email that account's address
 * @param reason why it did not work
 * @param remoteAddress where the attempt came from
 */
public record SignInFailedEvent(@Nullable Long accountId, @Nullable String email, Reason reason,
		@Nullable String remoteAddress) {

	public enum Reason implements Translatable {

		WRONG_PASSWORD,

		/** No longer given: accounts are not locked any more (decision 0027). */
		ACCOUNT_RESTING,

		ACCOUNT_DISABLED, UNKNOWN_ACCOUNT, OTHER,

		/** Too many wrong passwords from that address lately. */
		THROTTLED;

		@Override
		public String translationKey() {
			return "signInFailure." + name();
		}

	}

}
