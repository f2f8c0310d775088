package dev.harbor.security;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import dev.harbor.common.InvalidInputException;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.TestCodes;
import dev.harbor.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two-step sign-in through the real services, filter chain and database: setting an app
 * up, the code after the password, codes that work once, recovery codes, the practice's
 * requirement, an admin's reset and who may do what.
 */
@HarborSpringTest
class TwoStepTest {

	private static final String GUESSER = "198.51.100.23";

	@Autowired
	TwoStepService twoStep;

	@Autowired
	UserAccountService userAccounts;

	@Autowired
	SignInLinks links;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	@Autowired
	WebApplicationContext context;

	HarborUser maya;

	@BeforeEach
	void setUp() {
		database.clean();
		maya = accounts.clinician("Maya Okafor");
	}

	@AfterEach
	void tearDown() {
		TestAccounts.signOut();
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void with_an_app_set_up_the_password_alone_signs_nobody_in_and_the_code_after_it_does() throws Exception {
		String secret = TestAccounts.withApp(twoStep, maya, clock.instant());

		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult password = signIn(session, maya.getUsername(), TestAccounts.PASSWORD);

		assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/login/code");
		assertThat(password.getRequest().getSession().getId()).isNotEqualTo(before);
		PendingSignIn pending = PendingSignIn.in(password.getRequest().getSession()).orElseThrow();
		assertThat(pending.stage()).isEqualTo(PendingSignIn.Stage.CODE);
		assertThat(signInsAudited()).isZero();

		StepResult result = twoStep.signInWithCode(pending, TestCodes.at(secret, clock.instant().plusSeconds(30)));

		assertThat(result.worked()).isTrue();
	}

	@Test
	void a_code_is_refused_when_used_again_within_its_window_and_that_is_audited() {
		String secret = TestAccounts.withApp(twoStep, maya, clock.instant());
		String code = TestCodes.at(secret, clock.instant().plusSeconds(30));
		assertThat(twoStep.signInWithCode(pending(maya), code).worked()).isTrue();

		StepResult again = twoStep.signInWithCode(pending(maya), code);

		assertThat(again.worked()).isFalse();
		assertThat(again.field()).isEqualTo("code");
		assertThat(again.problem()).isEqualTo("twoStep.rule.reused");
		assertThat(lastEvent()).containsEntry("action", "SIGN_IN")
			.containsEntry("outcome", "FAILURE")
			.containsEntry("detail", "CODE_REUSED")
			.containsEntry("actor_id", maya.accountId());
		// The code set up with is used too.
		assertThat(twoStep.signInWithCode(pending(maya), TestCodes.at(secret, clock.instant())).problem())
			.isEqualTo("twoStep.rule.reused");
	}

	@Test
	void wrong_codes_count_toward_the_same_throttle_as_wrong_passwords() throws Exception {
		String secret = TestAccounts.withApp(twoStep, maya, clock.instant());
		fromAddress(GUESSER);
		for (int i = 0; i < 5; i++) {
			StepResult wrong = twoStep.signInWithCode(pending(maya),
					TestCodes.at(secret, clock.instant().plus(Duration.ofHours(1))));
			assertThat(wrong.problem()).isEqualTo("twoStep.rule.wrong");
		}

		assertThat(
				twoStep.signInWithCode(pending(maya), TestCodes.at(secret, clock.instant().plusSeconds(30))).problem())
			.isEqualTo("twoStep.rule.wait");
		assertThat(lastEvent()).containsEntry("detail", "THROTTLED");
		assertThat(signIn(new MockHttpSession(), maya.getUsername(), TestAccounts.PASSWORD, GUESSER).getResponse()
			.getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where detail = 'WRONG_CODE' and actor_id = ?", Long.class,
					maya.accountId()))
			.isEqualTo(5);
	}

	@Test
	void a_recovery_code_opens_once_and_the_codes_are_kept_only_as_hashes() {
		TestAccounts.signIn(maya);
		Enrolment enrolment = twoStep.startEnrolment();
		List<String> codes = twoStep.confirmEnrolment(enrolment, TestCodes.at(enrolment.secretText(), clock.instant()));
		TestAccounts.signOut();

		assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
		assertThat(twoStep.signInWithCode(pending(maya), codes.get(3).toUpperCase()).worked()).isTrue();
		assertThat(twoStep.signInWithCode(pending(maya), codes.get(3)).problem()).isEqualTo("twoStep.rule.wrong");
		assertThat(twoStep.signInWithCode(pending(maya), codes.get(4).replace("-", " ")).worked()).isTrue();
		assertThat(database.jdbc().queryForList("select code_hash from recovery_code", String.class)).hasSize(10)
			.noneMatch(hash -> codes.stream().anyMatch(code -> hash.contains(code.replace("-", ""))));
		assertThat(database.jdbc().queryForObject("select secret from second_factor", String.class))
			.doesNotContain(enrolment.secretText().replace(" ", ""));
	}

	@Test
	void the_first_code_must_be_right_before_anything_is_saved() {
		TestAccounts.signIn(maya);
		Enrolment enrolment = twoStep.startEnrolment();

		assertThatThrownBy(() -> twoStep.confirmEnrolment(enrolment, "12345")).isInstanceOfSatisfying(
				InvalidInputException.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("twoStep.rule.firstCode"));
		assertThat(twoStep.myTwoStep().on()).isFalse();
		assertThat(database.jdbc().queryForObject("select count(*) from second_factor", Long.class)).isZero();
	}

	@Test
	void where_the_practice_requires_it_the_first_sign_in_leads_straight_to_setting_an_app_up() throws Exception {
		TestAccounts.signIn(accounts.admin("Practice Office"));
		twoStep.requireForStaff(true, twoStep.practiceSetting().version());
		TestAccounts.signOut();

		MvcResult password = signIn(new MockHttpSession(), maya.getUsername(), TestAccounts.PASSWORD);

		assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/login/set-up");
		PendingSignIn pending = PendingSignIn.in(password.getRequest().getSession()).orElseThrow();
		Enrolment enrolment = twoStep.startEnrolment(pending);
		StepResult done = twoStep.enrolAtSignIn(pending, enrolment,
				TestCodes.at(enrolment.secretText(), clock.instant()));
		assertThat(done.worked()).isTrue();
		assertThat(done.recoveryCodes()).hasSize(10);
		assertThat(database.jdbc()
			.queryForObject("select detail from audit_event where subject_type = 'PRACTICE_SETTING'", String.class))
			.isEqualTo("two-step sign-in required for staff");
		TestAccounts.signIn(maya);
		assertThatThrownBy(() -> twoStep.turnOffMine(TestAccounts.PASSWORD)).isInstanceOfSatisfying(
				InvalidInputException.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("twoStep.rule.required"));
	}

	@Test
	void a_half_done_sign_in_ends_after_ten_minutes() {
		String secret = TestAccounts.withApp(twoStep, maya, clock.instant());
		PendingSignIn pending = pending(maya);

		clock.advance(Duration.ofMinutes(10).plusSeconds(1));

		assertThat(twoStep.signInWithCode(pending, TestCodes.at(secret, clock.instant())).problem())
			.isEqualTo("twoStep.rule.expired");
	}

	@Test
	void an_admin_resets_a_lost_phone_and_the_person_is_told_when_and_by_whom() {
		TestAccounts.withApp(twoStep, maya, clock.instant());
		HarborUser admin = TestAccounts.signIn(accounts.admin("Practice Office"));

		twoStep.resetSecondFactor(maya.accountId());

		assertThat(twoStep.withTwoStep(List.of(maya.accountId(), admin.accountId()))).isEmpty();
		assertThatThrownBy(() -> twoStep.resetSecondFactor(admin.accountId())).isInstanceOfSatisfying(
				InvalidInputException.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("twoStep.rule.notYourself"));
		assertThat(database.jdbc()
			.queryForObject("select detail from audit_event where subject_id = ? and actor_id = ?", String.class,
					maya.accountId(), admin.accountId()))
			.isEqualTo("two-step sign-in reset");
		TestAccounts.signIn(maya);
		assertThat(userAccounts.tellMeWhatChanged()).singleElement().satisfies(notice -> {
			assertThat(notice.translationKey()).isEqualTo("notice.SECOND_FACTOR_RESET");
			assertThat(notice.byName()).isEqualTo("Practice Office");
			// The database keeps microseconds, rounded.
			assertThat(notice.happenedAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.MILLIS));
		});
	}

	@Test
	void a_reset_link_needs_the_persons_own_code_so_the_admin_cannot_become_them() {
		String secret = TestAccounts.withApp(twoStep, maya, clock.instant());
		TestAccounts.signIn(accounts.admin("Practice Office"));
		String token = userAccounts.resetPassword(maya.accountId()).token();
		TestAccounts.signOut();

		assertThat(links.open(token)).contains(new LinkInfo(false, true, "Maya Okafor"));
		StepResult withoutCode = links.use(token, "the-admin-chose-this-one", "");
		assertThat(withoutCode.field()).isEqualTo("code");
		assertThat(withoutCode.problem()).isEqualTo("twoStep.rule.wrong");
		assertThat(links.open(token)).isPresent();

		assertThat(links.use(token, "maya-chose-this-herself", TestCodes.at(secret, clock.instant().plusSeconds(30)))
			.worked()).isTrue();
		assertThat(links.open(token)).isEmpty();
	}

	@Test
	void turning_it_off_needs_the_password_and_is_audited() {
		TestAccounts.withApp(twoStep, maya, clock.instant());
		TestAccounts.signIn(maya);

		assertThatThrownBy(() -> twoStep.turnOffMine("not-my-password")).isInstanceOfSatisfying(
				InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("currentPassword"));
		twoStep.turnOffMine(TestAccounts.PASSWORD);

		assertThat(twoStep.myTwoStep().on()).isFalse();
		assertThat(lastEvent()).containsEntry("detail", "two-step sign-in turned off")
			.containsEntry("actor_id", maya.accountId());
	}

	@Test
	void only_admins_change_the_practice_setting_or_reset_someone_else_and_only_people_signed_in_their_own() {
		HarborUser admin = accounts.admin("Practice Office");
		TestAccounts.signIn(maya);
		assertThatThrownBy(() -> twoStep.practiceSetting()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> twoStep.requireForStaff(false, 0)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> twoStep.resetSecondFactor(admin.accountId()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> twoStep.withTwoStep(List.of(admin.accountId())))
			.isInstanceOf(AccessDeniedException.class);

		TestAccounts.signOut();
		Enrolment enrolment = new Enrolment("AAAA", "otpauth://totp/x");
		assertThatThrownBy(() -> twoStep.myTwoStep()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThatThrownBy(() -> twoStep.startEnrolment())
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThatThrownBy(() -> twoStep.confirmEnrolment(enrolment, "000000"))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThatThrownBy(() -> twoStep.renewRecoveryCodes())
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThatThrownBy(() -> twoStep.turnOffMine(TestAccounts.PASSWORD))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	private PendingSignIn pending(HarborUser person) {
		return new PendingSignIn(person.accountId(), person.getUsername(), PendingSignIn.Stage.CODE, clock.instant());
	}

	private static void fromAddress(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	private MvcResult signIn(MockHttpSession session, String email, String password) throws Exception {
		return signIn(session, email, password, "127.0.0.1");
	}

	private MvcResult signIn(MockHttpSession session, String email, String password, String address) throws Exception {
		return MockMvcBuilders.webAppContextSetup(context)
			.apply(springSecurity())
			.build()
			.perform(post("/login").param("username", email)
				.param("password", password)
				.session(session)
				.with(csrf())
				.with(request -> {
					request.setRemoteAddr(address);
					return request;
				}))
			.andReturn();
	}

	private long signInsAudited() {
		return database.jdbc()
			.queryForObject("select count(*) from audit_event where action = 'SIGN_IN' and outcome = 'SUCCESS'",
					Long.class);
	}

	private Map<String, Object> lastEvent() {
		return database.jdbc().queryForMap("select * from audit_event order by id desc limit 1");
	}

}
