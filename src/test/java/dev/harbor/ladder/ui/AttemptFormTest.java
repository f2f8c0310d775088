package dev.harbor.ladder.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.ladder.FearedOutcome;
import dev.harbor.ladder.LadderService;
import dev.harbor.ladder.TestLadders;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.FormFields.BadValue;
import dev.harbor.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.harbor.testsupport.FormFields.INVISIBLE;
import static dev.harbor.testsupport.FormFields.TOO_LONG;
import static dev.harbor.testsupport.FormFields.assertRefusedOnlyAt;
import static dev.harbor.testsupport.FormFields.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maya logs a try and adds a step for Noor with one thing wrong at a time: the problem is
 * named beside that field, and nothing is saved.
 */
class AttemptFormTest extends KaribuTest {

	static final String SCALE = "Please enter a whole number from 0 to 100.";

	static final String DISTRESS = "Please enter a whole number from 0 (calm) to 100 (the worst you can imagine).";

	static final String WHEN = "Please enter when it was tried: not in the future, and within the last ten years.";

	static final String REQUIRED = "Please fill this in.";

	@Autowired
	ClientService clients;

	@Autowired
	LadderService ladders;

	HarborUser maya;

	long noor;

	@BeforeEach
	void noorHasALadder() {
		clock.set(Instant.parse("2026-11-20T17:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
		TestLadders.timeApart(ladders, noor);
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "ladders"));
	}

	static Stream<BadValue> badTries() {
		return Stream.of(new BadValue("When it was tried", null, WHEN),
				new BadValue("When it was tried", LocalDateTime.parse("2026-11-21T09:00"), WHEN),
				new BadValue("When it was tried", LocalDateTime.parse("2014-01-01T09:00"), WHEN),
				new BadValue("Distress at its highest", "101", SCALE),
				new BadValue("Distress at its highest", "-3", SCALE),
				new BadValue("Distress at its highest", "7.5", SCALE),
				new BadValue("Distress at its highest", "", DISTRESS),
				new BadValue("Distress at the end", "9999999999999999999", SCALE),
				new BadValue("Distress expected", "", DISTRESS),
				new BadValue("How long (minutes)", "1441", "Please enter a whole number from 0 to 1,440."),
				new BadValue("Did the feared outcome happen?", null, REQUIRED),
				new BadValue("What actually happened", "x".repeat(2001), TOO_LONG),
				new BadValue("What the client learned", "\u0007", INVISIBLE),
				new BadValue("Body signals", "x".repeat(1001), TOO_LONG));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badTries")
	void a_bad_value_in_a_try_is_refused_beside_its_field_and_nothing_is_saved(BadValue bad) {
		_click(_get(Button.class, spec -> spec.withText("Log a try")));
		AttemptForm form = _get(AttemptForm.class);
		type(form, "Distress at its highest", "60");
		type(form, "Distress at the end", "30");
		type(form, "Did the feared outcome happen?", FearedOutcome.NO);
		type(form, "What actually happened", "Nothing bad: 🙂 <b>fine</b>");

		type(form, bad.label(), bad.value());
		_click(_get(Button.class, spec -> spec.withText("Save")));

		assertRefusedOnlyAt(form, bad.shownAt(), bad.message());
		assertThat(database.count("ladder_attempt")).isZero();
	}

	static Stream<BadValue> badSteps() {
		return Stream.of(new BadValue("What the client will do", "", "Please say what the step is: what will be done."),
				new BadValue("What the client will do", "x".repeat(501), TOO_LONG),
				new BadValue("For how long, or how far", "x".repeat(201), TOO_LONG),
				new BadValue("What they fear will happen", "", REQUIRED),
				new BadValue("How likely it feels (%)", "101", SCALE),
				new BadValue("How likely it feels (%)", "", "Please enter a whole number from 0 to 100 %."),
				new BadValue("Distress they expect (0 to 100)", "-1", SCALE));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badSteps")
	void a_bad_value_in_a_step_is_refused_beside_its_field_and_no_step_is_added(BadValue bad) {
		_click(_get(Button.class, spec -> spec.withText("Add a step")));
		StepForm form = _get(StepForm.class);
		type(form, "What the client will do", "Leave the phone in the car at the gym");
		type(form, "What they fear will happen", "I will miss something that matters");
		type(form, "How likely it feels (%)", "40");
		type(form, "Distress they expect (0 to 100)", "45");

		type(form, bad.label(), bad.value());
		_click(_get(Button.class, spec -> spec.withText("Save")));

		assertRefusedOnlyAt(form, bad.shownAt(), bad.message());
		assertThat(database.count("ladder_step")).isEqualTo(6);
	}

}
