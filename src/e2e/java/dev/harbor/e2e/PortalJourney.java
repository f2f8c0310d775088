package dev.harbor.e2e;

import java.nio.file.Path;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client portal in a real Chromium against the production jar: the clinician invites
 * Noor from her page and Noor joins on a phone; Juniper, who joined in the demo, practises
 * paced breathing with the pacer, logs it, writes in her diary (in the light theme and the
 * dark) and signs out; then the clinician, at her desk, finds Juniper's entry marked as new
 * and written in the portal.
 */
class PortalJourney extends BrowserJourney {

	@Test
	void a_client_joins_from_the_invitation_practises_and_writes_on_a_phone() {
		Page desk = browser.newPage(1280, 1000);
		desk.navigate(server.url("login"));
		MainJourney.signIn(desk, "maya.okafor@harbor.example", "harbor-demo-2026");
		desk.navigate(server.url("clients"));
		desk.locator("vaadin-grid")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Noor Haddad"))
			.click();
		desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Portal").setExact(true)).click();
		desk.getByLabel("The client's e-mail address").fill("noor.haddad@example.org");
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite to the portal")).click();
		String link = desk.locator(".harbor-invitation-link input").inputValue();
		assertThat(link).startsWith(server.url("invitation/"));
		browser.screenshot(desk, "40-portal-part-invited");
		Download letter = desk.waitForDownload(() -> desk
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Letter to print and hand over (PDF)"))
			.click());
		assertThat(letter.suggestedFilename()).endsWith(".pdf");
		letter.saveAs(Path.of(System.getProperty("harbor.e2e.screenshots", "target/screenshots"),
				"40b-invitation-letter.pdf"));
		assertThat(Browser.seriousAccessibilityProblems(desk)).isEmpty();
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

		Page phone = browser.newPage(390, 844);
		phone.navigate(link);
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome to Harbor")))
			.isVisible();
		browser.screenshot(phone, "41-portal-invitation");
		assertThat(Browser.seriousAccessibilityProblems(phone)).isEmpty();
		phone.getByLabel("Your e-mail address").fill("noor.haddad@example.org");
		phone.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("noor-chose-this-one");
		phone.getByLabel("New password again").fill("noor-chose-this-one");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set my password and go in")).click();
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This week"))).isVisible();
		assertThat(phone.getByText("Safe-place visualisation")).isVisible();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(phone.locator("input[name='username']")).isVisible();
		browser.screenshot(phone, "41b-sign-in-on-a-phone");
		MainJourney.signIn(phone, "juniper.hale@harbor.example", "harbor-demo-2026");
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This week"))).isVisible();
		assertThat(phone.getByText("Try it after breakfast, before you look at your phone.")).isVisible();
		assertThat(phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("the portal's places fit a phone without scrolling sideways")
			.isEqualTo(true);
		browser.screenshot(phone, "42-portal-this-week");
		assertThat(Browser.seriousAccessibilityProblems(phone)).isEmpty();

		phone.locator(".harbor-portal-card")
			.filter(new Locator.FilterOptions().setHasText("Paced breathing"))
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Practise now"))
			.click();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start breathing")).click();
		assertThat(phone.locator(".harbor-pacer-running")).isVisible();
		phone.waitForTimeout(2500);
		browser.screenshot(phone, "43-portal-pacer-mid-breath");
		assertThat(Browser.seriousAccessibilityProblems(phone)).isEmpty();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have finished: write down how it went"))
			.click();
		phone.getByLabel("Distress before (0 to 10)").fill("6");
		phone.getByLabel("Distress after (0 to 10)").fill("3");
		browser.screenshot(phone, "44-portal-practice-record");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this practice")).click();
		assertThat(phone.getByText("Saved. Well done for taking the time.")).isVisible();

		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Diary").setExact(true)).click();
		phone.getByLabel("What happened").fill("Sam was quiet at dinner and I went cold.");
		phone.getByLabel("I would like to talk about this at my next session").check();
		browser.screenshot(phone, "45-portal-diary");
		assertThat(Browser.seriousAccessibilityProblems(phone)).isEmpty();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this entry")).click();
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("What I wrote")))
			.isVisible();
		assertThat(phone.getByText("For my next session").first()).isVisible();
		Browser.waitForToastsToGo(phone);
		browser.screenshot(phone, "46-portal-what-i-wrote");
		assertThat(Browser.seriousAccessibilityProblems(phone)).isEmpty();

		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to dark theme")).click();
		assertThat(phone.locator("html[theme~='dark']")).hasCount(1);
		browser.screenshot(phone, "47-portal-what-i-wrote-dark");
		assertThat(Browser.seriousAccessibilityProblems(phone)).isEmpty();
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("This week").setExact(true)).click();
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This week"))).isVisible();
		browser.screenshot(phone, "48-portal-this-week-dark");
		assertThat(Browser.seriousAccessibilityProblems(phone)).isEmpty();
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("What happened").setExact(true)).click();
		assertThat(phone.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("What happened").setLevel(1)))
			.isVisible();
		assertThat(phone.getByLabel("What you feared would happen")).isVisible();
		browser.screenshot(phone, "49-portal-what-happened-dark");
		assertThat(Browser.seriousAccessibilityProblems(phone)).isEmpty();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to light theme")).click();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(phone.locator("input[name='username']")).isVisible();

		assertThat(desk.locator("input[name='username']")).isVisible();
		MainJourney.signIn(desk, "maya.okafor@harbor.example", "harbor-demo-2026");
		assertThat(desk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("To review"))).isVisible();
		desk.navigate(server.url("clients"));
		desk.locator("vaadin-grid")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Juniper Hale"))
			.click();
		desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Diary").setExact(true)).click();
		Locator newRow = desk.locator("vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText("Sam was quiet at dinner"));
		assertThat(newRow).isVisible();
		assertThat(desk.locator(".harbor-entry-new:not([hidden])").first()).hasText("New");
		newRow.click();
		assertThat(desk.getByText("Written by Juniper Hale in the portal", new Page.GetByTextOptions().setExact(false)))
			.isVisible();
		browser.screenshot(desk, "50-clinician-sees-the-portal-entry");
		assertThat(Browser.seriousAccessibilityProblems(desk)).isEmpty();
	}

}
