package dev.harbor.security;

import java.time.Clock;
import java.util.Optional;

import dev.harbor.common.InvalidInputException;
import dev.harbor.common.NotClientScoped;
import dev.harbor.security.SignInLink.Purpose;
import jakarta.annotation.security.PermitAll;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in links: what an admin hands over instead of a password, to a new account or
 * after a reset. A link works once, for a day, to choose a password; where the person has
 * an authenticator app, it also needs a code from it, so holding the link is not enough
 * to become them (decision 0028).
 */
@Service
public class SignInLinks {

	private final SignInLinkRepository links;

	private final UserAccountRepository accounts;

	private final SecondSteps steps;

	private final PasswordEncoder encoder;

	private final OpenSessions openSessions;

	private final TwoStepProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignInLinks(SignInLinkRepository links, UserAccountRepository accounts, SecondSteps steps, PasswordEncoder encoder,
			OpenSessions openSessions, TwoStepProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.links = links;
		this.accounts = accounts;
		this.steps = steps;
		this.encoder = encoder;
		this.openSessions = openSessions;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** A new link for the account; any link given to it before stops working. */
	IssuedLink issue(long accountId, Purpose purpose, String issuedBy) {
		links.findByAccountIdAndUsedAtIsNullAndExpiresAtAfter(accountId, clock.instant())
			.forEach(earlier -> earlier.use(clock.instant()));
		String token = RandomCodes.token();
		IssuedLink issued = new IssuedLink(token, clock.instant().plus(properties.linkValidity()));
		links.save(new SignInLink(accountId, RandomCodes.sha256(token), purpose, issuedBy, clock.instant(),
				issued.expiresAt()));
		return issued;
	}

	/** What the link's page shows; empty for a link that is unknown, used or expired. */
	@Transactional(readOnly = true)
	@PermitAll
	@NotClientScoped("A sign-in link names one account; no client data")
	public Optional<LinkInfo> open(String token) {
		return usable(token).flatMap(link -> accounts.findById(link.accountId())
			.filter(UserAccount::isEnabled)
			.map(account -> new LinkInfo(link.purpose() == Purpose.NEW_ACCOUNT, steps.hasFactor(account.requireId()),
					account.getDisplayName())));
	}

	/**
	 * Chooses the password the link is for, with a code from the app where the person has
	 * one. The link is then used up and every other session of the person ends.
	 */
	@Transactional
	@PermitAll
	@NotClientScoped("A sign-in link names one account; no client data")
	public StepResult use(String token, String newPassword, String code) {
		Optional<SignInLink> found = usable(token);
		Optional<UserAccount> owner = found.flatMap(link -> accounts.findById(link.accountId()))
			.filter(UserAccount::isEnabled);
		if (found.isEmpty() || owner.isEmpty()) {
			return StepResult.refused("newPassword", "link.rule.expired");
		}
		UserAccount account = owner.get();
		String passwordProblem = AccountRules.passwordProblem(newPassword);
		if (passwordProblem != null) {
			throw new InvalidInputException("newPassword", passwordProblem);
		}
		if (steps.hasFactor(account.requireId())) {
			String problem = steps.check(account.requireId(), account.getEmail(), code, LoginAttempts.requestAddress());
			if (problem != null) {
				return StepResult.refused("code", problem);
			}
		}
		found.get().use(clock.instant());
		account.setPassword(encoder.encode(newPassword), false);
		events.publishEvent(
				new SelfChangedEvent(account.requireId(), account.getEmail(), "password chosen from a sign-in link"));
		openSessions.endAllOf(account.requireId());
		if (!steps.hasFactor(account.requireId()) && steps.requiredFor(account.getRole())) {
			return StepResult.then(new PendingSignIn(account.requireId(), account.getEmail(), PendingSignIn.Stage.ENROL,
					clock.instant()));
		}
		return StepResult.done(new VerifiedSignIn(HarborUser.signedIn(account)));
	}

	private Optional<SignInLink> usable(String token) {
		if (token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return links.findByTokenHash(RandomCodes.sha256(token)).filter(link -> link.opensAt(clock.instant()));
	}

}
