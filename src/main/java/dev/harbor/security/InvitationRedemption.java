package dev.harbor.security;

import java.time.Clock;
import java.util.Optional;

import dev.harbor.common.InvalidInputException;
import dev.harbor.common.NotClientScoped;
import jakarta.annotation.security.PermitAll;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client opening the invitation their clinician gave them: they confirm the address it
 * was sent to, choose a password (the staff rules) and are signed in to the portal. Tries
 * are throttled per address and per invitation; what the page says never tells whether an
 * address has an account.
 */
@Service
public class InvitationRedemption {

	/** Where invitations open, under the app's own address. */
	public static final String ROUTE = "invitation";

	private static final int TOKEN_MAX = 100;

	private final PortalInvitationRepository invitations;

	private final UserAccountRepository accounts;

	private final SignInThrottle throttle;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InvitationRedemption(PortalInvitationRepository invitations, UserAccountRepository accounts,
			SignInThrottle throttle, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.throttle = throttle;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the invitation opens, or why not. */
	@Transactional(readOnly = true)
	@PermitAll
	@NotClientScoped("An invitation's page before the client is known; it shows no client data")
	public InvitationInfo open(String token) {
		return find(token)
			.map(invitation -> new InvitationInfo(invitation.stateAt(clock.instant()), invitation.expiresAt()))
			.orElseGet(() -> new InvitationInfo(InvitationState.UNKNOWN, null));
	}

	/**
	 * Redeems the invitation: the address must be the one it was sent to; the password
	 * follows the staff rules. The invitation is then used up.
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	@PermitAll
	@NotClientScoped("Redeeming names only the invitation's token; the client it belongs to comes from it")
	public StepResult redeem(String token, String email, String newPassword) {
		String address = LoginAttempts.requestAddress();
		String key = token.length() > TOKEN_MAX ? "too-long" : RandomCodes.sha256(token);
		if (!throttle.allowsRedeeming(address, key)) {
			return StepResult.refused("email", "invitation.rule.throttled");
		}
		Optional<PortalInvitation> found = find(token);
		if (found.isEmpty() || found.get().stateAt(clock.instant()) != InvitationState.OPEN) {
			throttle.redeemingFailed(address, key);
			return StepResult.refused("email", "invitation.rule.closed");
		}
		PortalInvitation invitation = found.get();
		if (email == null || !UserAccount.normaliseEmail(email).equals(invitation.email())) {
			throttle.redeemingFailed(address, key);
			return StepResult.refused("email", "invitation.rule.otherAddress");
		}
		String passwordProblem = AccountRules.passwordProblem(newPassword);
		if (passwordProblem != null) {
			throw new InvalidInputException("newPassword", passwordProblem);
		}
		if (accounts.findByEmail(invitation.email()).isPresent()
				|| accounts.findByClientId(invitation.clientId()).isPresent()) {
			// Someone else signs in with this address by now, or the client joined
			// before:
			// the same words as for any invitation that no longer opens.
			return StepResult.refused("email", "invitation.rule.closed");
		}
		invitation.use(clock.instant());
		UserAccount account = accounts.saveAndFlush(UserAccount.forClient(invitation.clientId(), invitation.email(),
				invitation.displayName(), encoder.encode(newPassword), clock.instant()));
		account.activeAt(clock.instant());
		events.publishEvent(new ClientJoinedEvent(account.requireId(), account.getEmail(), invitation.clientId()));
		return StepResult.done(new VerifiedSignIn(HarborUser.signedIn(account)));
	}

	private Optional<PortalInvitation> find(String token) {
		if (token == null || token.isBlank() || token.length() > TOKEN_MAX) {
			return Optional.empty();
		}
		return invitations.findByTokenHash(RandomCodes.sha256(token));
	}

}
