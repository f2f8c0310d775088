package dev.harbor.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.harbor.security.DemoAccounts;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The sign-in page. Public, unlike the other views, because the security configuration
 * names it as its login view: Vaadin then reroutes to it inside the page instead of
 * reloading.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final LoginForm form = new LoginForm();

	public LoginView(ObjectProvider<DemoAccounts> demoAccounts) {
		addClassName("harbor-login");
		setSizeFull();
		// The sign-in page stands outside the app's frame, so it is its own main
		// landmark.
		getElement().setAttribute("role", "main");
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		form.setAction("login");
		form.setForgotPasswordButtonVisible(false);
		form.setI18n(translatedForm());
		add(brand(), form);
		demoAccounts.ifAvailable(demo -> add(demoPanel(demo)));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.pageTitle");
	}

	private Div brand() {
		Image logo = new Image("icons/harbor.svg", "");
		logo.addClassName("harbor-login-logo");
		H1 name = new H1(getTranslation("app.name"));
		Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
		Div brand = new Div(logo, name, tagline);
		brand.addClassName("harbor-login-brand");
		return brand;
	}

	private LoginI18n translatedForm() {
		LoginI18n i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle(getTranslation("login.title"));
		i18n.getForm().setUsername(getTranslation("login.email"));
		i18n.getForm().setPassword(getTranslation("login.password"));
		i18n.getForm().setSubmit(getTranslation("login.submit"));
		// One message for every failure: it must not tell whether the account exists or
		// rests.
		i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
		i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
		i18n.getErrorMessage().setUsername(getTranslation("login.email.required"));
		i18n.getErrorMessage().setPassword(getTranslation("login.password.required"));
		return i18n;
	}

	private Div demoPanel(DemoAccounts demo) {
		UnorderedList list = new UnorderedList();
		for (DemoAccounts.Entry entry : demo.accounts()) {
			Span role = new Span(getTranslation(entry.role().translationKey()));
			role.addClassName("harbor-demo-role");
			list.add(new ListItem(new Span(entry.email()), role));
		}
		Div panel = new Div(new H2(getTranslation("login.demo.title")),
				new Paragraph(getTranslation("login.demo.text", demo.password())), list);
		demo.openInvitation().ifPresent(invitation -> {
			Anchor open = new Anchor(invitation.path(),
					getTranslation("login.demo.invitation.open", invitation.clientName()));
			open.setId("demo-invitation");
			panel.add(new H3(getTranslation("login.demo.invitation.title")),
					new Paragraph(getTranslation("login.demo.invitation.text", invitation.email())), open);
		});
		panel.addClassName("harbor-demo-panel");
		return panel;
	}

}
