package dev.harbor.homework.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Locale;
import java.util.stream.Stream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.homework.CompletionView;
import dev.harbor.homework.ExerciseCategory;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.MissedReason;
import dev.harbor.homework.PracticeLogService;
import dev.harbor.homework.TestHomework;
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
 * Maya fills in each homework form with one thing wrong at a time: logging a practice,
 * noting a missed one, striking one out, assigning an exercise and writing her own. Each
 * problem is named beside its field, and nothing is saved.
 */
class HomeworkFormsTest extends KaribuTest {

	/** A Thursday; the plan began on Monday. */
	static final Instant THURSDAY = Instant.parse("2026-11-05T18:00:00Z");

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

	static final String REQUIRED = "Please fill this in.";

	@Autowired
	ClientService clients;

	@Autowired
	HomeworkService homework;

	@Autowired
	PracticeLogService practiceLog;

	HarborUser maya;

	long noor;

	@BeforeEach
	void mayaAndNoor() {
		clock.set(THURSDAY);
		maya = accounts.clinician("Maya Okafor");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		signInAndOpen(maya, "clients/" + noor);
	}

	static Stream<BadValue> practiceValues() {
		String when = "Please enter when it happened: not in the future, and within the last five years.";
		String distress = "Please enter a whole number from 0 to 10.";
		return Stream.of(new BadValue("When the client practised", null, when),
				new BadValue("When the client practised", LocalDateTime.parse("2026-11-09T08:00"), when),
				new BadValue("When the client practised", LocalDateTime.parse("2020-11-09T08:00"), when),
				new BadValue("Minutes", "601", "Please enter a whole number from 0 to 600."),
				new BadValue("Minutes", "", "Please enter a number of minutes in the allowed range."),
				new BadValue("Distress before (0 to 10)", "", distress),
				new BadValue("Distress before (0 to 10)", "11", distress),
				new BadValue("Distress after (0 to 10)", "2,5", distress),
				new BadValue("How many rounds you did", "x".repeat(1001), TOO_LONG),
				new BadValue("Anything else worth noting", "x".repeat(2001), TOO_LONG),
				new BadValue("Anything else worth noting", "\u0007", INVISIBLE));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("practiceValues")
	void logging_a_practice_refuses_each_bad_value_beside_its_field(BadValue bad) {
		homework.assignHomework(noor, TestHomework.pacedBreathingDaily(MONDAY));
		openHomework();
		_click(button("Log a practice"));
		CompletionDialog dialog = _get(CompletionDialog.class);
		type(dialog, "Distress before (0 to 10)", "7");
		type(dialog, "Distress after (0 to 10)", "3");

		refusedWithNothingSaved(dialog, bad, "completion");
	}

	static Stream<BadValue> missedValues() {
		String day = "Please choose a day between the start of the plan and today.";
		return Stream.of(new BadValue("Planned for", null, day),
				new BadValue("Planned for", LocalDate.parse("2026-11-01"), day),
				new BadValue("Planned for", LocalDate.parse("2026-11-06"), day),
				new BadValue("What got in the way", null, REQUIRED),
				new BadValue("In the client's words (optional)", "x".repeat(501), TOO_LONG));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("missedValues")
	void noting_a_missed_practice_refuses_each_bad_value_beside_its_field(BadValue bad) {
		homework.assignHomework(noor, TestHomework.pacedBreathingDaily(MONDAY));
		openHomework();
		_click(button("Note a missed practice"));
		MissedPracticeDialog dialog = _get(MissedPracticeDialog.class);
		type(dialog, "What got in the way", MissedReason.TOO_BUSY);

		refusedWithNothingSaved(dialog, bad, "missed_practice");
	}

	static Stream<BadValue> strikeValues() {
		return Stream.of(new BadValue("Reason", "", REQUIRED), new BadValue("Reason", "   ", REQUIRED),
				new BadValue("Reason", "x".repeat(301), TOO_LONG), new BadValue("Reason", "\u0000", INVISIBLE));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("strikeValues")
	void striking_out_a_practice_refuses_each_bad_reason_beside_the_field(BadValue bad) {
		long assignment = homework.assignHomework(noor, TestHomework.pacedBreathingDaily(MONDAY));
		practiceLog.recordCompletion(assignment, TestHomework.practice(MONDAY.atTime(8, 0), 6, 4));
		openHomework();
		_click(button("Practice log"));
		@SuppressWarnings("unchecked")
		Grid<CompletionView> log = _get(Grid.class);
		Component actions = GridKt._getCellComponent(log, 0, "actions");
		_click(_get(actions, Button.class, spec -> spec.withText("Strike out")));
		ReasonDialog dialog = _get(ReasonDialog.class);

		type(dialog, bad.label(), bad.value());
		_click(_get(dialog, Button.class, spec -> spec.withText("Strike out")));

		assertRefusedOnlyAt(dialog, bad.shownAt(), bad.message());
		assertThat(dialog.isOpened()).isTrue();
		assertThat(database.jdbc()
			.queryForObject("select count(*) from completion where struck_reason is not null", Long.class)).isZero();
	}

	static Stream<BadValue> planValues() {
		String start = "Please choose a start date within the last five years or the coming year.";
		String progression = "Add 1 to 30 minutes a week, up to a limit no lower than the starting minutes and at most 120.";
		return Stream.of(new BadValue("Exercise", null, "Please choose an exercise."),
				new BadValue("Starts on", null, start), new BadValue("Starts on", LocalDate.parse("2021-01-01"), start),
				new BadValue("Starts on", LocalDate.parse("2028-01-01"), start),
				new BadValue("Ends on", LocalDate.parse("2026-11-01"),
						"The end date must be on or after the start, and within two years of it."),
				new BadValue("How often", null, REQUIRED),
				new BadValue("Minutes to begin with", "0", "Please enter a whole number from 1 to 120."),
				new BadValue("Minutes to begin with", "", "Please enter a number of minutes in the allowed range."),
				new BadValue("Add minutes each week", "31", "Please enter a whole number from 1 to 30."),
				new BadValue("Add minutes each week", "", progression),
				new BadValue("Up to at most (minutes)", "2", progression, "Add minutes each week"),
				new BadValue("A personal note to the client", "x".repeat(1001), TOO_LONG));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("planValues")
	void assigning_homework_refuses_each_bad_value_beside_its_field(BadValue bad) {
		openHomework();
		_click(button("Assign homework"));
		AssignDialog dialog = _get(AssignDialog.class);
		AssignDialogSteps.chooseExercise("Paced breathing");
		type(dialog, "Build up slowly, week by week", true);

		type(dialog, bad.label(), bad.value());
		_click(_get(dialog, Button.class, spec -> spec.withText("Assign")));

		assertRefusedOnlyAt(dialog, bad.shownAt(), bad.message());
		assertThat(dialog.isOpened()).isTrue();
		assertThat(database.count("homework_assignment")).isZero();
	}

	static Stream<BadValue> exerciseValues() {
		return Stream.of(new BadValue("Name", "", REQUIRED), new BadValue("Name", "x".repeat(121), TOO_LONG),
				new BadValue("Category", null, REQUIRED), new BadValue("What it is for, in one line", " ", REQUIRED),
				new BadValue("What it is for, in one line", "x".repeat(301), TOO_LONG),
				new BadValue("Steps", "", "Please write at least one step."),
				new BadValue("Steps", String.join("\n", Collections.nCopies(13, "Breathe.")),
						"Please keep it to at most 12 steps."),
				new BadValue("Steps", "Sit.\n" + "x".repeat(501), TOO_LONG),
				new BadValue("What the client notes afterwards", String.join("\n", Collections.nCopies(9, "How?")),
						"Please keep it to at most 8 questions."),
				new BadValue("What the client notes afterwards", "Fine?\u0007", INVISIBLE),
				new BadValue("Minutes to begin with", "0", "Please enter a whole number from 1 to 120."),
				new BadValue("Minutes to begin with", "", "Please enter a number of minutes in the allowed range."),
				new BadValue("Suggested rhythm", null, REQUIRED));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("exerciseValues")
	void writing_an_exercise_refuses_each_bad_value_beside_its_field(BadValue bad) {
		UI.getCurrent().navigate("library");
		_click(button("Write an exercise"));
		ExerciseEditorDialog dialog = _get(ExerciseEditorDialog.class);
		type(dialog, "Name", "Kitchen-table breathing");
		type(dialog, "Category", ExerciseCategory.CALMING_THE_BODY);
		type(dialog, "What it is for, in one line", "To settle before a hard talk");
		type(dialog, "Steps", "Sit with both feet on the floor.\nBreathe out slowly.");

		refusedWithNothingSaved(dialog, bad, "exercise_template");
	}

	private void refusedWithNothingSaved(Dialog dialog, BadValue bad, String table) {
		type(dialog, bad.label(), bad.value());
		_click(_get(dialog, Button.class, spec -> spec.withText("Save")));

		assertRefusedOnlyAt(dialog, bad.shownAt(), bad.message());
		assertThat(dialog.isOpened()).isTrue();
		assertThat(database.count(table)).isZero();
	}

	private void openHomework() {
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "homework"));
	}

	private static Button button(String text) {
		return _get(Button.class, spec -> spec.withText(text));
	}

}
