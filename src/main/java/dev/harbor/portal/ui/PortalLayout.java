package dev.harbor.portal.ui;

import java.time.Duration;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.harbor.common.ui.PortalEntryPage;
import dev.harbor.common.ui.SessionWatch;
import dev.harbor.security.HarborSecurityProperties;
import dev.harbor.security.PortalProperties;
import dev.harbor.security.Role;
import dev.harbor.security.UserAccountService;
import jakarta.annotation.security.RolesAllowed;

/**
 * The client's own frame, for every page under {@code portal/}: Harbor's name, the
 * portal's few places, light or dark, sign-out, and on every page the safety line (Harbor
 * is not watched in real time). Nothing of the staff frame is here, and no staff page is
 * reachable from it (see {@link PortalRouting}). Built for a phone first.
 */
@Layout("/portal")
@RolesAllowed(Role.Names.CLIENT)
class PortalLayout extends Div implements RouterLayout, AfterNavigationObserver {

	/** The portal's places: address and label key, in the order a client needs them. */
	static final List<String[]> PLACES = List.of(new String[] { "portal", "portal.nav.thisWeek" },
			new String[] { "portal/diary", "portal.nav.diary" },
			new String[] { "portal/experience", "portal.nav.experience" },
			new String[] { "portal/ladder", "portal.nav.ladder" },
			new String[] { PortalEntryPage.MY_ENTRIES, "portal.nav.entries" },
			new String[] { "portal/read", "portal.nav.read" }, new String[] { "portal/account", "portal.nav.account" });

	private final Main main = new Main();

	private final Nav nav = new Nav();

	private final UserAccountService accounts;

	private final Button themeToggle = new Button();

	private boolean dark;

	PortalLayout(AuthenticationContext authentication, UserAccountService accounts, PortalProperties portal) {
		this.accounts = accounts;
		addClassName("harbor-portal");
		Image logo = new Image("icons/harbor.svg", "");
		logo.addClassName("harbor-brand-logo");
		Span name = new Span(getTranslation("app.name"));
		name.addClassName("harbor-brand-name");
		Button signOut = new Button(getTranslation("nav.signOut"), new Icon(VaadinIcon.SIGN_OUT),
				click -> authentication.logout());
		signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		signOut.addClassName("harbor-sign-out");
		signOut.getElement().setAttribute("aria-label", getTranslation("nav.signOut"));
		themeToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
		themeToggle.addClickListener(click -> {
			dark = !dark;
			applyColorScheme();
			accounts.rememberDarkTheme(dark);
		});
		Div brand = new Div(logo, name);
		brand.addClassName("harbor-portal-brand");
		Header header = new Header(brand, themeToggle, signOut);
		header.addClassName("harbor-portal-header");
		nav.addClassName("harbor-portal-nav");
		nav.getElement().setAttribute("aria-label", getTranslation("portal.nav.label"));
		for (String[] place : PLACES) {
			Anchor link = new Anchor(place[0], getTranslation(place[1]));
			link.getElement().setAttribute("router-link", true);
			nav.add(link);
		}
		main.addClassName("harbor-portal-main");
		add(header, nav, main, safetyLine(portal));
		dark = accounts.prefersDarkTheme();
		applyColorScheme();
		Duration idle = portal.idleTimeout();
		SessionWatch.start(this, HarborSecurityProperties.SESSION_STATUS_PATH,
				idle.dividedBy(3).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
						: idle.dividedBy(3).compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1)
								: idle.dividedBy(3));
	}

	/**
	 * Harbor is not watched in real time: in danger, call for help now. The practice's
	 * own words when it set them (plain text, never markup).
	 */
	private Component safetyLine(PortalProperties portal) {
		String text = portal.crisisText() != null ? portal.crisisText() : getTranslation("portal.safety.default");
		Paragraph line = new Paragraph(text);
		Footer footer = new Footer(line);
		footer.addClassName("harbor-portal-safety");
		return footer;
	}

	@Override
	public void showRouterLayoutContent(HasElement content) {
		main.getElement().removeAllChildren();
		main.getElement().appendChild(content.getElement());
	}

	@Override
	public void removeRouterLayoutContent(HasElement oldContent) {
		main.getElement().removeAllChildren();
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		String path = event.getLocation().getPath();
		nav.getChildren().forEach(child -> {
			String href = child.getElement().getAttribute("href");
			boolean here = path.equals(href) || (!"portal".equals(href) && path.startsWith(href + "/"));
			if (here) {
				child.getElement().setAttribute("aria-current", "page");
			}
			else {
				child.getElement().removeAttribute("aria-current");
			}
		});
	}

	private void applyColorScheme() {
		getElement().getNode()
			.runWhenAttached(
					ui -> ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT));
		themeToggle.setIcon(new Icon(dark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O));
		String label = getTranslation(dark ? "nav.theme.toLight" : "nav.theme.toDark");
		themeToggle.setAriaLabel(label);
		themeToggle.setTooltipText(label);
	}

}
