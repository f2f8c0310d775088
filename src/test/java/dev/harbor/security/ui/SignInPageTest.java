package dev.harbor.security.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import dev.harbor.security.DemoAccounts;
import dev.harbor.security.Role;
import dev.harbor.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

class SignInPageTest extends KaribuTest {

	@Test
	void a_visitor_who_is_not_signed_in_is_sent_to_the_sign_in_page() {
		UI.getCurrent().navigate("");

		assertThat(currentView()).isInstanceOf(LoginView.class);
		assertThat(_get(LoginForm.class).getAction()).isEqualTo("login");
	}

	@Test
	void the_admin_pages_also_send_a_visitor_to_sign_in_first() {
		UI.getCurrent().navigate("admin/audit");

		assertThat(currentView()).isInstanceOf(LoginView.class);
	}

	@Test
	void a_failed_sign_in_shows_one_message_that_does_not_say_whether_the_account_exists() {
		UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "")));

		LoginForm form = _get(LoginForm.class);
		assertThat(form.isError()).isTrue();
		assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("check your email and password")
			.doesNotContainIgnoringCase("not found")
			.doesNotContainIgnoringCase("locked");
	}

	@Test
	void outside_demo_mode_the_page_lists_no_accounts() {
		UI.getCurrent().navigate("login");

		assertThat(_find(com.vaadin.flow.component.html.H2.class)).isEmpty();
	}

	@Test
	void in_demo_mode_the_page_lists_the_demo_accounts_and_their_password() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("demo", new DemoAccounts() {
			@Override
			public List<Entry> accounts() {
				return List.of(new Entry("maya@harbor.example", "Maya", Role.CLINICIAN));
			}

			@Override
			public String password() {
				return "demo-password";
			}
		});

		LoginView view = new LoginView(beans.getBeanProvider(DemoAccounts.class));
		UI.getCurrent().add(view);

		assertThat(_get(view, com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("Demo practice");
		assertThat(view.getElement().getOuterHTML()).contains("maya@harbor.example").contains("demo-password");
	}

	@Test
	void in_demo_mode_the_page_offers_the_open_invitation_of_a_demo_client_to_try_joining() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("demo", new DemoAccounts() {
			@Override
			public List<Entry> accounts() {
				return List.of(new Entry("juniper@harbor.example", "Juniper", Role.CLIENT));
			}

			@Override
			public String password() {
				return "demo-password";
			}

			@Override
			public Optional<OpenInvitation> openInvitation() {
				return Optional.of(new OpenInvitation("Rowan Ashby", "rowan@harbor.example", "invitation/abc123"));
			}
		});

		LoginView view = new LoginView(beans.getBeanProvider(DemoAccounts.class));
		UI.getCurrent().add(view);

		assertThat(view.getElement().getOuterHTML()).contains("juniper@harbor.example").contains("Client");
		assertThat(_get(view, com.vaadin.flow.component.html.H3.class).getText()).isEqualTo("Joining as a client");
		com.vaadin.flow.component.html.Anchor open = _get(view, com.vaadin.flow.component.html.Anchor.class,
				spec -> spec.withId("demo-invitation"));
		assertThat(open.getText()).isEqualTo("Open Rowan Ashby's invitation");
		assertThat(open.getHref()).isEqualTo("invitation/abc123");
		assertThat(view.getElement().getOuterHTML()).contains("rowan@harbor.example");
	}

	private static Object currentView() {
		return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
	}

}
