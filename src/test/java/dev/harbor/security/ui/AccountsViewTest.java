package dev.harbor.security.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.harbor.security.AccountView;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.security.UserAccountService;
import dev.harbor.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class AccountsViewTest extends KaribuTest {

	@Autowired
	UserAccountService accountService;

	@Autowired
	CurrentUser currentUser;

	@Test
	void an_admin_opens_a_clinician_account_hands_over_a_sign_in_link_and_switches_another_off() {
		HarborUser tomas = accounts.clinician("Tomas Reyes");
		signInAndOpen(accounts.admin("Practice Office"), "admin/accounts");

		_click(_get(Button.class, spec -> spec.withText("New account")));
		_setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Lena Vogt");
		_setValue(_get(TextField.class, spec -> spec.withLabel("Email")), "lena@practice.example");
		_click(_get(Button.class, spec -> spec.withText("Save account")));

		String link = _get(TextField.class, spec -> spec.withClasses("harbor-sign-in-link")).getValue();
		assertThat(link).matches("http://[^/]+/login/link/[A-Za-z0-9_-]{43}");
		_click(_get(Button.class, spec -> spec.withText("Done")));
		assertThat(row("Lena Vogt").mustChangePassword()).isTrue();

		@SuppressWarnings("unchecked")
		Grid<AccountView> grid = _get(Grid.class);
		var actions = GridKt._getCellComponent(grid, rowIndex("Tomas Reyes"), "actions");
		_click(_get(actions, Button.class, spec -> spec.withText("Switch off")));
		assertThat(row("Tomas Reyes").enabled()).isFalse();
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where subject_type = 'ACCOUNT' and subject_id = ?"
					+ " and detail = 'switched off'", Long.class, tomas.accountId()))
			.isEqualTo(1);
	}

	@Test
	void after_a_reset_the_person_chooses_a_new_password_from_the_link_and_is_signed_in() {
		HarborUser maya = accounts.clinician("Maya Okafor");
		TestAccounts.signIn(accounts.admin("Practice Office"));
		String token = accountService.resetPassword(maya.accountId()).token();
		TestAccounts.signOut();

		UI.getCurrent().navigate("login/link/" + token);

		assertThat(_get(H2.class).getText()).isEqualTo("Choose a new password");
		_setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "short");
		_setValue(_get(PasswordField.class, spec -> spec.withLabel("New password again")), "short");
		_click(_get(Button.class, spec -> spec.withText("Save password and sign in")));
		assertThat(_get(PasswordField.class, spec -> spec.withLabel("New password")).getErrorMessage())
			.isEqualTo("Please use at least 12 characters (and at most 72 bytes).");
		// Maya has no authenticator app, so the link asks for no code.
		assertThat(_find(TextField.class, spec -> spec.withLabel("Code from your app"))).isEmpty();

		_setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "my-own-long-password");
		_setValue(_get(PasswordField.class, spec -> spec.withLabel("New password again")), "my-own-long-password");
		_click(_get(Button.class, spec -> spec.withText("Save password and sign in")));

		assertThat(currentUser.get()).map(HarborUser::accountId).contains(maya.accountId());
		UI.getCurrent().navigate("login/link/" + token);
		assertThat(_get(H2.class).getText()).isEqualTo("This link no longer opens");
	}

	@SuppressWarnings("unchecked")
	private static java.util.List<AccountView> rows() {
		Grid<AccountView> grid = _get(Grid.class);
		return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
	}

	private static AccountView row(String name) {
		return rows().stream().filter(account -> account.displayName().equals(name)).findFirst().orElseThrow();
	}

	private static int rowIndex(String name) {
		return rows().stream()
			.filter(account -> account.enabled())
			.map(AccountView::displayName)
			.toList()
			.indexOf(name);
	}

}
