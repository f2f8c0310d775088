package dev.harbor.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A tab left open on the dashboard goes back to the sign-in page by itself once the idle
 * timeout passes, although the page keeps sending heartbeats. The server is started with a
 * short timeout for this.
 */
class IdleLogoffJourney {

	@Test
	void an_open_tab_left_alone_returns_to_the_sign_in_page() throws Exception {
		try (HarborServer server = HarborServer.start("--harbor.security.idle-timeout=6s",
				"--vaadin.heartbeatInterval=2");
				Browser browser = new Browser()) {
			Page page = browser.newPage(1280, 860);
			page.navigate(server.url("login"));
			MainJourney.signIn(page, "maya.okafor@harbor.example", "harbor-demo-2026");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Maya")))
				.isVisible();

			assertThat(page).hasURL(server.url("login"), new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions()
				.setTimeout(30_000));
			browser.screenshot(page, "08-after-idle-logoff");
		}
	}

}
