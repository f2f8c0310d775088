package dev.harbor.security.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.RecordBinder;
import dev.harbor.common.ui.Submit;
import dev.harbor.security.InvitationInfo;
import dev.harbor.security.InvitationRedemption;
import dev.harbor.security.SignInCompletion;
import dev.harbor.security.StepResult;
import dev.harbor.security.UserAccount;

/**
 * The invitation a clinician gave their client: the client confirms the address it was
 * sent to, chooses a password (the same rules as staff) and is in their portal. An
 * invitation that was used, ran out or was replaced says so plainly, without telling
 * whether any address exists, and asks them to get a new one from their clinician.
 */
@Route(value = InvitationRedemption.ROUTE + "/:token", autoLayout = false)
@AnonymousAllowed
class InvitationView extends SignInPage implements BeforeEnterObserver, HasDynamicTitle {

	private final InvitationRedemption invitations;

	private final SignInCompletion completion;

	InvitationView(InvitationRedemption invitations, SignInCompletion completion) {
		this.invitations = invitations;
		this.completion = completion;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String token = event.getRouteParameters().get("token").orElse("");
		InvitationInfo info = invitations.open(token);
		if (!info.opens()) {
			showGone("invitation.gone.title", "invitation.gone.text");
			return;
		}
		EmailField email = new EmailField(getTranslation("invitation.email"));
		email.setHelperText(getTranslation("invitation.email.help"));
		email.getElement().setAttribute("autocomplete", "email");
		PasswordField next = new PasswordField();
		PasswordField repeat = new PasswordField();
		for (HasSize field : new HasSize[] { email, next, repeat }) {
			field.setWidthFull();
		}
		RecordBinder<Joining> binder = new RecordBinder<>(Joining.class);
		binder.text(email, "email", typed -> typed == null ? "invitation.rule.emailRequired" : null);
		NewPasswordFields.bind(binder, next, repeat);
		Button join = Submit.primary(getTranslation("invitation.join"),
				click -> binder.record().ifPresent(joining -> join(token, joining, binder)));
		show("invitation.title", new Paragraph(getTranslation("invitation.intro")),
				new Paragraph(getTranslation("invitation.until", Dates.shortDateTime(info.expiresAt()))), email, next,
				repeat, join);
	}

	private void join(String token, Joining joining, RecordBinder<Joining> binder) {
		StepResult result;
		try {
			result = invitations.redeem(token, joining.email(), joining.newPassword());
		}
		catch (InvalidInputException problem) {
			binder.show(problem.field(), problem.messageKey(), UserAccount.PASSWORD_MIN);
			return;
		}
		if (result.worked()) {
			signIn(completion, result.signedIn());
		}
		else if ("invitation.rule.closed".equals(result.problem())) {
			showGone("invitation.gone.title", "invitation.gone.text");
		}
		else {
			binder.show(result.field(), result.problem());
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("invitation.pageTitle");
	}

	/** The address the invitation was sent to, and the password chosen, twice. */
	public record Joining(String email, String newPassword, String repeat) {

		@Override
		public String toString() {
			return "Joining";
		}

	}

}
