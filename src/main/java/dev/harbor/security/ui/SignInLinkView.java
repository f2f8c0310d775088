package dev.harbor.security.ui;

import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.ui.RecordBinder;
import dev.harbor.common.ui.Submit;
import dev.harbor.security.LinkInfo;
import dev.harbor.security.SignInCompletion;
import dev.harbor.security.SignInLinks;
import dev.harbor.security.StepResult;
import dev.harbor.security.UserAccount;

/**
 * A sign-in link an admin handed over: the person chooses their password (with a code
 * from their app, where they have one) and is signed in. A used or expired link says so
 * and opens nothing.
 */
@Route(value = "login/link/:token", autoLayout = false)
@AnonymousAllowed
class SignInLinkView extends SignInPage implements BeforeEnterObserver, HasDynamicTitle {

	private final SignInLinks links;

	private final SignInCompletion completion;

	SignInLinkView(SignInLinks links, SignInCompletion completion) {
		this.links = links;
		this.completion = completion;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String token = event.getRouteParameters().get("token").orElse("");
		Optional<LinkInfo> link = links.open(token);
		if (link.isEmpty()) {
			showGone("signIn.link.gone.title", "signIn.link.gone.text");
			return;
		}
		LinkInfo info = link.get();
		PasswordField next = new PasswordField();
		PasswordField repeat = new PasswordField();
		TextField code = new TextField(getTranslation("signIn.code.label"));
		code.setHelperText(getTranslation("signIn.code.help"));
		code.setMaxLength(CodeEntry.LONGEST);
		code.getElement().setAttribute("autocomplete", "one-time-code");
		code.setVisible(info.needsCode());
		for (HasSize field : new HasSize[] { next, repeat, code }) {
			field.setWidthFull();
		}
		RecordBinder<ChosenPassword> binder = new RecordBinder<>(ChosenPassword.class);
		NewPasswordFields.bind(binder, next, repeat);
		binder.text(code, "code",
				typed -> info.needsCode() && (typed == null || typed.isBlank()) ? "twoStep.rule.code.required" : null);
		Button save = Submit.primary(getTranslation("signIn.link.save"),
				click -> binder.record().ifPresent(chosen -> use(token, chosen, binder)));
		String intro = info.newAccount() ? "signIn.link.intro.new" : "signIn.link.intro.reset";
		show(info.newAccount() ? "signIn.link.title.new" : "signIn.link.title.reset",
				new Paragraph(getTranslation(intro, info.displayName())), next, repeat, code, save);
	}

	private void use(String token, ChosenPassword chosen, RecordBinder<ChosenPassword> binder) {
		StepResult result;
		try {
			result = links.use(token, chosen.newPassword(), Objects.requireNonNullElse(chosen.code(), ""));
		}
		catch (InvalidInputException problem) {
			binder.show(problem.field(), problem.messageKey(), UserAccount.PASSWORD_MIN);
			return;
		}
		if (result.worked()) {
			signIn(completion, result.signedIn());
		}
		else if (result.next() != null) {
			keep(result.next());
			getUI().ifPresent(ui -> ui.navigate(SetUpAtSignInView.class));
		}
		else {
			binder.show(result.field(), result.problem());
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("signIn.link.pageTitle");
	}

	/** The password chosen, again, and the app's code where one is needed. */
	public record ChosenPassword(String newPassword, String repeat, String code) {

		@Override
		public String toString() {
			return "ChosenPassword";
		}

	}

}
