package dev.harbor.security.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.harbor.security.PendingSignIn;
import dev.harbor.security.SignInCompletion;
import dev.harbor.security.StepResult;
import dev.harbor.security.TwoStepService;

/**
 * The second step of signing in: the code the authenticator app shows now, or one of the
 * recovery codes. Open to anyone, because nobody is signed in yet; without a password
 * just checked in this browser it has nothing to offer.
 */
@Route(value = "login/code", autoLayout = false)
@AnonymousAllowed
class SecondStepView extends SignInPage implements HasDynamicTitle {

	SecondStepView(TwoStepService twoStep, SignInCompletion completion) {
		PendingSignIn pending = pending().filter(waiting -> waiting.stage() == PendingSignIn.Stage.CODE).orElse(null);
		if (pending == null) {
			showGone("signIn.step.gone.title", "signIn.step.gone.text");
			return;
		}
		CodeEntry[] entry = new CodeEntry[1];
		entry[0] = new CodeEntry("signIn.code.label", "signIn.code.help", "signIn.code.submit", typed -> {
			StepResult result = twoStep.signInWithCode(pending, typed);
			if (result.worked()) {
				signIn(completion, result.signedIn());
			}
			else {
				entry[0].refuse(result.problem());
			}
		});
		show("signIn.code.title", new Paragraph(getTranslation("signIn.code.intro")), entry[0]);
		entry[0].field().focus();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("signIn.code.pageTitle");
	}

}
