package dev.harbor.security;

import java.time.Duration;
import java.util.Map;

import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
 * lockout.
 */
@HarborSpringTest
class SignInTest {

	private static final String FAILED = "/login?error";

	@Autowired
	WebApplicationContext context;

	@Autowired
	TestDatabase database;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

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
	void five_wrong_passwords_in_a_row_rest_the_account_for_fifteen_minutes() throws Exception {
		HarborUser maya = accounts.clinician("Maya Okafor");
		for (int i = 0; i < 5; i++) {
			signIn(maya.getUsername(), "guess-" + i);
		}

		MvcResult whileResting = signIn(maya.getUsername(), TestAccounts.PASSWORD);
		assertThat(whileResting.getResponse().getRedirectedUrl()).isEqualTo(FAILED);
		assertThat(lastEvent()).containsEntry("detail", "ACCOUNT_RESTING");
		assertThat(accounts.isLocked(maya)).isTrue();

		clock.advance(Duration.ofMinutes(15).plusSeconds(1));

		assertThat(signIn(maya.getUsername(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
			.isNotEqualTo(FAILED);
	}

	@Test
	void a_successful_sign_in_forgives_earlier_mistakes() throws Exception {
		HarborUser maya = accounts.clinician("Maya Okafor");
		for (int i = 0; i < 4; i++) {
			signIn(maya.getUsername(), "guess-" + i);
		}
		signIn(maya.getUsername(), TestAccounts.PASSWORD);
		for (int i = 0; i < 4; i++) {
			signIn(maya.getUsername(), "guess-" + i);
		}

		assertThat(accounts.isLocked(maya)).isFalse();
	}

	private MvcResult signIn(String email, String password) throws Exception {
		return mvc.perform(post("/login").param("username", email).param("password", password).with(csrf()))
			.andReturn();
	}

	private Map<String, Object> lastEvent() {
		return database.jdbc().queryForMap("select * from audit_event order by id desc limit 1");
	}

}
