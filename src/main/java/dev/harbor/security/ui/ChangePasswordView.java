package dev.harbor.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.harbor.common.ui.Notifications;
import dev.harbor.common.InvalidInputException;
import dev.harbor.security.UserAccount;
import dev.harbor.security.UserAccountService;
import dev.harbor.common.ui.Submit;
import dev.harbor.common.ui.HasOwnHeading;
import jakarta.annotation.security.PermitAll;

/**
 * Where a person replaces a one-time password (or any password) with one of their own.
 */
@Route("account/password")
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle, HasOwnHeading {

	private final PasswordField current = new PasswordField();

	private final PasswordField next = new PasswordField();

	private final PasswordField repeat = new PasswordField();

	ChangePasswordView(UserAccountService accounts) {
		addClassName("harbor-page");
		setMaxWidth("32rem");
		current.setLabel(getTranslation("account.password.current"));
		next.setLabel(getTranslation("account.password.new"));
		next.setHelperText(getTranslation("account.password.help", UserAccount.PASSWORD_MIN));
		repeat.setLabel(getTranslation("account.password.repeat"));
		Button save = new Button(getTranslation("account.password.save"), click -> save(accounts));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Submit.once(save);
		Paragraph intro = new Paragraph(getTranslation(
				accounts.mustChangeMyPassword() ? "account.password.intro.oneTime" : "account.password.intro"));
		add(new H1(getTranslation("account.password.title")), intro, current, next, repeat, save);
		for (PasswordField field : new PasswordField[] { current, next, repeat }) {
			field.setWidthFull();
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("account.password.title");
	}

	private void save(UserAccountService accounts) {
		for (PasswordField field : new PasswordField[] { current, next, repeat }) {
			field.setInvalid(false);
		}
		if (!next.getValue().equals(repeat.getValue())) {
			repeat.setErrorMessage(getTranslation("account.rule.passwordRepeat"));
			repeat.setInvalid(true);
			return;
		}
		try {
			accounts.changeMyPassword(current.getValue(), next.getValue());
			Notifications.success("account.password.saved");
			getUI().ifPresent(ui -> ui.navigate(""));
		}
		catch (InvalidInputException problem) {
			PasswordField field = "currentPassword".equals(problem.field()) ? current : next;
			field.setErrorMessage(getTranslation(problem.messageKey(), UserAccount.PASSWORD_MIN));
			field.setInvalid(true);
		}
	}

}
