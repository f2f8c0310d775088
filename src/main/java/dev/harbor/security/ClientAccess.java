package dev.harbor.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.harbor.common.InvalidInputException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts side of the portal: invitations, a client's account and its end. Only the
 * portal's own services call it, after they have checked the client is the clinician's
 * (or the caller is that client); it checks nothing of the caseload itself.
 */
@Component
public class ClientAccess {

	/**
	 * How seldom "last active" is written: once a minute is plenty for the client page.
	 */
	private static final Duration ACTIVITY_GRAIN = Duration.ofMinutes(1);

	private final PortalInvitationRepository invitations;

	private final UserAccountRepository accounts;

	private final OpenSessions openSessions;

	private final PortalProperties properties;

	private final Clock clock;

	ClientAccess(PortalInvitationRepository invitations, UserAccountRepository accounts, OpenSessions openSessions,
			PortalProperties properties, Clock clock) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.openSessions = openSessions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A new invitation for the client at this address; one given before stops working. An
	 * address another account signs in with cannot be used.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public IssuedLink invite(long clientId, String email, String displayName, long invitedBy) {
		String problem = AccountRules.emailProblem(email);
		if (problem != null) {
			throw new InvalidInputException("email", problem);
		}
		Optional<UserAccount> holder = accounts.findByEmail(UserAccount.normaliseEmail(email));
		if (holder.isPresent() && !Long.valueOf(clientId).equals(holder.get().getClientId())) {
			throw new InvalidInputException("email", "invitation.rule.emailTaken");
		}
		if (accountOf(clientId).filter(UserAccount::isEnabled).isPresent()) {
			throw new InvalidInputException("email", "invitation.rule.joined");
		}
		Instant now = clock.instant();
		voidOpen(clientId, now);
		String token = RandomCodes.token();
		IssuedLink issued = new IssuedLink(token, now.plus(properties.invitationValidity()));
		invitations.save(new PortalInvitation(clientId, email, displayName, RandomCodes.sha256(token), invitedBy, now,
				issued.expiresAt()));
		return issued;
	}

	/** Whether the token is the client's invitation that still opens (for its letter). */
	@Transactional(readOnly = true)
	public boolean isOpenInvitation(long clientId, String token) {
		return token.length() <= 100 && invitations.findByTokenHash(RandomCodes.sha256(token))
			.filter(invitation -> invitation.clientId() == clientId)
			.filter(invitation -> invitation.stateAt(clock.instant()) == InvitationState.OPEN)
			.isPresent();
	}

	/** Where the client's way in stands. */
	@Transactional(readOnly = true)
	public PortalState state(long clientId) {
		Optional<UserAccount> account = accountOf(clientId);
		if (account.isPresent()) {
			UserAccount joined = account.get();
			return new PortalState(joined.isEnabled() ? PortalState.Stage.JOINED : PortalState.Stage.ENDED, null,
					joined.getCreatedAt(), joined.getLastActiveAt(), joined.getEmail());
		}
		return invitations.findFirstByClientIdOrderByInvitedAtDesc(clientId)
			.filter(latest -> latest.stateAt(clock.instant()) == InvitationState.OPEN)
			.map(open -> new PortalState(PortalState.Stage.INVITED, open.expiresAt(), null, null, open.email()))
			.orElseGet(() -> new PortalState(PortalState.Stage.NOT_INVITED, null, null, null, null));
	}

	/**
	 * Ends the client's access at once: open invitations stop working, the account is
	 * switched off and its open sessions end.
	 * @return whether there was anything to end
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean endAccess(long clientId) {
		Instant now = clock.instant();
		boolean ended = voidOpen(clientId, now);
		Optional<UserAccount> account = accountOf(clientId).filter(UserAccount::isEnabled);
		if (account.isPresent()) {
			account.get().setEnabled(false);
			openSessions.endAllOf(account.get().requireId());
			ended = true;
		}
		return ended;
	}

	/**
	 * Whether the signed-in client's account still opens the portal (access may have
	 * ended since they signed in), noting that they were active.
	 */
	@Transactional
	public boolean stillOpen(long accountId) {
		Optional<UserAccount> account = accounts.findById(accountId)
			.filter(found -> found.getRole() == Role.CLIENT && found.isEnabled());
		account.ifPresent(found -> {
			Instant now = clock.instant();
			if (found.getLastActiveAt() == null
					|| Duration.between(found.getLastActiveAt(), now).compareTo(ACTIVITY_GRAIN) > 0) {
				found.activeAt(now);
			}
		});
		return account.isPresent();
	}

	private Optional<UserAccount> accountOf(long clientId) {
		return accounts.findByClientId(clientId);
	}

	private boolean voidOpen(long clientId, Instant now) {
		var open = invitations.findByClientIdAndUsedAtIsNullAndVoidedAtIsNull(clientId);
		open.forEach(invitation -> invitation.voidAt(now));
		return open.stream().anyMatch(invitation -> now.isBefore(invitation.expiresAt()));
	}

}
