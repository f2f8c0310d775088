package dev.harbor.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dev.harbor.security.Role;
import dev.harbor.common.ui.Notifications;
import dev.harbor.common.InvalidInputException;
import dev.harbor.security.UserAccount;
import dev.harbor.security.UserAccountService;
import dev.harbor.common.ui.Submit;
import dev.harbor.common.ui.RecordBinder;
import dev.harbor.common.ui.HasOwnHeading;
import jakarta.annotation.security.RolesAllowed;

/**
 * Where a signed-in person changes their password.
 */
@Route("account/password")
@RouteAlias("portal/account/password")
@RolesAllowed({ Role.Names.CLINICIAN, Role.Names.ADMIN, Role.Names.CLIENT })
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle, HasOwnHeading {

	private final PasswordField current = new PasswordField();

	private final PasswordField next = new PasswordField();

	private final PasswordField repeat = new PasswordField();

	private final RecordBinder<PasswordChange> binder = new RecordBinder<>(PasswordChange.class);

	ChangePasswordView(UserAccountService accounts) {
		addClassName("harbor-page");
		setMaxWidth("32rem");
		current.setLabel(getTranslation("account.password.current"));
		Button save = new Button(getTranslation("account.password.save"), click -> save(accounts));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Submit.once(save);
		Paragraph intro = new Paragraph(getTranslation("account.password.intro"));
		add(new H1(getTranslation("account.password.title")), intro, current, next, repeat, save);
		for (PasswordField field : new PasswordField[] { current, next, repeat }) {
			field.setWidthFull();
		}
		binder.text(current, "currentPassword",
				typed -> typed == null ? "account.rule.currentPassword.required" : null);
		NewPasswordFields.bind(binder, next, repeat);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("account.password.title");
	}

	private void save(UserAccountService accounts) {
		binder.record().ifPresent(change -> {
			try {
				accounts.changeMyPassword(change.currentPassword(), change.newPassword());
				Notifications.success("account.password.saved");
				getUI().ifPresent(ui -> ui.navigate(AccountPaths.within(ui, "account")));
			}
			catch (InvalidInputException problem) {
				binder.show(problem.field(), problem.messageKey(), UserAccount.PASSWORD_MIN);
			}
		});
	}

	/** The password now, the new one and the new one again. */
	public record PasswordChange(String currentPassword, String newPassword, String repeat) {

		@Override
		public String toString() {
			return "PasswordChange";
		}

	}

}
