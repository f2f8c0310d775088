package dev.harbor.security;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The client portal, set with {@code harbor.portal.*} or the environment variables the
 * README names.
 *
 * @param invitationValidity how long an invitation opens (a week)
 * @param idleTimeout how long a client's session lasts without activity (the draft they
 * were writing is kept)
 * @param crisisText the practice's own words for the safety line on every portal page;
 * empty: Harbor's default
 * @param publicUrl the address clients reach Harbor at, for links in e-mails and letters;
 * empty: the address of the request that made the invitation
 * @param mailFrom the sender of invitation e-mails (mail itself is set with
 * {@code spring.mail.*}); empty: no e-mail is sent
 */
@ConfigurationProperties("harbor.portal")
public record PortalProperties(@DefaultValue("7d") Duration invitationValidity,
		@DefaultValue("15m") Duration idleTimeout, @Nullable String crisisText, @Nullable String publicUrl,
		@Nullable String mailFrom) {

	public static final int CRISIS_TEXT_MAX = 500;

	public PortalProperties {
		if (invitationValidity.isNegative() || invitationValidity.isZero()) {
			throw new IllegalArgumentException("harbor.portal.invitation-validity must be positive");
		}
		if (idleTimeout.isNegative() || idleTimeout.isZero()) {
			throw new IllegalArgumentException("harbor.portal.idle-timeout must be positive");
		}
		if (crisisText != null && crisisText.strip().length() > CRISIS_TEXT_MAX) {
			throw new IllegalArgumentException(
					"harbor.portal.crisis-text may have at most " + CRISIS_TEXT_MAX + " characters");
		}
		crisisText = crisisText == null || crisisText.isBlank() ? null : crisisText.strip();
		mailFrom = mailFrom == null || mailFrom.isBlank() ? null : mailFrom.strip();
		publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip().replaceAll("/+$", "");
	}

}
