package dev.harbor.security;

import java.time.Duration;
import java.util.Map;

import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ui.DefaultLoginPageGeneratingFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signing in through the real filter chain: the form post, the audit trail and the
 * throttle by source address.
 */
@HarborSpringTest
class SignInTest {

	private static final String FAILED = "/login?error";

	private static final String GUESSER = "198.51.100.23";

	private static final String MAYAS_OFFICE = "192.0.2.40";

	@Autowired
	WebApplicationContext context;

	@Autowired
	FilterChainProxy filters;

	@Autowired
	TestDatabase database;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	UserAccountService userAccounts;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		database.clean();
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void the_right_password_opens_the_app_and_the_sign_in_is_audited() throws Exception {
		HarborUser maya = accounts.clinician("Maya Okafor");

		MvcResult result = signIn(maya.getUsername(), TestAccounts.PASSWORD);

		assertThat(result.getResponse().getRedirectedUrl()).isNotEqualTo(FAILED);
		assertThat(lastEvent()).containsEntry("action", "SIGN_IN")
			.containsEntry("outcome", "SUCCESS")
			.containsEntry("actor_id", maya.accountId())
			.containsEntry("remote_address", "127.0.0.1");
	}

	@Test
	void the_sign_in_page_is_harbors_own_not_spring_securitys_generated_one() {
		assertThat(filters.getFilterChains()).flatExtracting(SecurityFilterChain::getFilters)
			.isNotEmpty()
			.noneMatch(DefaultLoginPageGeneratingFilter.class::isInstance);
	}

	@Test
	void the_email_is_not_case_sensitive() throws Exception {
		HarborUser maya = accounts.clinician("Maya Okafor");

		assertThat(signIn(maya.getUsername().toUpperCase(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
			.isNotEqualTo(FAILED);
	}

	@Test
	void a_wrong_password_and_an_unknown_address_get_the_same_answer() throws Exception {
		HarborUser maya = accounts.clinician("Maya Okafor");

		MvcResult wrongPassword = signIn(maya.getUsername(), "not-the-password");
		Map<String, Object> wrongPasswordEvent = lastEvent();
		MvcResult unknownAccount = signIn("nobody@test.example", "not-the-password");
		Map<String, Object> unknownAccountEvent = lastEvent();

		assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo(FAILED);
		assertThat(unknownAccount.getResponse().getRedirectedUrl()).isEqualTo(FAILED);
		assertThat(wrongPasswordEvent).containsEntry("outcome", "FAILURE")
			.containsEntry("detail", "WRONG_PASSWORD")
			.containsEntry("actor_id", maya.accountId());
		assertThat(unknownAccountEvent).containsEntry("outcome", "FAILURE")
			.containsEntry("detail", "UNKNOWN_ACCOUNT")
			.containsEntry("actor_label", "unknown account")
			.containsEntry("actor_id", null);
	}

	@Test
	void five_wrong_passwords_from_one_address_make_it_wait_while_the_clinician_still_signs_in_from_elsewhere()
			throws Exception {
		HarborUser maya = accounts.clinician("Maya Okafor");
		for (int i = 0; i < 5; i++) {
			signIn(maya.getUsername(), "guess-" + i, GUESSER);
		}

		assertThat(redirect(signIn(maya.getUsername(), TestAccounts.PASSWORD, GUESSER))).isEqualTo(FAILED);
		assertThat(lastEvent()).containsEntry("detail", "THROTTLED").containsEntry("remote_address", GUESSER);
		assertThat(redirect(signIn(maya.getUsername(), TestAccounts.PASSWORD, MAYAS_OFFICE))).isNotEqualTo(FAILED);

		clock.advance(Duration.ofMinutes(3).plusSeconds(1));
		assertThat(redirect(signIn(maya.getUsername(), TestAccounts.PASSWORD, GUESSER))).isNotEqualTo(FAILED);
	}

	@Test
	void one_address_trying_many_accounts_waits_after_thirty_wrong_passwords_in_a_quarter_hour() throws Exception {
		HarborUser tomas = accounts.clinician("Tomas Reyes");
		for (int i = 0; i < 30; i++) {
			signIn("someone-" + i + "@practice.example", "Summer2026!!", GUESSER);
		}

		assertThat(redirect(signIn(tomas.getUsername(), TestAccounts.PASSWORD, GUESSER))).isEqualTo(FAILED);
		assertThat(lastEvent()).containsEntry("detail", "THROTTLED");
		assertThat(redirect(signIn(tomas.getUsername(), TestAccounts.PASSWORD, MAYAS_OFFICE))).isNotEqualTo(FAILED);
	}

	@Test
	void the_password_is_checked_before_the_account_state_so_a_switched_off_account_answers_like_any_other()
			throws Exception {
		HarborUser maya = accounts.clinician("Maya Okafor");
		TestAccounts.signIn(accounts.admin("Practice Office"));
		userAccounts.setAccountEnabled(maya.accountId(),
				userAccounts.allAccounts()
					.stream()
					.filter(account -> account.id() == maya.accountId())
					.findFirst()
					.orElseThrow()
					.version(),
				false);
		TestAccounts.signOut();

		assertThat(redirect(signIn(maya.getUsername(), "a-wrong-guess", GUESSER))).isEqualTo(FAILED);
		assertThat(lastEvent()).containsEntry("detail", "WRONG_PASSWORD");
		assertThat(redirect(signIn(maya.getUsername(), TestAccounts.PASSWORD, GUESSER))).isEqualTo(FAILED);
		assertThat(lastEvent()).containsEntry("detail", "ACCOUNT_DISABLED");
	}

	private MvcResult signIn(String email, String password, String fromAddress) throws Exception {
		return mvc
			.perform(post("/login").param("username", email).param("password", password).with(csrf()).with(request -> {
				request.setRemoteAddr(fromAddress);
				return request;
			}))
			.andReturn();
	}

	private static String redirect(MvcResult result) {
		return result.getResponse().getRedirectedUrl();
	}

	private MvcResult signIn(String email, String password) throws Exception {
		return mvc.perform(post("/login").param("username", email).param("password", password).with(csrf()))
			.andReturn();
	}

	private Map<String, Object> lastEvent() {
		return database.jdbc().queryForMap("select * from audit_event order by id desc limit 1");
	}

}
