package dev.harbor.security.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.harbor.security.AccountRules;
import dev.harbor.security.AccountView;
import dev.harbor.common.InvalidInputException;
import dev.harbor.security.Role;
import dev.harbor.security.UserAccount;
import dev.harbor.common.ui.Submit;
import org.jspecify.annotations.Nullable;

/** Opens or edits an account; the caller saves and says whether it worked. */
class AccountDialog extends Dialog {

	record Details(String email, String displayName, Role role) {
	}

	private final TextField displayName = new TextField();

	private final TextField email = new TextField();

	private final Select<Role> role = new Select<>();

	AccountDialog(@Nullable AccountView existing, Predicate<Details> save) {
		setHeaderTitle(getTranslation(existing == null ? "accounts.new" : "accounts.edit"));
		displayName.setLabel(getTranslation("accounts.column.name"));
		displayName.setMaxLength(UserAccount.DISPLAY_NAME_MAX);
		email.setLabel(getTranslation("accounts.column.email"));
		email.setMaxLength(UserAccount.EMAIL_MAX);
		role.setLabel(getTranslation("accounts.column.role"));
		role.setItems(Role.values());
		role.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		role.setValue(existing == null ? Role.CLINICIAN : existing.role());
		role.setReadOnly(existing != null);
		if (existing != null) {
			displayName.setValue(existing.displayName());
			email.setValue(existing.email());
		}
		add(new FormLayout(displayName, email, role));
		Button saveButton = Submit.primary(getTranslation("accounts.save"), click -> save(save));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), saveButton);
	}

	private void save(Predicate<Details> save) {
		boolean nameOk = check(displayName, AccountRules.displayNameProblem(displayName.getValue()));
		boolean emailOk = check(email, AccountRules.emailProblem(email.getValue()));
		if (!nameOk || !emailOk) {
			return;
		}
		try {
			if (save.test(new Details(email.getValue(), displayName.getValue(), role.getValue()))) {
				close();
			}
		}
		catch (InvalidInputException problem) {
			check("email".equals(problem.field()) ? email : displayName, problem.messageKey());
		}
	}

	private boolean check(HasValidation field, @Nullable String problem) {
		field.setInvalid(problem != null);
		field.setErrorMessage(problem == null ? null : getTranslation(problem));
		return problem == null;
	}

}
