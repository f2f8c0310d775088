package dev.harbor.security.ui;

import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.FormFields.BadValue;
import dev.harbor.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.harbor.testsupport.FormFields.assertRefusedOnlyAt;
import static dev.harbor.testsupport.FormFields.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practice office opens an account, and a clinician changes her password, with one
 * thing wrong at a time: each problem is named beside its field, and nothing changes.
 */
class AccountFormsTest extends KaribuTest {

	static final String COMMON = "This password is one that is often used or easy to guess. Please choose another:"
			+ " a few unrelated words, or a line only you would think of, work well.";

	static Stream<BadValue> accountValues() {
		String email = "This doesn't look like an email address.";
		return Stream.of(new BadValue("Name", "", "Please give a name."),
				new BadValue("Name", "x".repeat(121),
						"Please keep the name to 120 characters, without control characters."),
				new BadValue("Email", "", "Please give an email address."), new BadValue("Email", "lena@", email),
				new BadValue("Email", "lena@practice.example' or '1'='1", email));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("accountValues")
	void opening_an_account_refuses_each_bad_value_beside_its_field(BadValue bad) {
		signInAndOpen(accounts.admin("Practice Office"), "admin/accounts");
		long before = database.count("user_account");
		_click(_get(Button.class, spec -> spec.withText("New account")));
		AccountDialog dialog = _get(AccountDialog.class);
		type(dialog, "Name", "Lena Vogt");
		type(dialog, "Email", "lena@practice.example");

		type(dialog, bad.label(), bad.value());
		_click(_get(dialog, Button.class, spec -> spec.withText("Save account")));

		assertRefusedOnlyAt(dialog, bad.shownAt(), bad.message());
		assertThat(dialog.isOpened()).isTrue();
		assertThat(database.count("user_account")).isEqualTo(before);
	}

	@Test
	void an_email_another_account_already_uses_is_refused_by_the_service_beside_the_email() {
		HarborUser maya = accounts.clinician("Maya Okafor");
		signInAndOpen(accounts.admin("Practice Office"), "admin/accounts");
		long before = database.count("user_account");
		_click(_get(Button.class, spec -> spec.withText("New account")));
		AccountDialog dialog = _get(AccountDialog.class);
		type(dialog, "Name", "Lena Vogt");
		type(dialog, "Email", maya.getUsername().toUpperCase(java.util.Locale.ROOT));

		_click(_get(dialog, Button.class, spec -> spec.withText("Save account")));

		assertRefusedOnlyAt(dialog, "Email", "Another account already uses this email address.");
		assertThat(database.count("user_account")).isEqualTo(before);
	}

	static Stream<BadValue> passwordValues() {
		String length = "Please use at least 12 characters (and at most 72 bytes).";
		return Stream.of(new BadValue("Current password", "", "Please type the password you sign in with now."),
				new BadValue("Current password", "not-my-password", "That is not your current password."),
				new BadValue("New password", "", length), new BadValue("New password", "short", length),
				new BadValue("New password", "             ", length),
				new BadValue("New password", "ü".repeat(40), length),
				new BadValue("New password", "password1234", COMMON),
				new BadValue("New password", "qwertyuiop123", COMMON),
				new BadValue("New password", "aaaaaaaaaaaa", COMMON),
				new BadValue("New password", TestAccounts.PASSWORD,
						"Please choose a password different from the current one."),
				new BadValue("New password again", "a-long-new-passw0rd", "The two new passwords are not the same."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("passwordValues")
	void changing_a_password_refuses_each_bad_value_beside_its_field(BadValue bad) {
		HarborUser maya = accounts.clinician("Maya Okafor");
		signInAndOpen(maya, "account/password");
		String hash = passwordHash(maya);
		ChangePasswordView view = _get(ChangePasswordView.class);
		type(view, "Current password", TestAccounts.PASSWORD);
		type(view, "New password", "a-long-new-password");
		type(view, "New password again", "a-long-new-password");

		type(view, bad.label(), bad.value());
		if (bad.label().equals("New password")) {
			type(view, "New password again", bad.value());
		}
		_click(_get(view, Button.class, spec -> spec.withText("Save password")));

		assertRefusedOnlyAt(view, bad.shownAt(), bad.message());
		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("account/password");
		assertThat(passwordHash(maya)).isEqualTo(hash);
	}

	private String passwordHash(HarborUser user) {
		return database.jdbc()
			.queryForObject("select password_hash from user_account where id = ?", String.class, user.accountId());
	}

}
