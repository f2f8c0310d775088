package dev.harbor.security;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import dev.harbor.common.InvalidInputException;
import dev.harbor.common.NotClientScoped;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step sign-in: a code from an authenticator app after the password. People set their
 * own app up (and must, where the practice requires it of staff); the second step of a
 * sign-in checks the code; an admin can reset a person's app when the phone is lost, and
 * the person is told. Nobody, an admin included, ever sees another person's secret.
 */
@Service
public class TwoStepService {

	private final SecondSteps steps;

	private final UserAccountRepository accounts;

	private final PracticeSettingRepository settings;

	private final SecondFactorRepository factors;

	private final PasswordEncoder encoder;

	private final CurrentUser currentUser;

	private final AccountNotices notices;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String issuer;

	TwoStepService(SecondSteps steps, UserAccountRepository accounts, PracticeSettingRepository settings,
			SecondFactorRepository factors, PasswordEncoder encoder, CurrentUser currentUser, AccountNotices notices,
			ApplicationEventPublisher events, Clock clock, @Value("${harbor.practice.name:Harbor}") String issuer) {
		this.steps = steps;
		this.accounts = accounts;
		this.settings = settings;
		this.factors = factors;
		this.encoder = encoder;
		this.currentUser = currentUser;
		this.notices = notices;
		this.events = events;
		this.clock = clock;
		this.issuer = issuer.isBlank() ? "Harbor" : issuer.strip();
	}

	@Transactional(readOnly = true)
	@RolesAllowed({ Role.Names.CLINICIAN, Role.Names.ADMIN, Role.Names.CLIENT })
	@NotClientScoped("The caller's own sign-in settings; no client data")
	public TwoStepStatus myTwoStep() {
		HarborUser me = currentUser.require();
		boolean on = steps.hasFactor(me.accountId());
		return new TwoStepStatus(on, steps.requiredFor(me.role()), on ? steps.recoveryCodesLeft(me.accountId()) : 0);
	}

	/** A new secret for the signed-in person's app; nothing is saved yet. */
	@RolesAllowed({ Role.Names.CLINICIAN, Role.Names.ADMIN, Role.Names.CLIENT })
	@NotClientScoped("The caller's own sign-in settings; no client data")
	public Enrolment startEnrolment() {
		return enrolmentFor(currentUser.require().getUsername());
	}

	/**
	 * Saves the app once its first code is right, replacing any app before, and returns
	 * ten new recovery codes to show once.
	 */
	@Transactional
	@RolesAllowed({ Role.Names.CLINICIAN, Role.Names.ADMIN, Role.Names.CLIENT })
	@NotClientScoped("The caller's own sign-in settings; no client data")
	public List<String> confirmEnrolment(Enrolment enrolment, String code) {
		HarborUser me = currentUser.require();
		byte[] secret = Totp.secretFromText(enrolment.secretText());
		OptionalLong step = SecondSteps.firstCode(secret, code, clock.instant());
		if (step.isEmpty()) {
			throw new InvalidInputException("code", "twoStep.rule.firstCode");
		}
		List<String> codes = steps.enrol(me.accountId(), secret, step.getAsLong());
		events.publishEvent(new SelfChangedEvent(me.accountId(), me.getUsername(), "two-step sign-in set up"));
		return codes;
	}

	/** Ten new recovery codes; the old ones stop working. */
	@Transactional
	@RolesAllowed({ Role.Names.CLINICIAN, Role.Names.ADMIN, Role.Names.CLIENT })
	@NotClientScoped("The caller's own sign-in settings; no client data")
	public List<String> renewRecoveryCodes() {
		HarborUser me = currentUser.require();
		if (!steps.hasFactor(me.accountId())) {
			throw new InvalidInputException("recoveryCodes", "twoStep.rule.notOn");
		}
		List<String> codes = steps.newRecoveryCodes(me.accountId());
		events.publishEvent(new SelfChangedEvent(me.accountId(), me.getUsername(), "recovery codes renewed"));
		return codes;
	}

	/**
	 * Turns the caller's own two-step sign-in off, with their password, unless required.
	 */
	@Transactional
	@RolesAllowed({ Role.Names.CLINICIAN, Role.Names.ADMIN, Role.Names.CLIENT })
	@NotClientScoped("The caller's own sign-in settings; no client data")
	public void turnOffMine(String currentPassword) {
		HarborUser me = currentUser.require();
		if (steps.requiredFor(me.role())) {
			throw new InvalidInputException("currentPassword", "twoStep.rule.required");
		}
		UserAccount account = accounts.findById(me.accountId())
			.orElseThrow(() -> new AccountNotFoundException(me.accountId()));
		if (!encoder.matches(currentPassword, account.getPasswordHash())) {
			throw new InvalidInputException("currentPassword", "account.rule.currentPassword");
		}
		steps.remove(me.accountId());
		events.publishEvent(new SelfChangedEvent(me.accountId(), me.getUsername(), "two-step sign-in turned off"));
	}

	/**
	 * A secret for setting an app up in the middle of signing in, where the practice
	 * requires it; the pending sign-in proves the password was right.
	 */
	@PermitAll
	@NotClientScoped("Setting up the caller's own app during sign-in; no client data")
	public Enrolment startEnrolment(PendingSignIn pending) {
		if (!pending.waitingAt(clock.instant(), PendingSignIn.Stage.ENROL)) {
			throw new InvalidInputException("code", "twoStep.rule.expired");
		}
		return enrolmentFor(pending.email());
	}

	/**
	 * Sets the app up during sign-in; on the right first code the person may be signed
	 * in.
	 */
	@Transactional
	@PermitAll
	@NotClientScoped("Setting up the caller's own app during sign-in; no client data")
	public StepResult enrolAtSignIn(PendingSignIn pending, Enrolment enrolment, String code) {
		Optional<HarborUser> user = waiting(pending, PendingSignIn.Stage.ENROL);
		if (user.isEmpty()) {
			return StepResult.refused("code", "twoStep.rule.expired");
		}
		byte[] secret = Totp.secretFromText(enrolment.secretText());
		OptionalLong step = SecondSteps.firstCode(secret, code, clock.instant());
		if (step.isEmpty()) {
			return StepResult.refused("code", "twoStep.rule.firstCode");
		}
		List<String> codes = steps.enrol(pending.accountId(), secret, step.getAsLong());
		events.publishEvent(new SelfChangedEvent(pending.accountId(), pending.email(), "two-step sign-in set up"));
		return StepResult.done(new VerifiedSignIn(user.get()), codes);
	}

	/** The second step of a sign-in: a code from the app, or a recovery code. */
	@Transactional
	@PermitAll
	@NotClientScoped("The second step of the caller's own sign-in; no client data")
	public StepResult signInWithCode(PendingSignIn pending, String code) {
		Optional<HarborUser> user = waiting(pending, PendingSignIn.Stage.CODE);
		if (user.isEmpty()) {
			return StepResult.refused("code", "twoStep.rule.expired");
		}
		String problem = steps.check(pending.accountId(), pending.email(), code, LoginAttempts.requestAddress());
		return problem == null ? StepResult.done(new VerifiedSignIn(user.get())) : StepResult.refused("code", problem);
	}

	@Transactional(readOnly = true)
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("A practice setting; no client data")
	public TwoStepSetting practiceSetting() {
		return view(steps.setting());
	}

	@Transactional
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("A practice setting; no client data")
	public TwoStepSetting requireForStaff(boolean required, long version) {
		PracticeSetting setting = steps.setting();
		if (setting.version() != version) {
			throw new OptimisticLockingFailureException("The practice's sign-in setting was changed by someone else");
		}
		setting.requireSecondFactor(required);
		events.publishEvent(new PracticeSettingChangedEvent(
				required ? "two-step sign-in required for staff" : "two-step sign-in optional for staff"));
		return view(settings.save(setting));
	}

	/**
	 * Removes a person's app and recovery codes (a lost phone). They set a new one up at
	 * their next sign-in if the practice requires it, and are told who did this and when.
	 */
	@Transactional
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("Account administration; accounts hold no client data")
	public void resetSecondFactor(long accountId) {
		if (accountId == currentUser.require().accountId()) {
			throw new InvalidInputException("twoStep", "twoStep.rule.notYourself");
		}
		accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
		if (!steps.hasFactor(accountId)) {
			throw new InvalidInputException("twoStep", "twoStep.rule.notOnFor");
		}
		steps.remove(accountId);
		notices.secondFactorReset(accountId);
		events.publishEvent(new AccountChangedEvent(accountId, "two-step sign-in reset", false));
	}

	/** Which of these accounts have an app set up, for the admin's list. */
	@Transactional(readOnly = true)
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("Account administration; accounts hold no client data")
	public Set<Long> withTwoStep(Collection<Long> accountIds) {
		return accountIds.isEmpty() ? Set.of() : factors.accountsAmong(accountIds);
	}

	private Enrolment enrolmentFor(String accountName) {
		byte[] secret = Totp.newSecret();
		return new Enrolment(Totp.secretText(secret), Totp.keyUri(issuer, accountName, secret));
	}

	/** The person of a pending sign-in still waiting at this stage, still switched on. */
	private Optional<HarborUser> waiting(PendingSignIn pending, PendingSignIn.Stage stage) {
		if (!pending.waitingAt(clock.instant(), stage)) {
			return Optional.empty();
		}
		return accounts.findById(pending.accountId()).filter(UserAccount::isEnabled).map(HarborUser::signedIn);
	}

	private TwoStepSetting view(PracticeSetting setting) {
		return new TwoStepSetting(steps.requiredOfStaff(setting), setting.version());
	}

}
