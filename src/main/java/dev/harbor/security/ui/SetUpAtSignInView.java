package dev.harbor.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.ui.Submit;
import dev.harbor.security.Enrolment;
import dev.harbor.security.PendingSignIn;
import dev.harbor.security.SignInCompletion;
import dev.harbor.security.StepResult;
import dev.harbor.security.TwoStepService;

/**
 * Where the practice requires two-step sign-in and this person has no app yet: they set
 * one up right after their password, see their recovery codes once, and go on in.
 */
@Route(value = "login/set-up", autoLayout = false)
@AnonymousAllowed
class SetUpAtSignInView extends SignInPage implements HasDynamicTitle {

	SetUpAtSignInView(TwoStepService twoStep, SignInCompletion completion) {
		PendingSignIn pending = pending().filter(waiting -> waiting.stage() == PendingSignIn.Stage.ENROL).orElse(null);
		if (pending == null) {
			showGone("signIn.step.gone.title", "signIn.step.gone.text");
			return;
		}
		Enrolment enrolment;
		try {
			enrolment = twoStep.startEnrolment(pending);
		}
		catch (InvalidInputException tooLate) {
			showGone("signIn.step.gone.title", "signIn.step.gone.text");
			return;
		}
		EnrolmentPanel[] panel = new EnrolmentPanel[1];
		panel[0] = new EnrolmentPanel(enrolment, typed -> {
			StepResult result = twoStep.enrolAtSignIn(pending, enrolment, typed);
			if (!result.worked()) {
				panel[0].refuse(result.problem());
				return;
			}
			Button next = Submit.primary(getTranslation("twoStep.recovery.continue"),
					click -> signIn(completion, result.signedIn()));
			show("twoStep.recovery.title", new RecoveryCodesPanel(result.recoveryCodes(), next));
		});
		show("signIn.setUp.title", new Paragraph(getTranslation("signIn.setUp.intro")), panel[0]);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("signIn.setUp.pageTitle");
	}

}
