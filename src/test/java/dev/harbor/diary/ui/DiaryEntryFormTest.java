package dev.harbor.diary.ui;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.harbor.testsupport.FormFields.TOO_LONG;
import static dev.harbor.testsupport.FormFields.INVISIBLE;
import static dev.harbor.testsupport.FormFields.assertRefusedOnlyAt;
import static dev.harbor.testsupport.FormFields.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maya enters a diary entry for Noor with one thing wrong at a time: each field's problem
 * is named beside that field, and nothing reaches the diary.
 */
class DiaryEntryFormTest extends KaribuTest {

	static final String STRENGTH = "Please enter a whole number from 0 to 100.";

	static final String WHEN = "Please enter when it happened: not in the future, and within the last ten years.";

	@Autowired
	ClientService clients;

	HarborUser maya;

	long noor;

	@BeforeEach
	void mayaAndNoor() {
		clock.set(Instant.parse("2026-11-13T17:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
	}

	static Stream<BadValue> badValues() {
		return Stream.of(new BadValue("When it happened", null, WHEN),
				new BadValue("When it happened", LocalDateTime.parse("2026-11-16T09:00"), WHEN),
				new BadValue("When it happened", LocalDateTime.parse("2015-06-01T09:00"), WHEN),
				new BadValue("When it was written down", LocalDateTime.parse("2026-11-13T16:00"),
						"When it was written down can't be before it happened, or in the future."),
				new BadValue("What happened", "   ", "Please describe what happened, in a few words at least."),
				new BadValue("What happened", "x".repeat(2001), TOO_LONG),
				new BadValue("What happened", "He left\u0007", INVISIBLE),
				new BadValue("Thoughts, or the story told about the other person", "x".repeat(2001), TOO_LONG),
				new BadValue("Shame", "101", STRENGTH), new BadValue("Shame", "-1", STRENGTH),
				new BadValue("Shame", "7.5", STRENGTH), new BadValue("Shame", "seventy", STRENGTH),
				new BadValue("What the body felt", "x".repeat(1001), TOO_LONG),
				new BadValue("What was tried instead", "x".repeat(1001), TOO_LONG),
				new BadValue("How that went", "\u0000", INVISIBLE),
				new BadValue("Whom it concerns", null, "Please choose whom it concerns."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badValues")
	void a_bad_value_in_any_field_is_refused_beside_it_and_nothing_is_saved(BadValue bad) {
		signInAndOpen(maya, "clients/" + noor);
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "diary"));
		_click(_get(Button.class, spec -> spec.withText("New diary entry")));
		DiaryEntryDialog dialog = _get(DiaryEntryDialog.class);
		type(dialog, "When it happened", LocalDateTime.parse("2026-11-13T16:30"));
		type(dialog, "What happened", "He left without a word");
		type(dialog, "Fear", "70");

		type(dialog, bad.label(), bad.value());
		_click(_get(dialog, Button.class, spec -> spec.withText("Save")));

		assertRefusedOnlyAt(dialog, bad.shownAt(), bad.message());
		assertThat(dialog.isOpened()).isTrue();
		assertThat(database.count("diary_entry")).isZero();
	}

}
