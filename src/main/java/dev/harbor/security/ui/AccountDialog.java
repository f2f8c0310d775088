package dev.harbor.security.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.harbor.security.AccountRules;
import dev.harbor.security.AccountView;
import dev.harbor.security.Role;
import dev.harbor.security.UserAccount;
import dev.harbor.common.ui.Submit;
import dev.harbor.common.ui.RecordBinder;
import org.jspecify.annotations.Nullable;

/** Opens or edits an account; the caller saves and says whether it worked. */
class AccountDialog extends Dialog {

	/** What the dialog asks; the service checks it again. */
	public record Details(@Nullable String email, @Nullable String displayName, @Nullable Role role) {

		@Override
		public String toString() {
			return "Details[role=" + role + "]";
		}

	}

	private final TextField displayName = new TextField();

	private final TextField email = new TextField();

	private final Select<Role> role = new Select<>();

	private final RecordBinder<Details> binder = new RecordBinder<>(Details.class);

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
		binder.text(displayName, "displayName", AccountRules::displayNameProblem);
		binder.text(email, "email", AccountRules::emailProblem);
		binder.forField(role).bind("role");
		if (existing != null) {
			binder.readRecord(new Details(existing.email(), existing.displayName(), existing.role()));
		}
		add(new FormLayout(displayName, email, role));
		Button saveButton = Submit.primary(getTranslation("accounts.save"), click -> save(save));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), saveButton);
	}

	private void save(Predicate<Details> save) {
		binder.submit(save::test).filter(Boolean::booleanValue).ifPresent(saved -> close());
	}

}
