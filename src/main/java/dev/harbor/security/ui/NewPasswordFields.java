package dev.harbor.security.ui;

import java.util.Objects;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.ValidationResult;
import dev.harbor.common.ui.RecordBinder;
import dev.harbor.security.AccountRules;
import dev.harbor.security.UserAccount;

/**
 * A new password typed twice, wherever a person chooses one (their sign-in page, a
 * sign-in link): the staff password rules beside the first field, "not the same" beside
 * the second. The record's components are {@code newPassword} and {@code repeat}.
 */
final class NewPasswordFields {

	private NewPasswordFields() {
	}

	static void bind(RecordBinder<?> binder, PasswordField next, PasswordField repeat) {
		UI ui = UI.getCurrentOrThrow();
		next.setLabel(ui.getTranslation("account.password.new"));
		next.setHelperText(ui.getTranslation("account.password.help", UserAccount.PASSWORD_MIN));
		next.getElement().setAttribute("autocomplete", "new-password");
		repeat.setLabel(ui.getTranslation("account.password.repeat"));
		repeat.getElement().setAttribute("autocomplete", "new-password");
		binder.forField(next).withNullRepresentation("").withValidator((typed, context) -> {
			String problem = AccountRules.passwordProblem(typed);
			return problem == null ? ValidationResult.ok()
					: ValidationResult.error(ui.getTranslation(problem, UserAccount.PASSWORD_MIN));
		}).bind("newPassword");
		binder.text(repeat, "repeat", typed -> Objects.requireNonNullElse(typed, "").equals(next.getValue()) ? null
				: "account.rule.passwordRepeat");
	}

}
