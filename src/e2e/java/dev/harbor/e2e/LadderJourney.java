package dev.harbor.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A time-apart ladder in a real Chromium against the production jar: Maya reads
 * Juniper's ladder at her desk (the steps, the chart of the first step's tries, the offer
 * of the next step), in the light theme, the dark and a narrow window, and logs a try in
 * session; Juniper opens her steps on a phone and logs how her evening went.
 */
class LadderJourney extends BrowserJourney {

	@Test
	void the_clinician_reads_a_ladder_and_the_client_logs_a_try_on_a_phone() {
		Page desk = browser.newPage(1400, 2700);
		desk.navigate(server.url("login"));
		MainJourney.signIn(desk, "maya.okafor@harbor.example", "harbor-demo-2026");
		desk.navigate(server.url("clients"));
		desk.locator("vaadin-grid")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Juniper Hale"))
			.click();
		desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ladders").setExact(true)).click();
		assertThat(desk.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("An evening with friends without checking my phone")))
			.isVisible();
		assertThat(desk.locator("svg.harbor-chart g[data-feared]")).hasCount(3);
		assertThat(desk.getByText("Sunday morning with coffee and nothing planned")).isVisible();
		assertThat(desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try step 2 next")))
			.isVisible();
		browser.screenshot(desk, "60-ladder");
		assertThat(Browser.seriousAccessibilityProblems(desk)).isEmpty();

		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to dark theme")).click();
		desk.reload();
		assertThat(desk.locator("html")).hasAttribute("theme", "dark");
		assertThat(desk.locator("svg.harbor-chart g[data-feared]")).hasCount(3);
		browser.screenshot(desk, "61-ladder-dark");
		assertThat(Browser.seriousAccessibilityProblems(desk)).isEmpty();
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to light theme")).click();

		desk.setViewportSize(390, 844);
		desk.reload();
		assertThat(desk.locator("svg.harbor-chart g[data-feared]")).hasCount(3);
		browser.screenshot(desk, "62-ladder-narrow");
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log a try")).click();
		desk.getByLabel("Distress at its highest").fill("101");
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(desk.getByText("Please enter a whole number from 0 to 100.")).isVisible();
		browser.screenshot(desk, "63-ladder-try-refused-narrow");
		assertThat(Browser.seriousAccessibilityProblems(desk)).isEmpty();
		desk.getByLabel("Distress at its highest").fill("50");
		desk.getByLabel("Distress at the end").fill("20");
		desk.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("No").setExact(true)).check();
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(desk.getByText("Try saved.")).isVisible();
		assertThat(desk.locator("svg.harbor-chart g[data-feared]")).hasCount(4);
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

		Page phone = browser.newPage(390, 844);
		phone.navigate(server.url("login"));
		MainJourney.signIn(phone, "juniper.hale@harbor.example", "harbor-demo-2026");
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My steps").setExact(true)).click();
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My steps").setLevel(1)))
			.isVisible();
		assertThat(phone.getByText("Now: Step 1: Leave my phone in another room while I make dinner (20 minutes)"))
			.isVisible();
		assertThat(phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("the steps fit a phone without scrolling sideways")
			.isEqualTo(true);
		browser.screenshot(phone, "64-portal-my-steps");
		assertThat(Browser.seriousAccessibilityProblems(phone)).isEmpty();

		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log how it went")).click();
		assertThat(phone.getByLabel("Distress expected")).hasValue("35");
		phone.getByLabel("Distress at its highest").fill("45");
		phone.getByLabel("Distress at the end").fill("15");
		phone.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("No").setExact(true)).check();
		phone.getByLabel("What actually happened").fill("We watched a film; I forgot about the phone 🙂");
		browser.screenshot(phone, "65-portal-log-a-try");
		assertThat(Browser.seriousAccessibilityProblems(phone)).isEmpty();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("What I logged")))
			.isVisible();
		Browser.waitForToastsToGo(phone);

		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to dark theme")).click();
		assertThat(phone.locator("html[theme~='dark']")).hasCount(1);
		browser.screenshot(phone, "66-portal-my-steps-dark");
		assertThat(Browser.seriousAccessibilityProblems(phone)).isEmpty();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to light theme")).click();
	}

}
