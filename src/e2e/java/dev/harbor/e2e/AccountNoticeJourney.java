package dev.harbor.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reset told to the person at their next sign-in, in a real Chromium: the admin hands
 * over sign-in links, never a password.
 */
class AccountNoticeJourney extends BrowserJourney {

	@Test
	void an_admin_resets_a_password_with_a_link_and_the_clinician_is_told_when_and_by_whom_at_sign_in() {
		Page page = browser.newPage(1280, 860);
		page.navigate(server.url("login"));
		MainJourney.signIn(page, "admin@harbor.example", "harbor-demo-2026");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New account")).click();
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Lena Vogt");
		page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill("lena.vogt@harbor.example");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save account")).click();
		String welcome = page.locator(".harbor-sign-in-link input").inputValue();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done")).click();

		// Clinicians come first, by name: Lena Vogt is the first row.
		assertThat(page.locator("vaadin-grid-cell-content").getByText("Lena Vogt")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reset password")).first().click();
		String reset = page.locator(".harbor-sign-in-link input").inputValue();
		page.waitForTimeout(400);
		browser.screenshot(page, "09a-sign-in-link");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(page.locator("input[name='username']")).isVisible();

		// The first link stopped working when the second was given.
		page.navigate(welcome);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This link no longer opens")))
			.isVisible();
		page.navigate(reset);
		page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("lena-chose-this-herself");
		page.getByLabel("New password again").fill("lena-chose-this-herself");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save password and sign in")).click();
		Locator told = page.getByRole(AriaRole.DIALOG);
		assertThat(told).containsText("While you were away");
		assertThat(told).containsText("Practice Office reset your password.");
		browser.screenshot(page, "09b-told-of-a-reset");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Understood")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Lena"))).isVisible();
	}

}
