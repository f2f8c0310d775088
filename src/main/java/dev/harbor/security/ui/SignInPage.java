package dev.harbor.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import dev.harbor.security.PendingSignIn;
import dev.harbor.security.SignInCompletion;
import dev.harbor.security.VerifiedSignIn;
import jakarta.servlet.http.HttpSession;

import java.util.Optional;

/**
 * The frame of the pages a person sees while signing in (a code, setting an app up, a
 * sign-in link): Harbor's name and one card, outside the app's frame and its own main
 * landmark, like the sign-in form.
 */
abstract class SignInPage extends VerticalLayout {

	private final Div card = new Div();

	SignInPage() {
		addClassNames("harbor-login", "harbor-sign-in-step");
		setSizeFull();
		getElement().setAttribute("role", "main");
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		Image logo = new Image("icons/harbor.svg", "");
		logo.addClassName("harbor-login-logo");
		Div brand = new Div(logo, new H1(getTranslation("app.name")));
		brand.addClassName("harbor-login-brand");
		card.addClassName("harbor-sign-in-card");
		add(brand, card);
	}

	/** Replaces what the card shows: a heading, then the rest. */
	void show(String headingKey, Component... parts) {
		card.removeAll();
		card.add(new H2(getTranslation(headingKey)));
		card.add(parts);
	}

	/**
	 * Nothing to do here (the step ran out, or the link opens nothing): back to sign-in.
	 */
	void showGone(String headingKey, String textKey) {
		show(headingKey, new Paragraph(getTranslation(textKey)),
				new Anchor("login", getTranslation("signIn.step.backToSignIn")));
	}

	/** The half-done sign-in of this browser session, if any. */
	static Optional<PendingSignIn> pending() {
		VaadinSession session = VaadinSession.getCurrent();
		HttpSession http = session != null && session.getSession() instanceof WrappedHttpSession wrapped
				? wrapped.getHttpSession() : null;
		return PendingSignIn.in(http);
	}

	static void keep(PendingSignIn next) {
		VaadinSession.getCurrent().getSession().setAttribute(PendingSignIn.ATTRIBUTE, next);
	}

	/** Signs the person in and opens the app afresh, under the new session. */
	static void signIn(SignInCompletion completion, VerifiedSignIn verified) {
		completion.complete(verified, VaadinServletRequest.getCurrent().getHttpServletRequest(),
				VaadinServletResponse.getCurrent().getHttpServletResponse());
		UI ui = UI.getCurrentOrThrow();
		ui.getPage().setLocation(VaadinServletRequest.getCurrent().getContextPath() + "/");
	}

}
