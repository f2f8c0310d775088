package dev.harbor.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import dev.harbor.security.SignInFailedEvent.Reason;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The checks behind two-step sign-in, shared by the sign-in form, the code page and
 * sign-in links: whether an account needs a second step, and whether a code is right.
 * Every wrong code counts toward the same throttle as a wrong password and leaves a
 * failed sign-in on the audit trail. Runs in its callers' transactions.
 */
@Component
class SecondSteps {

	static final int RECOVERY_CODES = 10;

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final int RECOVERY_LENGTH = 10;

	private final SecondFactorRepository factors;

	private final RecoveryCodeRepository recoveryCodes;

	private final PracticeSettingRepository settings;

	private final FactorSecrets secrets;

	private final PasswordEncoder encoder;

	private final SignInThrottle throttle;

	private final TwoStepProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SecondSteps(SecondFactorRepository factors, RecoveryCodeRepository recoveryCodes,
			PracticeSettingRepository settings, FactorSecrets secrets, PasswordEncoder encoder, SignInThrottle throttle,
			TwoStepProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.factors = factors;
		this.recoveryCodes = recoveryCodes;
		this.settings = settings;
		this.secrets = secrets;
		this.encoder = encoder;
		this.throttle = throttle;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the practice requires two-step sign-in of this role (staff only). */
	boolean requiredFor(Role role) {
		return role.isStaff() && requiredOfStaff(setting());
	}

	boolean requiredOfStaff(PracticeSetting setting) {
		return setting.secondFactorRequired(properties.requiredByDefault());
	}

	PracticeSetting setting() {
		return settings.findById(PracticeSetting.THE_PRACTICE).orElseGet(PracticeSetting::unchosen);
	}

	boolean hasFactor(long accountId) {
		return factors.existsByAccountId(accountId);
	}

	/** What is left after a right password: a code, setting an app up, or nothing. */
	PendingSignIn.@Nullable Stage afterPassword(HarborUser user) {
		if (hasFactor(user.accountId())) {
			return PendingSignIn.Stage.CODE;
		}
		return requiredFor(user.role()) ? PendingSignIn.Stage.ENROL : null;
	}

	/**
	 * Checks a code from the app, or a recovery code, for the account.
	 * @return null when it is right (and now used), else the message key to show
	 */
	@Nullable String check(long accountId, String email, String typed, @Nullable String address) {
		if (!throttle.allows(address, email)) {
			events.publishEvent(new SignInFailedEvent(accountId, email, Reason.THROTTLED, address));
			return "twoStep.rule.wait";
		}
		SecondFactor factor = factors.findByAccountId(accountId).orElse(null);
		if (factor != null) {
			byte[] secret = secrets.open(factor.encryptedSecret());
			OptionalLong step = Totp.match(secret, typed, clock.instant(), factor.lastUsedStep());
			if (step.isPresent()) {
				factor.used(step.getAsLong());
				return null;
			}
			if (Totp.normalised(typed).isEmpty() && usedRecoveryCode(accountId, typed)) {
				return null;
			}
			if (Totp.reused(secret, typed, clock.instant(), factor.lastUsedStep())) {
				return failed(accountId, email, address, Reason.CODE_REUSED, "twoStep.rule.reused");
			}
		}
		return failed(accountId, email, address, Reason.WRONG_CODE, "twoStep.rule.wrong");
	}

	/** Checks a first code against a secret not saved yet (setting an app up). */
	static OptionalLong firstCode(byte[] secret, String typed, Instant now) {
		return Totp.match(secret, typed, now, Long.MIN_VALUE);
	}

	/** Saves the app's secret (replacing any before) and makes ten new recovery codes. */
	List<String> enrol(long accountId, byte[] secret, long firstStep) {
		factors.deleteByAccountId(accountId);
		factors.flush();
		factors.save(new SecondFactor(accountId, secrets.seal(secret), clock.instant(), firstStep));
		return newRecoveryCodes(accountId);
	}

	List<String> newRecoveryCodes(long accountId) {
		recoveryCodes.deleteByAccountId(accountId);
		List<String> codes = new ArrayList<>(RECOVERY_CODES);
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String code = RandomCodes.random(RECOVERY_ALPHABET, RECOVERY_LENGTH);
			recoveryCodes.save(new RecoveryCode(accountId, encoder.encode(code)));
			codes.add(code.substring(0, RECOVERY_LENGTH / 2) + "-" + code.substring(RECOVERY_LENGTH / 2));
		}
		return codes;
	}

	long recoveryCodesLeft(long accountId) {
		return recoveryCodes.countByAccountIdAndUsedAtIsNull(accountId);
	}

	void remove(long accountId) {
		factors.deleteByAccountId(accountId);
		recoveryCodes.deleteByAccountId(accountId);
	}

	private boolean usedRecoveryCode(long accountId, String typed) {
		String code = typed.replace("-", "").replace(" ", "").strip().toLowerCase(Locale.ROOT);
		if (code.length() != RECOVERY_LENGTH) {
			return false;
		}
		for (RecoveryCode stored : recoveryCodes.findByAccountIdAndUsedAtIsNull(accountId)) {
			if (encoder.matches(code, stored.codeHash())) {
				stored.use(clock.instant());
				return true;
			}
		}
		return false;
	}

	private String failed(long accountId, String email, @Nullable String address, Reason reason, String problem) {
		throttle.failed(address, email);
		events.publishEvent(new SignInFailedEvent(accountId, email, reason, address));
		return problem;
	}

}
