package dev.harbor.security.ui;

import java.time.Duration;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import dev.harbor.security.AccountView;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.HarborUser;
import dev.harbor.security.PendingSignIn;
import dev.harbor.security.TestAccounts;
import dev.harbor.security.TwoStepService;
import dev.harbor.security.UserAccountService;
import dev.harbor.testsupport.KaribuTest;
import dev.harbor.testsupport.TestCodes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Setting an app up, the code page and the admin's side of two-step sign-in, as people
 * use them.
 */
class TwoStepPagesTest extends KaribuTest {

	@Autowired
	TwoStepService twoStep;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	UserAccountService userAccounts;

	@Test
	void a_clinician_sets_up_an_app_on_her_sign_in_page_and_sees_ten_recovery_codes_once() {
		signInAndOpen(accounts.clinician("Maya Okafor"), "account");
		assertThat(stateText()).startsWith("Off.");

		_click(_get(Button.class, spec -> spec.withText("Set up two-step sign-in")));
		String secret = _get(Span.class, spec -> spec.withClasses("harbor-two-step-secret")).getText();
		typeCode(TestCodes.at(secret, clock.instant().plus(Duration.ofMinutes(5))), "Turn on");
		assertThat(codeField().getErrorMessage())
			.isEqualTo("That code did not match. Please check the key, then type the code the app shows now.");

		typeCode(TestCodes.at(secret, clock.instant()), "Turn on");

		List<ListItem> codes = _find(ListItem.class, spec -> spec.withClasses("harbor-code"));
		assertThat(codes).hasSize(10);
		_click(_get(Button.class, spec -> spec.withText("I have kept them")));
		assertThat(_find(ListItem.class, spec -> spec.withClasses("harbor-code"))).isEmpty();
		assertThat(stateText()).isEqualTo(
				"On. You sign in with your password and a code from your authenticator app. Recovery codes left: 10.");
	}

	@Test
	void after_the_password_the_code_page_says_why_a_code_did_not_work_then_signs_her_in() {
		HarborUser maya = accounts.clinician("Maya Okafor");
		String secret = TestAccounts.withApp(twoStep, maya, clock.instant());
		waitingForSecondStep(maya, PendingSignIn.Stage.CODE);

		UI.getCurrent().navigate("login/code");
		assertThat(_get(H2.class).getText()).isEqualTo("One more step");
		typeCode(TestCodes.at(secret, clock.instant()), "Sign in");
		assertThat(codeField().getErrorMessage())
			.isEqualTo("That code was just used. Please wait for the next one in your app.");
		assertThat(currentUser.get()).isEmpty();

		typeCode(TestCodes.at(secret, clock.instant().plusSeconds(30)), "Sign in");

		assertThat(currentUser.get()).map(HarborUser::accountId).contains(maya.accountId());
		assertThat(PendingSignIn
			.in(((com.vaadin.flow.server.WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession()))
			.isEmpty();
	}

	@Test
	void the_code_page_without_a_password_first_only_shows_the_way_back() {
		UI.getCurrent().navigate("login/code");

		assertThat(_get(H2.class).getText()).isEqualTo("Please sign in again");
		assertThat(_find(TextField.class)).isEmpty();
	}

	@Test
	void where_the_practice_requires_it_she_sets_up_an_app_right_after_her_password_and_goes_on_in() {
		HarborUser maya = accounts.clinician("Maya Okafor");
		TestAccounts.signIn(accounts.admin("Practice Office"));
		twoStep.requireForStaff(true, twoStep.practiceSetting().version());
		TestAccounts.signOut();
		waitingForSecondStep(maya, PendingSignIn.Stage.ENROL);

		UI.getCurrent().navigate("login/set-up");
		assertThat(_get(H2.class).getText()).isEqualTo("Set up two-step sign-in");
		String secret = _get(Span.class, spec -> spec.withClasses("harbor-two-step-secret")).getText();
		typeCode(TestCodes.at(secret, clock.instant()), "Turn on");

		assertThat(_get(H2.class).getText()).isEqualTo("Your recovery codes");
		assertThat(_find(ListItem.class, spec -> spec.withClasses("harbor-code"))).hasSize(10);
		assertThat(currentUser.get()).isEmpty();
		_click(_get(Button.class, spec -> spec.withText("I have kept them, continue")));
		assertThat(currentUser.get()).map(HarborUser::accountId).contains(maya.accountId());
	}

	@Test
	void setting_an_app_up_ten_minutes_after_the_password_is_too_late() {
		HarborUser maya = accounts.clinician("Maya Okafor");
		VaadinSession.getCurrent()
			.getSession()
			.setAttribute(PendingSignIn.ATTRIBUTE, TestAccounts.passwordChecked(maya, PendingSignIn.Stage.ENROL,
					clock.instant().minus(Duration.ofMinutes(11))));

		UI.getCurrent().navigate("login/set-up");

		assertThat(_get(H2.class).getText()).isEqualTo("Please sign in again");
		assertThat(_find(Span.class, spec -> spec.withClasses("harbor-two-step-secret"))).isEmpty();
	}

	@Test
	void a_reset_link_asks_for_her_code_and_says_so_beside_the_field_when_it_is_wrong() {
		HarborUser maya = accounts.clinician("Maya Okafor");
		String secret = TestAccounts.withApp(twoStep, maya, clock.instant());
		TestAccounts.signIn(accounts.admin("Practice Office"));
		String token = userAccounts.resetPassword(maya.accountId()).token();
		TestAccounts.signOut();

		UI.getCurrent().navigate("login/link/" + token);
		_setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "maya-chose-this-herself");
		_setValue(_get(PasswordField.class, spec -> spec.withLabel("New password again")), "maya-chose-this-herself");
		_click(_get(Button.class, spec -> spec.withText("Save password and sign in")));
		TextField code = _get(TextField.class, spec -> spec.withLabel("Code from your app"));
		assertThat(code.getErrorMessage()).isEqualTo("Please type the code.");

		_setValue(code, TestCodes.at(secret, clock.instant().plus(Duration.ofMinutes(5))));
		_click(_get(Button.class, spec -> spec.withText("Save password and sign in")));
		assertThat(code.getErrorMessage()).startsWith("That code did not work.");
		assertThat(currentUser.get()).isEmpty();

		_setValue(code, TestCodes.at(secret, clock.instant().plusSeconds(30)));
		_click(_get(Button.class, spec -> spec.withText("Save password and sign in")));
		assertThat(currentUser.get()).map(HarborUser::accountId).contains(maya.accountId());
	}

	@Test
	void an_admin_requires_two_step_sign_in_and_resets_a_lost_phone() {
		HarborUser maya = accounts.clinician("Maya Okafor");
		TestAccounts.withApp(twoStep, maya, clock.instant());
		signInAndOpen(accounts.admin("Practice Office"), "admin/accounts");

		Checkbox required = _get(Checkbox.class, spec -> spec.withLabel("Require two-step sign-in for all staff"));
		assertThat(required.getValue()).isFalse();
		_setValue(required, true);
		assertThat(twoStep.practiceSetting().required()).isTrue();

		@SuppressWarnings("unchecked")
		Grid<AccountView> grid = _get(Grid.class);
		int row = java.util.stream.IntStream.range(0, GridKt._size(grid))
			.filter(i -> GridKt._get(grid, i).displayName().equals("Maya Okafor"))
			.findFirst()
			.orElseThrow();
		_click(_get(GridKt._getCellComponent(grid, row, "actions"), Button.class,
				spec -> spec.withText("Reset two-step sign-in")));
		ConfirmDialog confirm = _get(ConfirmDialog.class);
		assertThat(ConfirmDialogKt._getHeader(confirm)).isEqualTo("Reset two-step sign-in?");
		ConfirmDialogKt._fireConfirm(confirm);

		assertThat(twoStep.withTwoStep(List.of(maya.accountId()))).isEmpty();
		assertThat(_find(GridKt._getCellComponent(grid, row, "actions"), Button.class,
				spec -> spec.withText("Reset two-step sign-in")))
			.isEmpty();
	}

	private void waitingForSecondStep(HarborUser person, PendingSignIn.Stage stage) {
		VaadinSession.getCurrent()
			.getSession()
			.setAttribute(PendingSignIn.ATTRIBUTE, TestAccounts.passwordChecked(person, stage, clock.instant()));
	}

	private static void typeCode(String code, String button) {
		_setValue(codeField(), code);
		_click(_get(Button.class, spec -> spec.withText(button)));
	}

	private static TextField codeField() {
		return _get(TextField.class, spec -> spec.withClasses("harbor-code-field"));
	}

	private static String stateText() {
		return _get(Paragraph.class, spec -> spec.withClasses("harbor-two-step-state")).getText();
	}

}
