package dev.harbor.security;

import java.time.Duration;
import java.util.Map;

import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.review.DraftKind;
import dev.harbor.review.DraftService;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A session ends after 15 minutes without real activity, even while the open tab keeps
 * sending Vaadin heartbeats. Time is moved with the test clock, not waited for.
 */
@HarborSpringTest
class IdleLogoffTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	FilterChainProxy securityFilters;

	@Autowired
	TestDatabase database;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	DraftService drafts;

	@Autowired
	ClientService clientService;

	HarborUser maya;

	MockHttpSession session;

	@BeforeEach
	void signIn() throws Exception {
		database.clean();
		maya = accounts.clinician("Maya Okafor");
		session = new MockHttpSession();
		send(post("/login").param("username", maya.getUsername()).param("password", TestAccounts.PASSWORD));
	}

	@Test
	void a_page_opens_while_the_session_is_fresh() throws Exception {
		assertThat(isSentToSignIn()).isFalse();
	}

	@Test
	void sixteen_quiet_minutes_end_the_session_and_the_timeout_is_audited() throws Exception {
		MockHttpSession signedIn = session;
		clock.advance(Duration.ofMinutes(16));

		assertThat(isSentToSignIn()).isTrue();
		assertThat(signedIn.isInvalid()).isTrue();
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where action = 'SESSION_TIMEOUT' and actor_id = ?",
					Long.class, maya.accountId()))
			.isEqualTo(1);
	}

	@Test
	void heartbeats_from_an_open_tab_do_not_keep_the_session_alive() throws Exception {
		MockHttpSession signedIn = session;
		int lastStatus = 0;
		for (int minute = 0; minute < 16 && !signedIn.isInvalid(); minute++) {
			clock.advance(Duration.ofMinutes(1));
			lastStatus = send(post("/").param("v-r", "heartbeat").param("v-uiId", "0")).getStatus();
		}

		assertThat(signedIn.isInvalid()).isTrue();
		assertThat(lastStatus).as("410 tells Vaadin's client to reload, which shows the sign-in page").isEqualTo(410);
	}

	@Test
	void the_pages_own_session_check_does_not_count_as_activity_and_reports_the_end() throws Exception {
		MockHttpSession signedIn = session;
		assertThat(sessionCheck()).isEqualTo(204);
		for (int minute = 0; minute < 15; minute++) {
			clock.advance(Duration.ofMinutes(1));
			assertThat(sessionCheck()).isEqualTo(204);
		}

		clock.advance(Duration.ofMinutes(1));

		assertThat(sessionCheck()).as("the page reloads onto the sign-in page on 401").isEqualTo(401);
		assertThat(signedIn.isInvalid()).isTrue();
	}

	@Test
	void a_client_has_the_portals_own_idle_time_and_what_they_were_writing_is_kept_when_it_ends() throws Exception {
		long noorsRecord = TestClients.aClientOf(clientService, maya, "Noor Haddad");
		HarborUser noor = accounts.client(noorsRecord, "Noor Haddad");
		session = new MockHttpSession();
		send(post("/login").param("username", noor.getUsername()).param("password", TestAccounts.PASSWORD));
		MockHttpSession signedIn = session;
		TestAccounts.signIn(noor);
		drafts.keepDraft(DraftKind.DIARY, Map.of("situation", "He went quiet at dinner"));
		TestAccounts.signOut();

		clock.advance(Duration.ofMinutes(16));
		assertThat(isSentToSignIn()).as("16 minutes end a clinician's session, not a client's (25 here)").isFalse();
		clock.advance(Duration.ofMinutes(26));

		assertThat(isSentToSignIn()).isTrue();
		assertThat(signedIn.isInvalid()).isTrue();
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where action = 'SESSION_TIMEOUT' and actor_id = ?",
					Long.class, noor.accountId()))
			.isEqualTo(1);
		assertThat(
				database.jdbc()
					.queryForObject("select f.text from entry_draft d join entry_draft_field f on f.draft_id = d.id"
							+ " where d.client_id = ?", String.class, noorsRecord))
			.isEqualTo("He went quiet at dinner");
	}

	@Test
	void real_activity_keeps_the_session_alive() throws Exception {
		clock.advance(Duration.ofMinutes(10));
		assertThat(isSentToSignIn()).isFalse();
		clock.advance(Duration.ofMinutes(10));

		assertThat(isSentToSignIn()).isFalse();
	}

	private boolean isSentToSignIn() throws Exception {
		if (session.isInvalid()) {
			session = new MockHttpSession();
		}
		String redirect = send(get("/")).getRedirectedUrl();
		return redirect != null && redirect.endsWith("/login");
	}

	private int sessionCheck() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		return mvc.perform(get("/session/status").session(session)).andReturn().getResponse().getStatus();
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder builder) throws Exception {
		MockHttpServletRequest request = csrf()
			.postProcessRequest(builder.session(session).buildRequest(context.getServletContext()));
		MockHttpServletResponse response = new MockHttpServletResponse();
		securityFilters.doFilter(request, response, new MockFilterChain());
		if (request.getSession(false) instanceof MockHttpSession current) {
			session = current;
		}
		return response;
	}

}
