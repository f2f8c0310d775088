package dev.harbor.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeping what was built, readings and Dutch, in a real Chromium against the production
 * jar: Maya reads Juniper's plan and her readings at her desk (light, dark, a narrow
 * window), Juniper reads them under "To read" on her phone, and Maya works a while in
 * Dutch on Elif's page, then switches back.
 */
class KeepingJourney extends BrowserJourney {

	@Test
	void the_clinician_keeps_a_plan_and_gives_readings_and_the_client_reads_them_on_a_phone() {
		Page desk = browser.newPage(1400, 2400);
		desk.navigate(server.url("login"));
		MainJourney.signIn(desk, "maya.okafor@harbor.example", "harbor-demo-2026");
		openClient(desk, "Juniper Hale");
		desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Keeping it going").setExact(true))
			.click();
		assertThat(desk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Keeping what was built")))
			.isVisible();
		assertThat(desk.getByLabel("Who to turn to")).hasValue(
				"My friend Ada, who answers even late. Maya's practice, by phone on weekdays.");
		browser.screenshot(desk, "70-plan");
		assertThat(Browser.seriousAccessibilityProblems(desk)).isEmpty();

		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to dark theme")).click();
		desk.reload();
		assertThat(desk.locator("html")).hasAttribute("theme", "dark");
		assertThat(desk.getByLabel("Who to turn to")).isVisible();
		browser.screenshot(desk, "71-plan-dark");
		assertThat(Browser.seriousAccessibilityProblems(desk)).isEmpty();
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to light theme")).click();

		desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Readings").setExact(true)).click();
		assertThat(desk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Small and often")))
			.isVisible();
		desk.setViewportSize(390, 844);
		desk.reload();
		assertThat(desk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Small and often")))
			.isVisible();
		Browser.assertNoSidewaysScrolling(desk);
		browser.screenshot(desk, "72-readings-narrow");
		assertThat(Browser.seriousAccessibilityProblems(desk)).isEmpty();
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

		Page phone = browser.newPage(390, 844);
		phone.navigate(server.url("login"));
		MainJourney.signIn(phone, "juniper.hale@harbor.example", "harbor-demo-2026");
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("To read").setExact(true)).click();
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("To read").setLevel(1)))
			.isVisible();
		assertThat(phone.getByText("A rough week is part of the path, not a return to the start.")).isVisible();
		phone.getByText("Two dials, not a box").click();
		assertThat(phone.getByText("And dials turn.", new Page.GetByTextOptions().setExact(false))).isVisible();
		Browser.assertNoSidewaysScrolling(phone);
		browser.screenshot(phone, "73-portal-to-read");
		assertThat(Browser.seriousAccessibilityProblems(phone)).isEmpty();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to dark theme")).click();
		assertThat(phone.locator("html[theme~='dark']")).hasCount(1);
		browser.screenshot(phone, "74-portal-to-read-dark");
		assertThat(Browser.seriousAccessibilityProblems(phone)).isEmpty();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to light theme")).click();
	}

	@Test
	void a_clinician_works_in_dutch_and_switches_back() {
		Page desk = browser.newPage(1400, 1600);
		desk.navigate(server.url("login"));
		MainJourney.signIn(desk, "maya.okafor@harbor.example", "harbor-demo-2026");
		desk.navigate(server.url("account"));
		desk.getByLabel("Harbor speaks").click();
		desk.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Nederlands")).click();
		assertThat(desk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Je inloggegevens")))
			.isVisible();
		try {
			desk.navigate(server.url(""));
			assertThat(desk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hallo, Maya")))
				.isVisible();
			browser.screenshot(desk, "75-dashboard-dutch");
			assertThat(Browser.seriousAccessibilityProblems(desk)).isEmpty();
			openClient(desk, "Elif Demir");
			desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Leesteksten").setExact(true)).click();
			assertThat(desk.getByText("Getoond en geprint in de taal van de cliënt: Nederlands.")).isVisible();
			browser.screenshot(desk, "76-readings-dutch");
			assertThat(Browser.seriousAccessibilityProblems(desk)).isEmpty();
		}
		finally {
			desk.navigate(server.url("account"));
			desk.getByLabel("Harbor praat").click();
			desk.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English")).click();
			assertThat(desk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your sign-in")))
				.isVisible();
		}
	}

	private void openClient(Page desk, String name) {
		desk.navigate(server.url("clients"));
		desk.locator("vaadin-grid").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
	}

}
