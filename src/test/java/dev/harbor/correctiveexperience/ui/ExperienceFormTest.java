package dev.harbor.correctiveexperience.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.correctiveexperience.Risk;
import dev.harbor.correctiveexperience.Setting;
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
 * Maya logs a corrective experience for Noor with one thing wrong at a time: each field's
 * problem is named beside that field, and nothing reaches the log.
 */
class ExperienceFormTest extends KaribuTest {

	static final String PERCENT = "Please enter a whole number from 0 to 100.";

	static final String REQUIRED = "Please fill this in.";

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
		return Stream.of(new BadValue("When", null, WHEN),
				new BadValue("When", LocalDateTime.parse("2026-11-20T09:00"), WHEN),
				new BadValue("When", LocalDateTime.parse("2014-01-01T09:00"), WHEN),
				new BadValue("Where", null, REQUIRED), new BadValue("What the client risked", null, REQUIRED),
				new BadValue("What they feared would happen", "", REQUIRED),
				new BadValue("What they feared would happen", "x".repeat(2001), TOO_LONG),
				new BadValue("How strongly they believed it (%)", "", PERCENT),
				new BadValue("How strongly they believed it (%)", "101", PERCENT),
				new BadValue("How strongly they believed it (%)", "7.5", PERCENT),
				new BadValue("What actually happened", "\u0007", INVISIBLE),
				new BadValue("How strongly they believe it now (%)", "-3", PERCENT),
				new BadValue("How strongly they believe it now (%)", "9999999999999999999", PERCENT),
				new BadValue("What they learned", "x".repeat(2001), TOO_LONG),
				new BadValue("Body signals", "x".repeat(1001), TOO_LONG));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badValues")
	void a_bad_value_in_any_field_is_refused_beside_it_and_nothing_is_saved(BadValue bad) {
		signInAndOpen(maya, "clients/" + noor);
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "experiences"));
		_click(_get(Button.class, spec -> spec.withText("New experience")));
		ExperienceDialog dialog = _get(ExperienceDialog.class);
		type(dialog, "Where", Setting.FRIEND);
		type(dialog, "What the client risked", Risk.ASKED_FOR_SUPPORT);
		type(dialog, "What they feared would happen", "She would think I am too needy");
		type(dialog, "How strongly they believed it (%)", "80");
		type(dialog, "What actually happened", "She was glad I asked");
		type(dialog, "How strongly they believe it now (%)", "30");

		type(dialog, bad.label(), bad.value());
		_click(_get(dialog, Button.class, spec -> spec.withText("Save")));

		assertRefusedOnlyAt(dialog, bad.shownAt(), bad.message());
		assertThat(dialog.isOpened()).isTrue();
		assertThat(database.count("corrective_experience")).isZero();
	}

}
