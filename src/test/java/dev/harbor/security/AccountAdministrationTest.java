package dev.harbor.security;

import dev.harbor.common.InvalidInputException;
import java.time.Duration;

import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the practice admin does with accounts, through the real service and filter chain.
 */
@HarborSpringTest
class AccountAdministrationTest {

	@Autowired
	UserAccountService accounts;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestDatabase database;

	@Autowired
	WebApplicationContext context;

	@Autowired
	SignInLinks links;

	@Autowired
	MutableClock clock;

	HarborUser admin;

	@BeforeEach
	void signInAdmin() {
		database.clean();
		admin = TestAccounts.signIn(testAccounts.admin("Practice Office"));
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void a_new_clinician_gets_a_link_with_which_they_choose_their_own_password_once() throws Exception {
		OpenedAccount opened = accounts.openAccountWithLink("lena@practice.example", "Lena Vogt", Role.CLINICIAN);
		String token = opened.link().token();
		TestAccounts.signOut();

		assertThat(links.open(token)).contains(new LinkInfo(true, false, "Lena Vogt"));
		assertThat(links.use(token, "a-password-of-my-own", "").worked()).isTrue();

		assertThat(links.open(token)).isEmpty();
		assertThat(links.use(token, "another-password-of-mine", "").problem()).isEqualTo("link.rule.expired");
		assertThat(signIn(new MockHttpSession(), "lena@practice.example", "a-password-of-my-own"))
			.isNotEqualTo("/login?error");
		assertThat(signIn(new MockHttpSession(), "lena@practice.example", "another-password-of-mine"))
			.isEqualTo("/login?error");
		assertThat(database.jdbc().queryForObject("select token_hash from sign_in_link", String.class))
			.isNotEqualTo(token)
			.hasSize(64);
		assertThat(database.jdbc()
			.queryForList("select action || ' ' || detail from audit_event where subject_type = 'ACCOUNT'"
					+ " and subject_id = ? and action <> 'SIGN_IN' order by id", String.class, opened.id()))
			.containsExactly("CREATE opened as CLINICIAN", "CHANGE password chosen from a sign-in link");
	}

	@Test
	void a_new_account_opens_nothing_with_a_password_until_its_link_is_used() throws Exception {
		OpenedAccount opened = accounts.openAccountWithLink("lena@practice.example", "Lena Vogt", Role.CLINICIAN);
		TestAccounts.signOut();

		// The stored password is random; even the link's own text does not open it.
		assertThat(signIn(new MockHttpSession(), "lena@practice.example", opened.link().token()))
			.isEqualTo("/login?error");
	}

	@Test
	void switching_an_account_off_ends_its_open_session_at_once_and_keeps_it_out() throws Exception {
		HarborUser maya = testAccounts.clinician("Maya Okafor");
		MockHttpSession mayasSession = new MockHttpSession();
		signIn(mayasSession, maya.getUsername(), TestAccounts.PASSWORD);
		assertThat(send(mayasSession, get("/session/status")).getStatus()).isEqualTo(204);

		// Requests through the filter chain clear this thread's sign-in when they end.
		TestAccounts.signIn(admin);
		accounts.setAccountEnabled(maya.accountId(), version(maya.accountId()), false);

		assertThat(send(mayasSession, get("/session/status")).getStatus()).isEqualTo(401);
		assertThat(send(new MockHttpSession(), get("/")).getRedirectedUrl()).endsWith("/login");
		assertThat(signIn(new MockHttpSession(), maya.getUsername(), TestAccounts.PASSWORD)).isEqualTo("/login?error");
	}

	@Test
	void a_reset_ends_every_open_session_of_the_person() throws Exception {
		HarborUser maya = testAccounts.clinician("Maya Okafor");
		MockHttpSession mayasSession = new MockHttpSession();
		signIn(mayasSession, maya.getUsername(), TestAccounts.PASSWORD);
		assertThat(send(mayasSession, get("/session/status")).getStatus()).isEqualTo(204);

		TestAccounts.signIn(admin);
		accounts.resetPassword(maya.accountId());

		assertThat(send(mayasSession, get("/session/status")).getStatus()).isEqualTo(401);
	}

	@Test
	void changing_ones_own_password_ends_the_other_open_sessions_and_keeps_this_one() throws Exception {
		HarborUser maya = testAccounts.clinician("Maya Okafor");
		MockHttpSession atTheOffice = new MockHttpSession();
		MockHttpSession onTheLaptop = new MockHttpSession();
		signIn(atTheOffice, maya.getUsername(), TestAccounts.PASSWORD);
		signIn(onTheLaptop, maya.getUsername(), TestAccounts.PASSWORD);

		TestAccounts.signIn(maya);
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSession(onTheLaptop);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			accounts.changeMyPassword(TestAccounts.PASSWORD, "a-brand-new-long-password");
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
			TestAccounts.signOut();
		}

		assertThat(send(atTheOffice, get("/session/status")).getStatus()).isEqualTo(401);
		assertThat(send(onTheLaptop, get("/session/status")).getStatus()).isEqualTo(204);
	}

	@Test
	void a_reset_stops_the_old_password_and_gives_a_link_that_expires_after_a_day() throws Exception {
		HarborUser maya = testAccounts.clinician("Maya Okafor");

		IssuedLink link = accounts.resetPassword(maya.accountId());
		TestAccounts.signOut();

		assertThat(link.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
		assertThat(signIn(new MockHttpSession(), maya.getUsername(), TestAccounts.PASSWORD)).isEqualTo("/login?error");
		assertThat(links.open(link.token())).contains(new LinkInfo(false, false, "Maya Okafor"));
		clock.advance(Duration.ofHours(24).plusSeconds(1));
		assertThat(links.open(link.token())).isEmpty();
		assertThat(links.use(link.token(), "a-brand-new-long-password", "").worked()).isFalse();
	}

	@Test
	void a_second_reset_makes_the_first_link_stop_working() {
		HarborUser maya = testAccounts.clinician("Maya Okafor");

		IssuedLink first = accounts.resetPassword(maya.accountId());
		IssuedLink second = accounts.resetPassword(maya.accountId());
		TestAccounts.signOut();

		assertThat(links.open(first.token())).isEmpty();
		assertThat(links.open(second.token())).isPresent();
	}

	@Test
	void an_old_one_time_password_from_before_links_opens_nothing() throws Exception {
		HarborUser maya = testAccounts.clinician("Maya Okafor");
		database.jdbc().update("update user_account set must_change_password = true where id = ?", maya.accountId());

		assertThat(signIn(new MockHttpSession(), maya.getUsername(), TestAccounts.PASSWORD)).isEqualTo("/login?error");
		assertThat(database.jdbc()
			.queryForObject("select detail from audit_event where action = 'SIGN_IN' order by id desc limit 1",
					String.class))
			.isEqualTo("PASSWORD_EXPIRED");
	}

	@Test
	void an_admin_cannot_switch_off_their_own_account_and_addresses_stay_unique() {
		assertThatThrownBy(() -> accounts.setAccountEnabled(admin.accountId(), version(admin.accountId()), false))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("account.rule.notYourself"));
		HarborUser maya = testAccounts.clinician("Maya Okafor");

		assertThatThrownBy(() -> accounts.openAccountWithLink(maya.getUsername().toUpperCase(), "Copy", Role.CLINICIAN))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("account.rule.email.taken"));
		assertThatThrownBy(
				() -> accounts.updateAccount(maya.accountId(), version(maya.accountId()), "not an address", "Maya"))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void a_clinician_can_use_none_of_the_admin_functions() {
		HarborUser maya = TestAccounts.signIn(testAccounts.clinician("Maya Okafor"));

		assertThatThrownBy(() -> accounts.allAccounts()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> accounts.openAccountWithLink("x@y.example", "X", Role.ADMIN))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> accounts.resetPassword(admin.accountId())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> accounts.setAccountEnabled(admin.accountId(), 0, false))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> accounts.updateAccount(admin.accountId(), 0, "x@y.example", "X"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where outcome = 'DENIED' and actor_id = ?", Long.class,
					maya.accountId()))
			.isEqualTo(5);
	}

	private long version(long accountId) {
		return database.jdbc().queryForObject("select version from user_account where id = ?", Long.class, accountId);
	}

	private String signIn(MockHttpSession session, String email, String password) throws Exception {
		return send(session, post("/login").param("username", email).param("password", password)).getRedirectedUrl();
	}

	private MockHttpServletResponse send(MockHttpSession session, MockHttpServletRequestBuilder builder)
			throws Exception {
		return MockMvcBuilders.webAppContextSetup(context)
			.apply(springSecurity())
			.build()
			.perform(builder.session(session).with(csrf()))
			.andReturn()
			.getResponse();
	}

}
