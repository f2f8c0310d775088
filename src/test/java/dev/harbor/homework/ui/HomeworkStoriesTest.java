package dev.harbor.homework.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import dev.harbor.client.CaseloadFilter;
import dev.harbor.client.ClientListItem;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.homework.CompletionView;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.LibraryEntry;
import dev.harbor.homework.TestHomework;
import dev.harbor.security.HarborUser;
import dev.harbor.testsupport.KaribuTest;
import dev.harbor.common.ui.WholeNumberField;
import dev.harbor.homework.PracticeLogService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** A clinician's homework work, told as user stories on the real app and database. */
class HomeworkStoriesTest extends KaribuTest {

	/** A Monday morning. */
	static final Instant MONDAY = Instant.parse("2026-11-02T08:00:00Z");

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
		clock.set(MONDAY);
		maya = accounts.clinician("Maya Okafor");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
	}

	@Test
	void a_clinician_copies_paced_breathing_adapts_it_and_assigns_it_from_the_library() {
		signInAndOpen(maya, "library");
		_setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search the library")), "breathe in");

		_click(button("Copy and adapt"));
		TextField name = _get(TextField.class, spec -> spec.withLabel("Name"));
		assertThat(name.getValue()).isEqualTo("Paced breathing (adapted)");
		_setValue(name, "Kitchen-table breathing");
		TextArea steps = _get(TextArea.class, spec -> spec.withLabel("Steps"));
		_setValue(steps, "Sit at the kitchen table with both feet on the floor.\n"
				+ steps.getValue().substring(steps.getValue().indexOf('\n') + 1));
		_click(button("Save"));

		_setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search the library")), "kitchen");
		assertThat(items()).singleElement().satisfies(entry -> {
			assertThat(entry.text().name()).isEqualTo("Kitchen-table breathing");
			assertThat(entry.origin()).isEqualTo(LibraryEntry.Origin.MINE);
			assertThat(entry.text().steps().getFirst()).startsWith("Sit at the kitchen table");
		});
		_setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search the library")), "breathe in");
		assertThat(items()).extracting(entry -> entry.text().name())
			.containsExactly("Paced breathing", "Kitchen-table breathing");

		_setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search the library")), "kitchen");
		_click(button("Assign to a client"));
		@SuppressWarnings("unchecked")
		ComboBox<ClientListItem> client = _get(ComboBox.class, spec -> spec.withLabel("Client"));
		_setValue(client, clients.myCaseload(CaseloadFilter.ALL, PageRequest.of(0, 1)).getContent().getFirst());
		_click(button("Assign"));

		assertThat(database.jdbc()
			.queryForObject("select name from homework_assignment where client_id = ?", String.class, noor))
			.isEqualTo("Kitchen-table breathing");
	}

	@Test
	void paced_breathing_daily_building_up_over_two_weeks_shows_adherence_distress_and_then_goes_quiet() {
		signInAndOpen(maya, "clients/" + noor);
		openHomework();
		_click(button("Assign homework"));
		AssignDialogSteps.chooseExercise("Paced breathing");
		assertThat(_get(WholeNumberField.class, spec -> spec.withLabel("Minutes to begin with")).getNumber())
			.isEqualTo(3);
		_setValue(_get(Checkbox.class, spec -> spec.withLabel("Build up slowly, week by week")), true);
		_setValue(_get(TextArea.class, spec -> spec.withLabel("A personal note to the client")),
				"Try it after breakfast, before the news.");
		_click(button("Assign"));

		// Week one: every day, 6 before and 3 after. Week two: three days, 5 before and 2
		// after.
		for (int day : new int[] { 0, 1, 2, 3, 4, 5, 6, 7, 9, 11 }) {
			clock.set(MONDAY.plus(Duration.ofDays(day)).plus(Duration.ofHours(12)));
			logPractice(day < 7 ? 6 : 5, day < 7 ? 3 : 2);
		}
		clock.set(MONDAY.plus(Duration.ofDays(13)).plus(Duration.ofHours(12)));
		openHomework();

		assertThat(figure("homework.figure.adherence")).isEqualTo("71 %");
		assertThat(figure("homework.figure.doneOfPlanned")).isEqualTo("10 of 14");
		assertThat(figure("homework.figure.distress")).isEqualTo("5.7 → 2.7 (-3.0)");
		assertThat(weekRow("Planned")).containsExactly("7", "7");
		assertThat(weekRow("Done")).containsExactly("7", "3");
		assertThat(chartWeeks()).containsExactly("2026-11-02 6.0 3.0", "2026-11-09 5.0 2.0");
		assertThat(_find(Paragraph.class))
			.anyMatch(paragraph -> paragraph.getText().contains("4 minutes now, adding 1 a week up to 10"));

		clock.set(MONDAY.plus(Duration.ofDays(15)).plus(Duration.ofHours(12)));
		UI.getCurrent().navigate("");
		assertThat(quietOnDashboard()).containsExactly("Noor Haddad");

		openHomework();
		_click(button("Let it rest"));
		UI.getCurrent().navigate("");
		assertThat(quietOnDashboard()).isEmpty();
	}

	@Test
	void a_distress_out_of_range_gets_a_message_beside_the_field_and_nothing_is_saved() {
		signInAndOpen(maya, "clients/" + noor);
		homework.assignHomework(noor, TestHomework.pacedBreathingDaily(LocalDate.of(2026, 11, 2)));
		openHomework();

		_click(button("Log a practice"));
		WholeNumberField before = _get(WholeNumberField.class, spec -> spec.withLabel("Distress before (0 to 10)"));
		_setValue(before, "11");
		_setValue(_get(WholeNumberField.class, spec -> spec.withLabel("Distress after (0 to 10)")), "3");
		_setValue(_get(TextArea.class, spec -> spec.withLabel("Anything else worth noting")),
				"<img src=x onerror=alert(1)> 😊 שקט");
		_click(button("Save"));

		assertThat(before.isInvalid()).isTrue();
		assertThat(before.getErrorMessage()).isEqualTo("Please enter a whole number from 0 to 10.");
		assertThat(database.count("completion")).isZero();

		_setValue(before, "7");
		_click(button("Save"));
		assertThat(database.jdbc().queryForObject("select note from completion", String.class))
			.isEqualTo("<img src=x onerror=alert(1)> 😊 שקט");
	}

	@Test
	void a_wrong_practice_is_struck_out_from_the_log_and_stopping_a_plan_asks_first() {
		signInAndOpen(maya, "clients/" + noor);
		long assignment = homework.assignHomework(noor, TestHomework.pacedBreathingDaily(LocalDate.of(2026, 11, 2)));
		practiceLog.recordCompletion(assignment, TestHomework.practice(LocalDate.of(2026, 11, 2).atTime(8, 0), 9, 9));
		openHomework();

		_click(button("Practice log"));
		@SuppressWarnings("unchecked")
		Grid<CompletionView> log = _get(Grid.class);
		Component actions = GridKt._getCellComponent(log, 0, "actions");
		_click(_get(actions, Button.class, spec -> spec.withText("Strike out")));
		_setValue(_get(TextArea.class, spec -> spec.withLabel("Reason")), "Belongs to another week's worksheet");
		_click(button("Strike out"));
		assertThat(database.jdbc().queryForObject("select struck_reason from completion", String.class))
			.isEqualTo("Belongs to another week's worksheet");
		_click(button("Close"));

		_click(button("Stop"));
		ConfirmDialog ask = _get(ConfirmDialog.class);
		assertThat(ConfirmDialogKt._getHeader(ask)).isEqualTo("Stop Paced breathing?");
		ConfirmDialogKt._fireCancel(ask);
		assertThat(statusInDatabase()).isEqualTo("ACTIVE");
		_click(button("Stop"));
		ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

		assertThat(statusInDatabase()).isEqualTo("STOPPED");
		assertThat(_find(Button.class, spec -> spec.withText("Stop"))).isEmpty();
		assertThat(database.count("completion")).isEqualTo(1);
	}

	private String statusInDatabase() {
		return database.jdbc().queryForObject("select status from homework_assignment", String.class);
	}

	private void openHomework() {
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "homework"));
	}

	private void logPractice(int before, int after) {
		openHomework();
		_click(button("Log a practice"));
		_setValue(_get(WholeNumberField.class, spec -> spec.withLabel("Distress before (0 to 10)")),
				String.valueOf(before));
		_setValue(_get(WholeNumberField.class, spec -> spec.withLabel("Distress after (0 to 10)")),
				String.valueOf(after));
		_setValue(_get(TextArea.class, spec -> spec.withLabel("How many rounds you did")), "5");
		_click(button("Save"));
	}

	private static String figure(String key) {
		Div figure = _find(Div.class).stream()
			.filter(div -> key.equals(div.getElement().getAttribute("data-figure")))
			.findFirst()
			.orElseThrow();
		return ((Div) figure.getChildren().findFirst().orElseThrow()).getText();
	}

	private static List<String> weekRow(String heading) {
		NativeTableRow row = _find(NativeTableRow.class).stream()
			.filter(candidate -> !candidate.getHeaderCells().isEmpty()
					&& candidate.getHeaderCells().getFirst().getText().equals(heading))
			.findFirst()
			.orElseThrow();
		return row.getDataCells().stream().map(NativeTableCell::getText).toList();
	}

	private static List<String> chartWeeks() {
		Element chart = _get(DistressChart.class).getElement();
		return chart.getChildren()
			.filter(child -> child.getTag().equals("g"))
			.map(week -> week.getAttribute("data-week") + " " + week.getAttribute("data-before") + " "
					+ week.getAttribute("data-after"))
			.toList();
	}

	private static List<String> quietOnDashboard() {
		return _find(UnorderedList.class).stream()
			.filter(list -> "quiet".equals(list.getElement().getAttribute("data-list")))
			.flatMap(Component::getChildren)
			.flatMap(Component::getChildren)
			.filter(Anchor.class::isInstance)
			.map(anchor -> ((Anchor) anchor).getText())
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static List<LibraryEntry> items() {
		return ((ListBox<LibraryEntry>) _get(ListBox.class)).getListDataView().getItems().toList();
	}

	private static Button button(String text) {
		return _get(Button.class, spec -> spec.withText(text));
	}

}
