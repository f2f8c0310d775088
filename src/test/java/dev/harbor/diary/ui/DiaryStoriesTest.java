package dev.harbor.diary.ui;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.diary.DiaryEntryView;
import dev.harbor.diary.DiaryRelationship;
import dev.harbor.diary.Need;
import dev.harbor.security.HarborUser;
import dev.harbor.testsupport.KaribuTest;
import dev.harbor.common.ui.WholeNumberField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Reviewing a client's diary in session, told as user stories on the real app. */
class DiaryStoriesTest extends KaribuTest {

	static final Instant FRIDAY = Instant.parse("2026-11-13T17:00:00Z");

	@Autowired
	ClientService clients;

	HarborUser maya;

	long noor;

	@BeforeEach
	void mayaAndNoor() {
		clock.set(FRIDAY);
		maya = accounts.clinician("Maya Okafor");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
	}

	@Test
	void a_clinician_enters_three_entries_filters_by_need_reviews_two_flags_one_and_reads_the_patterns() {
		signInAndOpen(maya, "clients/" + noor);
		open("diary");
		enter(LocalDateTime.of(2026, 11, 9, 21, 0), "He didn't text back after the party", 80, Set.of(Need.SECURITY),
				DiaryRelationship.PARTNER);
		enter(LocalDateTime.of(2026, 11, 10, 12, 30), "My manager walked past without a word", 40,
				Set.of(Need.APPRECIATION), DiaryRelationship.COLLEAGUE);
		enter(LocalDateTime.of(2026, 11, 12, 19, 0), "Mum asked again when I'll visit", 60,
				Set.of(Need.SECURITY, Need.AUTONOMY), DiaryRelationship.PARENT);
		UI.getCurrent().navigate("");
		assertThat(waitingOnDashboard()).isEqualTo("3");

		open("diary");
		@SuppressWarnings("unchecked")
		Select<Need> need = _get(Select.class, spec -> spec.withLabel("The need underneath"));
		_setValue(need, Need.SECURITY);
		assertThat(situations()).containsExactly("Mum asked again when I'll visit",
				"He didn't text back after the party");

		Grid<DiaryEntryView> grid = grid();
		grid.select(GridKt._get(grid, 0));
		grid.select(GridKt._get(grid, 1));
		_click(button("Mark selected reviewed"));
		_setValue(need, null);
		GridKt._clickItem(grid, 1);
		_click(button("Bring to next session"));

		UI.getCurrent().navigate("");
		assertThat(waitingOnDashboard()).isEqualTo("1");
		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
			.contains("1 entry not yet reviewed, 1 flagged for the next session.");

		open("diary");
		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("3 entries in this period.");
		assertThat(needCells("Feeling safe")).containsExactly("1", "1", "", "", "", "");
		assertThat(needCells("Being appreciated")).containsExactly("", "", "", "1", "", "");
		assertThat(_find(FeelingsChart.class).getFirst()
			.getElement()
			.getChildren()
			.filter(child -> "FEAR".equals(child.getAttribute("data-feeling")))
			.map(point -> point.getAttribute("data-week") + " " + point.getAttribute("data-average"))
			.toList()).containsExactly("2026-11-09 60.0");
	}

	@Test
	void an_import_with_bad_rows_is_reported_line_by_line_and_a_clean_one_fills_the_list() {
		signInAndOpen(maya, "clients/" + noor);
		open("diary");
		_click(button("Import a file"));
		ImportDialog dialog = _get(ImportDialog.class);

		dialog.receive("diary.csv", """
				happened_at,situation,relationship
				2026-11-03T20:10,Fine,partner
				not a time,Bad time,partner
				2026-11-04T20:10,,partner
				2026-11-05T20:10,Who is this,neighbour
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(_find(ListItem.class)).extracting(ListItem::getText)
			.contains("Line 3, When it happened: Please write the time as 2026-11-03T20:10.",
					"Line 4, What happened: Please describe what happened, in a few words at least.",
					"Line 5, Whom it concerns: This value is not one of the choices.");
		assertThat(database.count("diary_entry")).isZero();

		dialog.receive("diary.json", """
				[{"happened_at": "2026-11-03T20:10", "situation": "<i>He</i> left early 😔", "relationship": "partner"}]
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("1 entry imported.");
		_click(button("Close"));
		assertThat(situations()).containsExactly("<i>He</i> left early 😔");
	}

	@Test
	void an_intensity_out_of_range_gets_a_message_beside_it_and_text_is_kept_exactly() {
		signInAndOpen(maya, "clients/" + noor);
		open("diary");
		_click(button("New diary entry"));
		DiaryEntryDialog dialog = _get(DiaryEntryDialog.class);
		_setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("What happened")),
				"<script>alert('x')</script> لم يرد 😔");
		WholeNumberField fear = _get(dialog, WholeNumberField.class, spec -> spec.withLabel("Fear"));
		_setValue(fear, "150");
		_click(_get(dialog, Button.class, spec -> spec.withText("Save")));

		assertThat(fear.isInvalid()).isTrue();
		assertThat(fear.getErrorMessage()).isEqualTo("Please enter a whole number from 0 to 100.");
		assertThat(database.count("diary_entry")).isZero();

		_setValue(fear, "90");
		_click(_get(dialog, Button.class, spec -> spec.withText("Save")));
		assertThat(situations()).containsExactly("<script>alert('x')</script> لم يرد 😔");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "9999999999999999999999", "7.5", "3,5", "-1", "101", "seventy" })
	void a_strength_that_is_no_whole_number_from_0_to_100_is_refused_beside_it_and_kept_as_typed(String typed) {
		signInAndOpen(maya, "clients/" + noor);
		open("diary");
		_click(button("New diary entry"));
		DiaryEntryDialog dialog = _get(DiaryEntryDialog.class);
		_setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("What happened")), "He left without a word");
		WholeNumberField shame = _get(dialog, WholeNumberField.class, spec -> spec.withLabel("Shame"));
		_setValue(shame, typed);
		_click(_get(dialog, Button.class, spec -> spec.withText("Save")));

		assertThat(shame.isInvalid()).isTrue();
		assertThat(shame.getErrorMessage()).isEqualTo("Please enter a whole number from 0 to 100.");
		assertThat(shame.getValue()).isEqualTo(typed);
		assertThat(dialog.isOpened()).isTrue();
		assertThat(database.count("diary_entry")).isZero();

		_setValue(shame, "75");
		_click(_get(dialog, Button.class, spec -> spec.withText("Save")));
		assertThat(database.jdbc()
			.queryForObject("select intensity from diary_feeling where feeling = 'SHAME'", Integer.class))
			.isEqualTo(75);
	}

	@Test
	void in_a_practice_far_east_of_utc_an_entry_from_this_morning_is_today_not_the_future() {
		clock.setZone(ZoneId.of("Asia/Tokyo"));
		// 22:30 on Friday in UTC is 07:30 on Saturday in Tokyo.
		clock.set(Instant.parse("2026-11-13T22:30:00Z"));
		signInAndOpen(maya, "clients/" + noor);
		open("diary");
		_click(button("New diary entry"));
		DiaryEntryDialog dialog = _get(DiaryEntryDialog.class);

		assertThat(_get(dialog, DateTimePicker.class, spec -> spec.withLabel("When it happened")).getValue())
			.isEqualTo(LocalDateTime.of(2026, 11, 14, 7, 30));
		_setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("What happened")), "Woke up to no message");
		_click(_get(dialog, Button.class, spec -> spec.withText("Save")));

		assertThat(situations()).containsExactly("Woke up to no message");
		assertThat(database.jdbc().queryForObject("select cast(happened_on as varchar) from diary_entry", String.class))
			.isEqualTo("2026-11-14");
	}

	private void enter(LocalDateTime when, String situation, int fear, Set<Need> needs,
			DiaryRelationship relationship) {
		_click(button("New diary entry"));
		DiaryEntryDialog dialog = _get(DiaryEntryDialog.class);
		_setValue(_get(dialog, DateTimePicker.class, spec -> spec.withLabel("When it happened")), when);
		_setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("What happened")), situation);
		_setValue(_get(dialog, WholeNumberField.class, spec -> spec.withLabel("Fear")), String.valueOf(fear));
		@SuppressWarnings("unchecked")
		CheckboxGroup<Need> needGroup = _get(dialog, CheckboxGroup.class,
				spec -> spec.withLabel("The need underneath"));
		_setValue(needGroup, needs);
		@SuppressWarnings("unchecked")
		Select<DiaryRelationship> whom = _get(dialog, Select.class, spec -> spec.withLabel("Whom it concerns"));
		_setValue(whom, relationship);
		_click(_get(dialog, Button.class, spec -> spec.withText("Save")));
	}

	private void open(String part) {
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", part));
	}

	private static String waitingOnDashboard() {
		return _find(Paragraph.class).stream()
			.filter(paragraph -> paragraph.getElement().hasAttribute("data-unreviewed"))
			.findFirst()
			.orElseThrow()
			.getElement()
			.getAttribute("data-unreviewed");
	}

	@SuppressWarnings("unchecked")
	private static Grid<DiaryEntryView> grid() {
		return _get(Grid.class);
	}

	private static List<String> situations() {
		Grid<DiaryEntryView> grid = grid();
		return IntStream.range(0, GridKt._size(grid))
			.mapToObj(row -> GridKt._get(grid, row).entry().situation())
			.toList();
	}

	private static List<String> needCells(String need) {
		return _find(NativeTableRow.class).stream()
			.filter(row -> !row.getHeaderCells().isEmpty() && row.getHeaderCells().getFirst().getText().equals(need))
			.findFirst()
			.orElseThrow()
			.getDataCells()
			.stream()
			.map(NativeTableCell::getText)
			.toList();
	}

	private static Button button(String text) {
		return _get(Button.class, spec -> spec.withText(text));
	}

}
