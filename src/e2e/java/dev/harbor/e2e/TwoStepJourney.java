package dev.harbor.e2e;

import java.time.Instant;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.harbor.testsupport.TestCodes;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-step sign-in in a real Chromium: the admin requires it and opens an account, the new
 * clinician chooses her password from the link, sets her app up (the test reads the key
 * from the page and makes the codes an app would), and signs in again with a code.
 */
class TwoStepJourney extends BrowserJourney {

	@Test
	void a_new_clinician_sets_up_her_app_at_her_first_sign_in_and_then_signs_in_with_a_code() {
		Page page = browser.newPage(1280, 900);
		page.navigate(server.url("login"));
		MainJourney.signIn(page, "admin@harbor.example", "harbor-demo-2026");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts")).click();
		page.getByText("Require two-step sign-in for all staff").click();
		assertThat(page.getByText("Two-step sign-in is now required for all staff.")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New account")).click();
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Lena Vogt");
		page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill("lena.vogt@harbor.example");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save account")).click();
		String link = page.locator(".harbor-sign-in-link input").inputValue();
		assertThat(link).startsWith(server.url("login/link/"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(page.locator("input[name='username']")).isVisible();

		page.navigate(link);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome to Harbor")))
			.isVisible();
		page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("lena-chose-this-herself");
		page.getByLabel("New password again").fill("lena-chose-this-herself");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save password and sign in")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Set up two-step sign-in")))
			.isVisible();
		assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR code for your authenticator app")))
			.isVisible();
		browser.screenshot(page, "10-two-step-set-up");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		page.setViewportSize(390, 844);
		browser.screenshot(page, "10b-two-step-set-up-phone");
		page.setViewportSize(1280, 900);
		String secret = page.locator(".harbor-two-step-secret").textContent().strip();
		page.getByLabel("Code from the app").fill(TestCodes.at(secret, Instant.now()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on")).click();

		Locator codes = page.locator(".harbor-recovery-codes li");
		assertThat(codes).hasCount(10);
		browser.screenshot(page, "11-recovery-codes");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have kept them, continue")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Lena"))).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

		MainJourney.signIn(page, "lena.vogt@harbor.example", "lena-chose-this-herself");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("One more step"))).isVisible();
		page.getByLabel("Code from your app").fill("000000".equals(TestCodes.at(secret, Instant.now())) ? "111111" : "000000");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.getByText("That code did not work.", new Page.GetByTextOptions().setExact(false))).isVisible();
		browser.screenshot(page, "12-code-refused");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
		// The code after the one used to set up: a code works once.
		page.getByLabel("Code from your app").fill(TestCodes.at(secret, Instant.now().plusSeconds(30)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Lena"))).isVisible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lena Vogt")).click();
		assertThat(page.locator(".harbor-two-step-state")).containsText("Recovery codes left: 10.");
		browser.screenshot(page, "13-your-sign-in");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to dark theme")).click();
		assertThat(page.locator("html")).hasAttribute("theme", "dark");
		page.reload();
		assertThat(page.locator(".harbor-two-step-state")).isVisible();
		browser.screenshot(page, "13b-your-sign-in-dark");
		assertThat(Browser.seriousAccessibilityProblems(page)).isEmpty();
	}

}
