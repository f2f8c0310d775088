package dev.harbor.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A clinician's caseload in a real Chromium against the production jar. */
class ClientJourney extends BrowserJourney {


	@Test
	void a_clinician_finds_a_client_adds_a_new_one_and_opens_it() {
		Page page = browser.newPage(1280, 900);
		page.navigate(server.url("login"));
		MainJourney.signIn(page, "maya.okafor@harbor.example", "harbor-demo-2026");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clients")).click();

		assertThat(page).hasURL(server.url("clients"));
		assertThat(page.locator("vaadin-grid").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Juniper Hale")))
			.isVisible();
		browser.screenshot(page, "10-client-list");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.locator("vaadin-grid").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Juniper Hale")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Juniper Hale"))).isVisible();
		assertThat(page.locator("svg.harbor-plot circle.harbor-plot-current")).hasCount(1);
		browser.screenshot(page, "11-client-detail-light");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to dark theme")).click();
		assertThat(page.locator("html")).hasAttribute("theme", "dark");
		page.reload();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Juniper Hale"))).isVisible();
		browser.screenshot(page, "12-client-detail-dark");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to light theme")).click();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clients")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New client")).click();
		page.getByLabel("Name or pseudonym").fill("Ilse Brandt");
		// An impatient double click makes one client, not two, and no error.
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add client")).dblclick();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ilse Brandt"))).isVisible();
		assertThat(page).hasTitle(java.util.regex.Pattern.compile("Client HB-[2-9A-Z]{6}"));
		browser.screenshot(page, "13-new-client");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clients")).click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Juniper Hale"))).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ilse Brandt"))).hasCount(1);
	}

	@Test
	void the_client_page_works_in_a_narrow_window() {
		Page page = browser.newPage(390, 844);
		page.navigate(server.url("login"));
		MainJourney.signIn(page, "maya.okafor@harbor.example", "harbor-demo-2026");
		page.navigate(server.url("clients"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rowan Ashby")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rowan Ashby"))).isVisible();
		Browser.assertNoSidewaysScrolling(page);
		// The part links scroll sideways on their own; the open part is in view.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Diary").setExact(true)).click();
		assertThat(page.locator("[aria-current=page]")).hasText("Diary");
		assertThat(page.locator("[aria-current=page]")).isInViewport();
		Browser.assertNoSidewaysScrolling(page);
		browser.screenshot(page, "14-client-detail-narrow");
	}


	@Test
	void a_clinician_previews_an_exercise_in_the_library() {
		Page page = browser.newPage(1280, 900);
		page.navigate(server.url("login"));
		MainJourney.signIn(page, "maya.okafor@harbor.example", "harbor-demo-2026");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Exercise library")).click();

		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Paced breathing")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Paced breathing"))).isVisible();
		browser.screenshot(page, "15-exercise-library");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

}
