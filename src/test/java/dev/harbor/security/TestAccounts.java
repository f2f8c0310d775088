package dev.harbor.security;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import dev.harbor.testsupport.TestCodes;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Test data for people who sign in: {@code accounts.clinician("Maya")} gives a saved
 * clinician with a known password, and {@link #signIn} makes them the current user.
 */
@TestComponent
public class TestAccounts {

	public static final String PASSWORD = "correct-horse-battery";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	TestAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Transactional
	public HarborUser clinician(String displayName) {
		return create(displayName, Role.CLINICIAN);
	}

	@Transactional
	public HarborUser admin(String displayName) {
		return create(displayName, Role.ADMIN);
	}

	/**
	 * Makes this person the signed-in user of the current thread (and of Karibu's fake
	 * requests).
	 */
	public static HarborUser signIn(HarborUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return user;
	}

	/**
	 * Someone who reached the app without signing in, as Spring Security sees a visitor.
	 */
	public static void signInAsVisitor() {
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("visitor", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

	/**
	 * Sets an authenticator app up for the person, as they would on their own sign-in
	 * page, with the code the app would show now; returns the app's key.
	 */
	public static String withApp(TwoStepService twoStep, HarborUser person, Instant now) {
		signIn(person);
		Enrolment enrolment = twoStep.startEnrolment();
		twoStep.confirmEnrolment(enrolment, TestCodes.at(enrolment.secretText(), now));
		signOut();
		return enrolment.secretText();
	}

	/** A sign-in whose password was right just now and whose second step waits. */
	public static PendingSignIn passwordChecked(HarborUser user, PendingSignIn.Stage next, Instant at) {
		return new PendingSignIn(user.accountId(), user.getUsername(), next, at);
	}

	@Transactional(readOnly = true)
	public boolean prefersDarkTheme(HarborUser user) {
		return accounts.findById(user.accountId()).orElseThrow().prefersDarkTheme();
	}

	/** A portal account for this client record, as if they had redeemed an invitation. */
	@Transactional
	public HarborUser client(long clientId, String displayName) {
		String email = "client." + SEQUENCE.incrementAndGet() + "@test.example";
		UserAccount account = accounts.save(
				UserAccount.forClient(clientId, email, displayName, passwordEncoder.encode(PASSWORD), clock.instant()));
		return HarborUser.signedIn(account);
	}

	private HarborUser create(String displayName, Role role) {
		String email = displayName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".") + "."
				+ SEQUENCE.incrementAndGet() + "@test.example";
		UserAccount account = accounts
			.save(new UserAccount(email, displayName, passwordEncoder.encode(PASSWORD), role, clock.instant()));
		return HarborUser.of(account.requireId(), account.getEmail(), account.getDisplayName(), role);
	}

}
