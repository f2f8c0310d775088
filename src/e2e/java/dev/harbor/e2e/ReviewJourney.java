package dev.harbor.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Reviewing a client's diary and corrective experiences in a real Chromium. */
class ReviewJourney extends BrowserJourney {

	@Test
	void a_clinician_reviews_a_diary_entry_and_flags_it_for_the_next_session() {
		Page page = browser.newPage(1400, 2100);
		page.navigate(server.url("login"));
		MainJourney.signIn(page, "maya.okafor@harbor.example", "harbor-demo-2026");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("To review"))).isVisible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clients")).click();
		page.locator("vaadin-grid")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Juniper Hale"))
			.click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Diary").setExact(true)).click();
		page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("He stayed late at work"))
			.click();
		assertThat(page.locator(".harbor-entry-detail")).containsText("Texted once, then paced breathing");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark reviewed")).click();
		assertThat(page.getByText("Marked reviewed.")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bring to next session")).click();
		assertThat(page.getByText("Flagged for the next session.")).isVisible();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("No need to bring it up")))
			.isVisible();
		assertThat(page.locator("svg.harbor-chart g[data-feeling]").first()).isAttached();
		Browser.waitForToastsToGo(page);
		browser.screenshot(page, "25-diary-tab-with-patterns");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to dark theme")).click();
		assertThat(page.locator("html")).hasAttribute("theme", "dark");
		page.reload();
		assertThat(page.locator("svg.harbor-chart g[data-feeling]").first()).isAttached();
		browser.screenshot(page, "26-diary-tab-dark");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to light theme")).click();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Experiences").setExact(true)).click();
		assertThat(page.locator("svg.harbor-chart g[data-day]")).hasCount(3);
		browser.screenshot(page, "27-experiences-tab");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();

		page.setViewportSize(390, 844);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Diary").setExact(true)).click();
		assertThat(page.locator(".harbor-diary")).isVisible();
		browser.screenshot(page, "28-diary-tab-narrow");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New diary entry")).click();
		page.getByLabel("What happened", new Page.GetByLabelOptions().setExact(true)).fill("He left without a word");
		page.getByLabel("Shame", new Page.GetByLabelOptions().setExact(true)).fill("7.5");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByText("Please enter a whole number from 0 to 100.")).isVisible();
		assertThat(page.getByLabel("Shame", new Page.GetByLabelOptions().setExact(true))).hasValue("7.5");
		browser.screenshot(page, "28b-diary-entry-refused-narrow");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel")).click();
	}

}
