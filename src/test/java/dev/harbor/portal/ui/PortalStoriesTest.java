package dev.harbor.portal.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.common.ui.WholeNumberField;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.NewAssignment;
import dev.harbor.homework.Rhythm;
import dev.harbor.homework.TemplateRef;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.security.TwoStepService;
import dev.harbor.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's portal and the clinician's side of it, told as user stories on the real
 * app.
 */
class PortalStoriesTest extends KaribuTest {

	static final Instant WEDNESDAY_EVENING = Instant.parse("2026-11-18T20:00:00Z");

	@Autowired
	ClientService clients;

	@Autowired
	HomeworkService homework;

	@Autowired
	TwoStepService twoStep;

	HarborUser maya;

	long noor;

	@BeforeEach
	void mayaAndNoor() {
		clock.set(WEDNESDAY_EVENING);
		maya = accounts.clinician("Maya Okafor");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
	}

	@Test
	void a_clinician_invites_a_client_and_a_newer_invitation_replaces_the_one_before() {
		signInAndOpen(maya, "clients/" + noor);
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "portal"));
		assertThat(texts()).contains("Not invited yet.");

		_click(button("Invite to the portal"));
		assertThat(_get(EmailField.class).getErrorMessage())
			.isEqualTo("Please give the e-mail address the client will sign in with.");
		_setValue(_get(EmailField.class), "noor@example.org");
		_click(button("Invite to the portal"));
		String first = _get(TextField.class, spec -> spec.withLabel("The invitation link")).getValue();
		assertThat(first).contains("/invitation/");
		assertThat(texts()).anyMatch(text -> text.startsWith("Invited. The invitation works until"));

		_click(button("Make a new invitation"));
		String second = _get(TextField.class, spec -> spec.withLabel("The invitation link")).getValue();
		assertThat(second).isNotEqualTo(first);

		TestAccounts.signOut();
		startBrowserSession();
		TestAccounts.signInAsVisitor();
		UI.getCurrent().navigate(first.substring(first.indexOf("invitation/")));
		assertThat(headings()).contains("This invitation no longer opens");
		UI.getCurrent().navigate(second.substring(second.indexOf("invitation/")));
		assertThat(headings()).contains("Welcome to Harbor");
		_setValue(_get(EmailField.class), "someone.else@example.org");
		var passwords = _find(com.vaadin.flow.component.textfield.PasswordField.class);
		_setValue(passwords.get(0), "a calm harbour at night");
		_setValue(passwords.get(1), "a calm harbour at night");
		_click(button("Set my password and go in"));
		assertThat(_get(EmailField.class).getErrorMessage()).isEqualTo(
				"This is not the address the invitation was made for. Please use the address your clinician has.");
	}

	@Test
	void a_client_practises_paced_breathing_step_by_step_and_their_week_says_so_kindly() {
		TestAccounts.signIn(maya);
		homework.assignHomework(noor, new NewAssignment(new TemplateRef.BuiltIn("paced_breathing"),
				LocalDate.of(2026, 11, 16), null, new Rhythm.Daily(), 5, null, "Before bed is a good moment."));
		HarborUser noorInPortal = accounts.client(noor, "Noor Haddad");

		signInAndOpen(noorInPortal, "portal");
		assertThat(headings()).contains("This week", "Paced breathing");
		assertThat(texts()).contains("Before bed is a good moment.",
				"Nothing written down this week yet. Whenever it suits you.");

		_click(button("Practise now"));
		assertThat(headings()).contains("Paced breathing");
		assertThat(_find(Span.class)).extracting(Span::getText)
			.contains("Breathe in \u00b7 4", "Hold \u00b7 4", "Breathe out \u00b7 6");
		assertThat(texts()).anyMatch(text -> text.startsWith("Step 1 of "));
		_click(button("Next step"));
		assertThat(texts()).anyMatch(text -> text.startsWith("Step 2 of "));
		_click(button("Start the timer"));
		clock.set(WEDNESDAY_EVENING.plusSeconds(4 * 60));
		_click(button("I have finished: write down how it went"));

		assertThat(_get(WholeNumberField.class, spec -> spec.withLabel("Minutes")).getValue()).isEqualTo("4");
		_setValue(_get(WholeNumberField.class, spec -> spec.withLabel("Distress before (0 to 10)")), "11");
		_click(button("Save this practice"));
		assertThat(_get(WholeNumberField.class, spec -> spec.withLabel("Distress before (0 to 10)")).isInvalid())
			.isTrue();
		assertThat(database.count("completion")).isZero();

		_setValue(_get(WholeNumberField.class, spec -> spec.withLabel("Distress before (0 to 10)")), "6");
		_setValue(_get(WholeNumberField.class, spec -> spec.withLabel("Distress after (0 to 10)")), "3");
		_click(button("Save this practice"));
		assertThat(headings()).contains("This week");
		assertThat(texts()).contains("You practised once this week.");
		assertThat(database.jdbc().queryForObject("select entered_by_kind from completion", String.class))
			.isEqualTo("CLIENT");
	}

	@Test
	void a_client_writes_in_their_diary_the_words_are_kept_as_they_go_and_the_clinician_sees_the_entry() {
		HarborUser noorInPortal = accounts.client(noor, "Noor Haddad");
		signInAndOpen(noorInPortal, "portal/diary");
		_setValue(area("What happened"), "He didn't text back <script>alert(1)</script> \uD83D\uDE1E");

		startBrowserSession();
		signInAndOpen(noorInPortal, "portal/diary");
		assertThat(area("What happened").getValue())
			.isEqualTo("He didn't text back <script>alert(1)</script> \uD83D\uDE1E");
		assertThat(texts()).anyMatch(text -> text.startsWith("We kept what you were writing on"));

		_setValue(_get(Checkbox.class, spec -> spec.withLabel("I would like to talk about this at my next session")),
				true);
		_click(button("Save this entry"));
		assertThat(headings()).contains("What I wrote");
		assertThat(_find(Span.class)).extracting(Span::getText).contains("Not read yet", "For my next session");
		assertThat(database.count("entry_draft")).isZero();

		TestAccounts.signOut();
		startBrowserSession();
		signInAndOpen(maya, "clients/" + noor);
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "diary"));
		assertThat(database.jdbc()
			.queryForObject("select count(*) from diary_entry where client_id = ? and entered_by_kind = 'CLIENT'"
					+ " and bring_to_session", Long.class, noor))
			.isEqualTo(1);
	}

	@Test
	void the_two_sides_stay_apart() {
		HarborUser noorInPortal = accounts.client(noor, "Noor Haddad");
		signInAndOpen(noorInPortal, "clients/" + noor);
		assertThat(headings()).contains("This week");
		assertThat(_find(Component.class))
			.noneMatch(component -> component.getClass().getSimpleName().equals("MainLayout"));

		TestAccounts.signOut();
		startBrowserSession();
		signInAndOpen(maya, "portal/diary");
		assertThat(_find(Component.class))
			.noneMatch(component -> component.getClass().getSimpleName().equals("PortalLayout"));
	}

	@Test
	void a_client_may_turn_on_two_step_sign_in_for_themselves_and_is_never_made_to() {
		TestAccounts.signIn(accounts.admin("Ada Admin"));
		twoStep.requireForStaff(true, twoStep.practiceSetting().version());
		HarborUser noorInPortal = accounts.client(noor, "Noor Haddad");

		signInAndOpen(noorInPortal, "portal/account");
		assertThat(headings()).contains("Two-step sign-in");
		assertThat(texts())
			.contains("Off. It is your choice. With it on, a stolen password alone does not open what you write here.");
		_click(button("Set up two-step sign-in"));
		assertThat(_find(Dialog.class)).extracting(Dialog::getHeaderTitle).contains("Set up your authenticator app");

		TestAccounts.withApp(twoStep, noorInPortal, clock.instant());
		signInAndOpen(noorInPortal, "portal/account");
		assertThat(texts()).anyMatch(text -> text.startsWith("On. You sign in with your password and a code"));
		assertThat(button("Turn off")).isNotNull();
	}

	private static Button button(String text) {
		return _get(Button.class, spec -> spec.withText(text));
	}

	private static TextArea area(String label) {
		return _get(TextArea.class, spec -> spec.withLabel(label));
	}

	private static List<String> texts() {
		return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
	}

	private static List<String> headings() {
		return java.util.stream.Stream
			.concat(_find(H1.class).stream().map(H1::getText), _find(H2.class).stream().map(H2::getText))
			.toList();
	}

}
