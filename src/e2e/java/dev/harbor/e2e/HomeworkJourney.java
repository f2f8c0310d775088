package dev.harbor.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Homework in a real Chromium against the production jar. */
class HomeworkJourney extends BrowserJourney {

	@Test
	void a_clinician_assigns_from_the_library_and_logs_a_practice_on_the_homework_tab() {
		Page page = browser.newPage(1280, 1000);
		page.navigate(server.url("login"));
		MainJourney.signIn(page, "maya.okafor@harbor.example", "harbor-demo-2026");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Homework gone quiet")))
			.isVisible();
		browser.screenshot(page, "20-dashboard-homework");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Exercise library")).click();
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Safe-memory recall")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign to a client")).click();
		page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Client")).fill("Elif");
		page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Elif Demir")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign").setExact(true)).click();
		assertThat(page.getByText("Homework assigned.")).isVisible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clients")).click();
		page.locator("vaadin-grid")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Elif Demir"))
			.click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Homework").setExact(true)).click();
		assertThat(page).hasURL(Pattern.compile(".*/clients/\\d+\\?tab=homework"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log a practice")).click();
		page.getByLabel("Distress before (0 to 10)").fill("6");
		page.getByLabel("Distress after (0 to 10)").fill("3");
		// Elif reads Dutch: the exercise's own words were copied in her language, the
		// clinician's labels stay in Maya's.
		assertThat(page.getByText("Een veilige herinnering oproepen").first()).isVisible();
		page.getByLabel("Wat je zag, hoorde en voelde in de herinnering").fill("De keuken van mijn oma, de radio aan");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();

		assertThat(page.getByText("Practice logged.")).isVisible();
		assertThat(page.locator("[data-figure='homework.figure.distress'] .harbor-figure-value"))
			.hasText("6.0 → 3.0 (-3.0)");
		assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
		Browser.waitForToastsToGo(page);
		browser.screenshot(page, "21-homework-tab-first-practice");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

	@Test
	void a_homework_tab_with_weeks_of_practice_reads_well_light_dark_and_narrow() {
		Page page = browser.newPage(1280, 1400);
		page.navigate(server.url("login"));
		MainJourney.signIn(page, "maya.okafor@harbor.example", "harbor-demo-2026");
		page.navigate(server.url("clients"));
		page.locator("vaadin-grid")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Juniper Hale"))
			.click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Homework").setExact(true)).click();

		assertThat(page.locator("svg.harbor-chart g").first()).isAttached();
		browser.screenshot(page, "22-homework-tab-light");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to dark theme")).click();
		assertThat(page.locator("html")).hasAttribute("theme", "dark");
		page.reload();
		assertThat(page.locator("svg.harbor-chart g").first()).isAttached();
		browser.screenshot(page, "23-homework-tab-dark");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to light theme")).click();

		page.setViewportSize(390, 844);
		browser.screenshot(page, "24-homework-tab-narrow");
	}

}
