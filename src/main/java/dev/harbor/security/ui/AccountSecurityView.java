package dev.harbor.security.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dev.harbor.common.i18n.Language;
import dev.harbor.common.ui.SpokenLanguage;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.UserAccountService;
import dev.harbor.security.Role;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.ui.Notifications;
import dev.harbor.common.ui.RecordBinder;
import dev.harbor.common.ui.Submit;
import dev.harbor.security.Enrolment;
import dev.harbor.security.TwoStepService;
import dev.harbor.security.TwoStepStatus;
import jakarta.annotation.security.RolesAllowed;

/**
 * A person's own sign-in: their password, and two-step sign-in with an authenticator app,
 * which they set up, move to a new phone, renew recovery codes for, or (where the
 * practice does not require it) turn off.
 */
@Route("account")
@RouteAlias("portal/account")
@RolesAllowed({ Role.Names.CLINICIAN, Role.Names.ADMIN, Role.Names.CLIENT })
class AccountSecurityView extends VerticalLayout implements HasDynamicTitle {

	private final TwoStepService twoStep;

	private final Div twoStepPart = new Div();

	private final boolean client;

	AccountSecurityView(TwoStepService twoStep, CurrentUser currentUser, UserAccountService accounts) {
		this.twoStep = twoStep;
		this.client = currentUser.require().role() == Role.CLIENT;
		addClassName("harbor-page");
		setMaxWidth("40rem");
		Button password = new Button(getTranslation("account.page.password.change"),
				click -> getUI().ifPresent(ui -> ui.navigate(AccountPaths.within(ui, "account/password"))));
		Div passwordPart = new Div(new H2(getTranslation("account.page.password")),
				new Paragraph(getTranslation("account.page.password.text")), password);
		twoStepPart.addClassName("harbor-two-step");
		add(passwordPart, twoStepPart);
		if (!client) {
			add(languagePart(accounts));
		}
		refresh();
	}

	/**
	 * The language Harbor speaks to this clinician or admin. A client's language is set
	 * by their clinician on their record, so that portal, handouts and letters agree.
	 */
	private Div languagePart(UserAccountService accounts) {
		Select<Language> language = new Select<>();
		language.setLabel(getTranslation("account.page.language.label"));
		language.setItems(Language.values());
		language.setItemLabelGenerator(Language::ownName);
		language.setValue(accounts.myLanguage());
		language.addValueChangeListener(change -> {
			if (change.isFromClient() && change.getValue() != null) {
				accounts.chooseLanguage(change.getValue());
				getUI().ifPresent(ui -> {
					SpokenLanguage.speak(ui, change.getValue());
					ui.getPage().reload();
				});
			}
		});
		Div part = new Div(new H2(getTranslation("account.page.language")),
				new Paragraph(getTranslation("account.page.language.text")), language);
		part.addClassName("harbor-language");
		return part;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("account.page.title");
	}

	private void refresh() {
		TwoStepStatus status = twoStep.myTwoStep();
		twoStepPart.removeAll();
		twoStepPart.add(new H2(getTranslation("twoStep.title")));
		Paragraph state = new Paragraph(status.on() ? getTranslation("twoStep.state.on", status.recoveryCodesLeft())
				: getTranslation(status.required() ? "twoStep.state.offRequired"
						: client ? "twoStep.state.offForClient" : "twoStep.state.off"));
		state.addClassName("harbor-two-step-state");
		twoStepPart.add(state);
		if (status.required()) {
			twoStepPart.add(new Paragraph(getTranslation("twoStep.state.required")));
		}
		Div actions = new Div();
		actions.addClassName("harbor-actions");
		if (!status.on()) {
			actions.add(Submit.primary(getTranslation("twoStep.setUp"), click -> setUp()));
		}
		else {
			actions.add(new Button(getTranslation("twoStep.newPhone"), click -> setUp()),
					new Button(getTranslation("twoStep.renewCodes"), click -> renewCodes()));
			if (!status.required()) {
				Button off = new Button(getTranslation("twoStep.turnOff"), click -> turnOff());
				off.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
				actions.add(off);
			}
		}
		twoStepPart.add(actions);
	}

	private void setUp() {
		Enrolment enrolment = twoStep.startEnrolment();
		Dialog dialog = dialog("twoStep.setUp.title");
		EnrolmentPanel[] panel = new EnrolmentPanel[1];
		panel[0] = new EnrolmentPanel(enrolment, typed -> {
			try {
				List<String> codes = twoStep.confirmEnrolment(enrolment, typed);
				showCodes(dialog, codes);
			}
			catch (InvalidInputException problem) {
				panel[0].refuse(problem.messageKey());
			}
		});
		dialog.add(panel[0]);
		dialog.open();
	}

	private void renewCodes() {
		Dialog dialog = dialog("twoStep.recovery.title");
		showCodes(dialog, twoStep.renewRecoveryCodes());
		dialog.open();
	}

	private void showCodes(Dialog dialog, List<String> codes) {
		dialog.setHeaderTitle(getTranslation("twoStep.recovery.title"));
		dialog.removeAll();
		Button done = Submit.primary(getTranslation("twoStep.recovery.done"), click -> dialog.close());
		dialog.add(new RecoveryCodesPanel(codes, done));
		refresh();
	}

	private void turnOff() {
		Dialog dialog = dialog("twoStep.turnOff.title");
		PasswordField password = new PasswordField(getTranslation("account.password.current"));
		password.setWidthFull();
		RecordBinder<TurnOff> binder = new RecordBinder<>(TurnOff.class);
		binder.text(password, "currentPassword",
				typed -> typed == null ? "account.rule.currentPassword.required" : null);
		Button confirm = Submit.primary(getTranslation("twoStep.turnOff.confirm"),
				click -> binder.record().ifPresent(turnOff -> {
					try {
						twoStep.turnOffMine(turnOff.currentPassword());
						dialog.close();
						Notifications.success("twoStep.turnOff.done");
						refresh();
					}
					catch (InvalidInputException problem) {
						binder.show(problem);
					}
				}));
		Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
		dialog.add(new Paragraph(getTranslation("twoStep.turnOff.text")), password);
		dialog.getFooter().add(cancel, confirm);
		dialog.open();
	}

	private Dialog dialog(String titleKey) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation(titleKey));
		dialog.setWidth("min(34rem, 96vw)");
		return dialog;
	}

	/** The password, to turn two-step sign-in off. */
	public record TurnOff(String currentPassword) {

		@Override
		public String toString() {
			return "TurnOff";
		}

	}

}
