package dev.harbor.shell;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dev.harbor.security.HarborUser;
import dev.harbor.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.security.core.context.SecurityContextHolder;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTest extends KaribuTest {

	@Test
	void the_frame_shows_who_is_signed_in_and_only_the_pages_their_role_may_open() {
		HarborUser maya = accounts.clinician("Maya Okafor");

		signInAndOpen(maya, "");

		assertThat(_get(MainLayout.class).getElement().getOuterHTML()).contains("Maya Okafor");
		assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
			.contains("Dashboard")
			.doesNotContain("Audit log");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "", "clients", "library", "print" })
	void every_page_sits_in_the_main_landmark_under_exactly_one_level_one_heading(String path) {
		signInAndOpen(accounts.clinician("Maya Okafor"), path);

		assertThat(_find(H1.class)).as("visible level-one headings")
			.filteredOn(heading -> heading.isVisible() && !heading.getText().isBlank())
			.hasSize(1);
		Main main = _get(Main.class);
		assertThat(main.getElement().getChildCount()).as("the page inside the main landmark").isEqualTo(1);
		assertThat(_get(Header.class).getElement().getOuterHTML()).contains("Maya Okafor");
	}

	@Test
	void the_audit_log_has_the_top_bar_title_as_its_level_one_heading() {
		signInAndOpen(accounts.admin("Practice Office"), "admin/audit");

		assertThat(_find(H1.class)).filteredOn(H1::isVisible).extracting(H1::getText).containsExactly("Audit log");
	}

	@Test
	void an_admin_finds_the_audit_log_in_the_menu() {
		signInAndOpen(accounts.admin("Practice Office"), "");

		assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Dashboard", "Audit log");
	}

	@Test
	void the_dark_theme_is_remembered_for_the_next_visit() {
		HarborUser maya = accounts.clinician("Maya Okafor");
		signInAndOpen(maya, "");
		assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.LIGHT);

		_click(_get(Button.class, spec -> spec.withClasses("harbor-theme-toggle")));

		assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.DARK);
		assertThat(accounts.prefersDarkTheme(maya)).isTrue();

		MockVaadin.tearDown();
		startBrowserSession();
		signInAndOpen(maya, "");
		assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.DARK);
	}

	@Test
	void signing_out_ends_the_session_and_leaves_an_audit_event() {
		HarborUser maya = accounts.clinician("Maya Okafor");
		signInAndOpen(maya, "");

		_click(_get(Button.class, spec -> spec.withClasses("harbor-sign-out")));

		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where action = 'SIGN_OUT' and actor_id = ?", Long.class,
					maya.accountId()))
			.isEqualTo(1);
	}

}
