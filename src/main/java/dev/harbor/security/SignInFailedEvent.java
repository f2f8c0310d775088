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

		/** Too many wrong passwords or codes from that address lately. */
		THROTTLED,

		/** The password was right, the code from the app (or recovery code) was not. */
		WRONG_CODE,

		/** A right code that was already used once (someone may have seen it). */
		CODE_REUSED,

		/**
		 * A one-time password from before sign-in links; they no longer open anything.
		 */
		PASSWORD_EXPIRED;

		@Override
		public String translationKey() {
			return "signInFailure." + name();
		}

	}

}
