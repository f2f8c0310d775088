package dev.harbor.shell;

import dev.harbor.security.NoticeView;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.time.Clock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.HasOwnHeading;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.HarborSecurityProperties;
import dev.harbor.security.HarborUser;
import dev.harbor.security.UserAccountService;
import dev.harbor.common.ui.SessionWatch;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The frame around every signed-in page: navigation, who is signed in, the light/dark
 * switch (remembered on the account, so it follows the clinician between computers) and
 * sign-out. The navigation lists only what the signed-in role may open, from the views'
 * {@code @Menu}.
 */
@Layout
@RolesAllowed({ Role.Names.CLINICIAN, Role.Names.ADMIN })
class MainLayout extends AppLayout implements AfterNavigationObserver {

	private final AuthenticationContext authentication;

	private final UserAccountService accounts;

	/** The page's title in the top bar: its level-one heading unless it has its own. */
	private final H1 viewHeading = new H1();

	private final Span viewTitle = new Span();

	private final Main main = new Main();

	private final Button themeToggle = new Button();

	private boolean dark;

	private @Nullable HasElement page;

	MainLayout(AuthenticationContext authentication, CurrentUser currentUser, UserAccountService accounts,
			HarborSecurityProperties security, Clock clock) {
		this.authentication = authentication;
		this.accounts = accounts;
		HarborUser user = currentUser.require();
		Dates.showTimesIn(clock.getZone());
		setPrimarySection(Section.DRAWER);
		addToDrawer(new Nav(brand(), new Scroller(navigation())));
		// Landmarks for screen readers: the top bar is the banner, the page is the main
		// part.
		Header banner = new Header(new DrawerToggle(), viewHeading, title(), themeToggle, userBox(user));
		banner.addClassName("harbor-banner");
		addToNavbar(banner);
		main.addClassName("harbor-main");
		setContent(main);
		configureThemeToggle();
		dark = accounts.prefersDarkTheme();
		applyColorScheme();
		SessionWatch.start(this, HarborSecurityProperties.SESSION_STATUS_PATH, security.sessionCheckInterval());
		tellWhatChanged(accounts.tellMeWhatChanged());
	}

	/**
	 * What others did to this person's account or caseload since they were last here,
	 * told once, before anything else.
	 */
	private void tellWhatChanged(List<NoticeView> notices) {
		if (notices.isEmpty()) {
			return;
		}
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("notice.title"));
		UnorderedList told = new UnorderedList();
		told.addClassName("harbor-notices");
		for (NoticeView notice : notices) {
			told.add(new ListItem(getTranslation(notice.translationKey(), Dates.shortDateTime(notice.happenedAt()),
					notice.byName(), notice.clientCount(), notice.otherName())));
		}
		dialog.add(told);
		Button understood = new Button(getTranslation("notice.understood"), click -> dialog.close());
		understood.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.getFooter().add(understood);
		dialog.setWidth("min(32rem, 96vw)");
		dialog.open();
	}

	@Override
	public void showRouterLayoutContent(HasElement content) {
		main.getElement().removeAllChildren();
		main.getElement().appendChild(content.getElement());
		page = content;
	}

	@Override
	public void removeRouterLayoutContent(HasElement oldContent) {
		main.getElement().removeAllChildren();
		page = null;
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		String title = page instanceof HasDynamicTitle titled ? titled.getPageTitle() : "";
		boolean ownHeading = page instanceof HasOwnHeading;
		viewHeading.setText(title);
		viewTitle.setText(title);
		viewHeading.setVisible(!ownHeading && !title.isEmpty());
		viewTitle.setVisible(ownHeading);
	}

	private Component brand() {
		Image logo = new Image("icons/harbor.svg", "");
		logo.addClassName("harbor-brand-logo");
		Span name = new Span(getTranslation("app.name"));
		name.addClassName("harbor-brand-name");
		Div brand = new Div(logo, name);
		brand.addClassName("harbor-brand");
		return brand;
	}

	private SideNav navigation() {
		SideNav nav = new SideNav();
		nav.setLabel(getTranslation("nav.label"));
		for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
			SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
			if (entry.icon() != null) {
				item.setPrefixComponent(new Icon(entry.icon()));
			}
			nav.addItem(item);
		}
		return nav;
	}

	private Component title() {
		viewHeading.addClassName("harbor-view-title");
		viewTitle.addClassName("harbor-view-title");
		return viewTitle;
	}

	private Component userBox(HarborUser user) {
		Avatar avatar = new Avatar(user.displayName());
		avatar.addClassName("harbor-user-avatar");
		// The name opens the person's own sign-in settings (password, two-step sign-in).
		Anchor name = new Anchor("account", user.displayName());
		name.addClassName("harbor-user-name");
		name.setTitle(getTranslation("nav.account"));
		Button signOut = new Button(getTranslation("nav.signOut"), new Icon(VaadinIcon.SIGN_OUT),
				click -> authentication.logout());
		signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		signOut.addClassName("harbor-sign-out");
		signOut.setAriaLabel(getTranslation("nav.signOut"));
		Div box = new Div(avatar, name, signOut);
		box.addClassName("harbor-user");
		return box;
	}

	private void configureThemeToggle() {
		themeToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
		themeToggle.addClassName("harbor-theme-toggle");
		themeToggle.addClickListener(click -> {
			dark = !dark;
			applyColorScheme();
			accounts.rememberDarkTheme(dark);
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
