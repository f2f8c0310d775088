package dev.harbor.therapysession.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.security.HarborUser;
import dev.harbor.testsupport.FormFields.BadValue;
import dev.harbor.testsupport.KaribuTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.harbor.testsupport.FormFields.INVISIBLE;
import static dev.harbor.testsupport.FormFields.assertRefusedOnlyAt;
import static dev.harbor.testsupport.FormFields.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maya opens a session, and writes its note, with one thing wrong at a time: the problem
 * is named beside its field and nothing wrong is saved.
 */
class SessionFormsTest extends KaribuTest {

	@Autowired
	ClientService clients;

	static Stream<BadValue> badValues() {
		String when = "Please choose when the session takes place, within the last ten years or the coming year.";
		String minutes = "Please enter a whole number from 5 to 480.";
		return Stream.of(new BadValue("When", null, when),
				new BadValue("When", LocalDateTime.parse("2028-01-01T10:00"), when),
				new BadValue("When", LocalDateTime.parse("2015-01-01T10:00"), when),
				new BadValue("Length in minutes", "4", minutes), new BadValue("Length in minutes", "481", minutes),
				new BadValue("Length in minutes", "50 min", minutes),
				new BadValue("Length in minutes", "", "Please enter a length from 5 to 480 minutes."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badValues")
	void a_bad_value_in_any_field_is_refused_beside_it_and_no_session_begins(BadValue bad) {
		openSessions();
		_click(_get(Button.class, spec -> spec.withText("New session")));
		NewSessionDialog dialog = _get(NewSessionDialog.class);

		type(dialog, bad.label(), bad.value());
		_click(_get(dialog, Button.class, spec -> spec.withText("Open the session")));

		assertRefusedOnlyAt(dialog, bad.shownAt(), bad.message());
		assertThat(dialog.isOpened()).isTrue();
		assertThat(database.count("therapy_session")).isZero();
	}

	static Stream<BadValue> noteValues() {

		String tooLong = "This part has 4,001 characters and fits 4,000. Please shorten it; nothing you typed is lost,"
				+ " but the draft is not saved until it fits.";
		return Stream.of("Focus", "Interventions", "Client response", "Plan")
			.flatMap(part -> Stream.of(new BadValue(part, "x".repeat(4001), tooLong),
					new BadValue(part, "Rang back", INVISIBLE)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("noteValues")
	void a_part_of_the_note_that_does_not_fit_is_refused_beside_it_and_the_draft_keeps_what_was_saved(BadValue bad) {
		openSessions();
		_click(_get(Button.class, spec -> spec.withText("New session")));
		_click(_get(Button.class, spec -> spec.withText("Open the session")));
		SessionEditor editor = _get(SessionEditor.class);
		type(editor, "Focus", "The evenings alone");

		type(editor, bad.label(), bad.value());

		assertRefusedOnlyAt(editor, bad.shownAt(), bad.message());
		assertThat(database.jdbc()
			.queryForList(
					"select concat(focus, '|', interventions, '|', client_response, '|', plan) from therapy_session",
					String.class))
			.containsExactly("The evenings alone|||");
	}

	private void openSessions() {
		clock.set(Instant.parse("2026-11-13T17:00:00Z"));
		HarborUser maya = accounts.clinician("Maya Okafor");
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		signInAndOpen(maya, "clients/" + noor);
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "sessions"));
	}

}
