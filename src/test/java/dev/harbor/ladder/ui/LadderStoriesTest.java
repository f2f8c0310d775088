package dev.harbor.ladder.ui;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.common.ui.EntryMarks;
import dev.harbor.common.ui.WholeNumberField;
import dev.harbor.ladder.FearedOutcome;
import dev.harbor.ladder.LadderService;
import dev.harbor.ladder.LadderView;
import dev.harbor.ladder.StepView;
import dev.harbor.ladder.TestLadders;
import dev.harbor.report.Paper;
import dev.harbor.report.ReportService;
import dev.harbor.report.SummaryRequest;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.KaribuTest;
import dev.harbor.therapysession.NewSession;
import dev.harbor.therapysession.TherapySessionService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maya and Noor work a time-apart ladder: built from the built-in one, three calm tries
 * on the first step, the next step offered and taken, a hard week and a step back; Noor
 * logs a try on her phone; the session summary carries it all.
 */
class LadderStoriesTest extends KaribuTest {

	static final Instant FRIDAY = Instant.parse("2026-11-20T17:00:00Z");

	@Autowired
	ClientService clients;

	@Autowired
	LadderService ladders;

	@Autowired
	ReportService reports;

	@Autowired
	TherapySessionService sessions;

	HarborUser maya;

	long noor;

	@BeforeEach
	void mayaAndNoor() {
		clock.set(FRIDAY);
		maya = accounts.clinician("Maya Okafor");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
	}

	@Test
	void maya_builds_a_ladder_from_the_built_in_one_and_writes_noors_scale_with_her() {
		openLadders();
		assertThat(_get(Paragraph.class, spec -> spec.withText(
				"Choose a starting ladder and write the goal with the client, in their own words. The steps are a copy for this client, to adapt together.")))
			.isNotNull();
		_setValue(_get(TextField.class, spec -> spec.withLabel("The goal, in the client's words")),
				"An evening with friends without checking my phone");
		_click(button("Start the ladder"));

		assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text"))
			.startsWith("Ladder started.");
		assertThat(stepCells("what")).hasSize(6)
			.first()
			.isEqualTo("Leave my phone in another room while I make dinner (20 minutes)");
		assertThat(nowOn()).isEqualTo(1);
		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
			.anyMatch(text -> text.startsWith("Not written yet."));

		_click(button("Goal and scale"));
		_setValue(_get(TextArea.class, spec -> spec.withLabel("At 0: a moment of the client's own")),
				"Sunday coffee with my sister");
		_setValue(_get(TextArea.class, spec -> spec.withLabel("At 100: a moment of the client's own")),
				"The week he left without a word");
		_click(button("Save"));

		assertThat(_find(Span.class)).extracting(Span::getText)
			.contains("Sunday coffee with my sister", "The week he left without a word");
	}

	@Test
	void three_calm_tries_bring_the_offer_of_step_two_which_maya_takes_then_a_hard_try_and_a_step_back() {
		TestAccounts.signIn(maya);
		TestLadders.timeApart(ladders, noor);
		openLadders();

		logATry(LocalDateTime.of(2026, 11, 16, 19, 0), "60", "25", FearedOutcome.NO);
		assertThat(_find(Button.class, spec -> spec.withText("Try step 2 next"))).isEmpty();
		logATry(LocalDateTime.of(2026, 11, 17, 19, 0), "55", "25", FearedOutcome.NO);
		logATry(LocalDateTime.of(2026, 11, 18, 19, 0), "50", "20", FearedOutcome.NO);

		assertThat(stepCells("tried").getFirst()).isEqualTo("3 times; the feared outcome happened in none of them");
		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
			.contains("Leave my phone in another room while I make dinner (20 minutes). The fear: They will need me"
					+ " and I won't be there, and they will think I don't care (60 % likely, as it felt)");
		StepChart chart = _get(StepChart.class);
		assertThat(chart.getElement().getChildren().filter(child -> child.hasAttribute("data-feared")))
			.extracting(child -> child.getAttribute("data-peak") + "/" + child.getAttribute("data-end") + "/"
					+ child.getAttribute("data-feared"))
			.containsExactly("60/25/NO", "55/25/NO", "50/20/NO");
		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
			.anyMatch(text -> text.startsWith("In the last two tries of step 1, the feared outcome did not happen")
					&& text.contains("Ready to try step 2?"));
		assertThat(nowOn()).as("the offer moves nothing by itself").isEqualTo(1);

		_click(button("Try step 2 next"));
		assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text"))
			.isEqualTo("The client's current step is changed.");
		assertThat(nowOn()).isEqualTo(2);

		logATry(LocalDateTime.of(2026, 11, 19, 12, 30), "85", "75", FearedOutcome.PARTLY);
		assertThat(stepCells("tried").get(1)).isEqualTo("Once; the feared outcome happened once");
		Grid<StepView> steps = stepsGrid();
		steps.select(GridKt._get(steps, 0));
		_click(button("On this step now"));

		assertThat(nowOn()).isEqualTo(1);
		Details history = _get(Details.class, spec -> spec.withClasses("harbor-ladder-history"));
		assertThat(history.getSummaryText()).isEqualTo("The ladder's history");
		history.setOpened(true);
		assertThat(_find(history, ListItem.class)).extracting(ListItem::getText)
			.anyMatch(line -> line.endsWith(
					"Maya Okafor: Now on step 1: Leave my phone in another room while I make dinner (20 minutes)"))
			.anyMatch(line -> line.contains("Now on step 2"))
			.anyMatch(line -> line.endsWith("Maya Okafor: Ladder started"));
	}

	@Test
	void noor_logs_a_try_on_her_phone_and_maya_finds_it_marked_and_waiting() {
		TestAccounts.signIn(maya);
		LadderView ladder = TestLadders.timeApart(ladders, noor);
		HarborUser noorInPortal = accounts.client(noor, "Noor Haddad");
		TestAccounts.signOut();

		signInAndOpen(noorInPortal, "portal/ladder");
		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
			.contains("Now: Step 1: Leave my phone in another room while I make dinner (20 minutes)",
					"What you fear might happen: They will need me and I won't be there, and they will think I don't care (it feels 60 % likely)",
					"The distress you expect: 35 of 100");
		_click(button("Log how it went"));
		assertThat(field("Distress expected").getValue()).as("carried from the step").isEqualTo("35");
		_setValue(field("Distress at its highest"), "55");
		_setValue(field("Distress at the end"), "20");
		@SuppressWarnings("unchecked")
		RadioButtonGroup<FearedOutcome> feared = _get(RadioButtonGroup.class,
				spec -> spec.withLabel("Did what you feared happen?"));
		assertThat(feared.getHelperText()).startsWith("The fear: They will need me");
		_setValue(feared, FearedOutcome.NO);
		_setValue(_get(TextArea.class, spec -> spec.withLabel("What actually happened")),
				"He sent a photo of the dog and said have fun 🙂");
		_click(button("Save"));

		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("portal/ladder");
		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
			.contains("Step 1: Leave my phone in another room while I make dinner (20 minutes)");
		assertThat(ladder.id()).isPositive();

		TestAccounts.signOut();
		startBrowserSession();
		signInAndOpen(maya, "");
		assertThat(_find(Span.class)).extracting(Span::getText)
			.contains("no diary entries, no experiences, 1 ladder try");
		openLadders();
		Grid<?> tries = _find(Grid.class).getLast();
		assertThat(GridKt._getFormatted(tries, 0, EntryMarks.KEY).replaceAll("\\s+", " ")).contains("New", "Portal");
		assertThat(GridKt._getFormatted(tries, 0, "distress")).isEqualTo("35 \u2192 55 \u2192 20");
	}

	@Test
	void opening_a_session_counts_the_tries_since_the_previous_one_and_a_try_reviewed_in_it_is_gone_through() {
		TestAccounts.signIn(maya);
		sessions.startSession(noor, new NewSession(LocalDateTime.of(2026, 11, 3, 10, 0), 50));
		LadderView ladder = TestLadders.timeApart(ladders, noor);
		long first = ladder.steps().getFirst().id();
		ladders.logAttempt(ladder.id(), TestLadders.wentWell(LocalDateTime.of(2026, 11, 16, 19, 0), first));
		ladders.logAttempt(ladder.id(), TestLadders.wentHard(LocalDateTime.of(2026, 11, 18, 19, 0), first));

		signInAndOpen(maya, "clients/" + noor);
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "sessions"));
		_click(button("New session"));
		_click(button("Open the session"));
		assertThat(_find(ListItem.class)).extracting(ListItem::getText)
			.contains("Ladder \"An evening with friends without checking my phone\": 2 tries; the feared outcome"
					+ " happened once");

		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "ladders"));
		Grid<?> tries = _find(Grid.class).getLast();
		GridKt._clickItem(tries, 0);
		_click(button("Mark reviewed"));
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "sessions"));

		assertThat(_find(ListItem.class)).extracting(ListItem::getText)
			.contains("Ladder try, Nov 18, 2026: did the feared outcome happen? Partly");
	}

	@Test
	void the_session_summary_carries_the_ladder_with_each_prediction_next_to_what_happened() throws IOException {
		TestAccounts.signIn(maya);
		LadderView ladder = TestLadders.timeApart(ladders, noor);
		long first = ladder.steps().getFirst().id();
		ladders.logAttempt(ladder.id(), TestLadders.wentWell(LocalDateTime.of(2026, 11, 16, 19, 0), first));
		ladders.logAttempt(ladder.id(), TestLadders.wentWell(LocalDateTime.of(2026, 11, 18, 19, 0), first));
		String ownWords = "<b>fine</b> after all 🙂 لم يرد على رسالتي";
		ladders.logAttempt(ladder.id(), new dev.harbor.ladder.NewAttempt(LocalDateTime.of(2026, 11, 19, 19, 0), first,
				20, 40, 50, 30, java.util.Set.of(), FearedOutcome.NO, ownWords, null, null, null));

		String text = text(reports
			.clientSummary(noor,
					new SummaryRequest(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20), Paper.A4, false),
					Locale.ENGLISH)
			.content()).replaceAll("\\s+", " ");

		assertThat(text).contains("Ladders: graded practice",
				"An evening with friends without checking my phone (Time apart)",
				"Now on step 1: Leave my phone in another room while I make dinner (20 minutes)",
				"3 tries in this period; the feared outcome happened in none of them.",
				"Step 1 \u00B7 Distress per try (0 to 100): predicted, at the peak, at the end",
				"40 \u2192 60 \u2192 25", "What actually happened: They were glad to see me when I came back",
				"What they learned: Twenty minutes apart did not end anything", "What actually happened: " + ownWords);
		String handout = text(reports.clientHandout(noor, new dev.harbor.report.HandoutRequest(1, Paper.A4)).content())
			.replaceAll("\\s+", " ");
		assertThat(handout).contains("Your steps: An evening with friends without checking my phone",
				"Your step now: step 1, Leave my phone in another room while I make dinner (20 minutes)",
				"it feels 60 % likely", "Each time you try it", "Did the fear happen?");
	}

	private void openLadders() {
		signInAndOpen(maya, "clients/" + noor);
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "ladders"));
	}

	private void logATry(LocalDateTime when, String peak, String end, FearedOutcome feared) {
		_click(button("Log a try"));
		AttemptForm form = _get(AttemptForm.class);
		_setValue(_get(form, com.vaadin.flow.component.datetimepicker.DateTimePicker.class,
				spec -> spec.withLabel("When it was tried")), when);
		_setValue(_get(form, WholeNumberField.class, spec -> spec.withLabel("Distress at its highest")), peak);
		_setValue(_get(form, WholeNumberField.class, spec -> spec.withLabel("Distress at the end")), end);
		@SuppressWarnings("unchecked")
		RadioButtonGroup<FearedOutcome> happened = _get(form, RadioButtonGroup.class,
				spec -> spec.withLabel("Did the feared outcome happen?"));
		_setValue(happened, feared);
		_click(button("Save"));
		assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text"))
			.isEqualTo("Try saved.");
	}

	@SuppressWarnings("unchecked")
	private Grid<StepView> stepsGrid() {
		return _get(Grid.class, spec -> spec.withClasses("harbor-steps-grid"));
	}

	private List<String> stepCells(String key) {
		Grid<StepView> grid = stepsGrid();
		return java.util.stream.IntStream.range(0, GridKt._size(grid))
			.mapToObj(row -> GridKt._getFormatted(grid, row, key))
			.toList();
	}

	/** The position of the step marked "Now". */
	private int nowOn() {
		Grid<StepView> grid = stepsGrid();
		return java.util.stream.IntStream.range(0, GridKt._size(grid))
			.filter(row -> GridKt._getFormatted(grid, row, "position").contains("Now"))
			.map(row -> GridKt._get(grid, row).position())
			.findFirst()
			.orElse(-1);
	}

	private static Button button(String text) {
		return _get(Button.class, spec -> spec.withText(text));
	}

	private static WholeNumberField field(String label) {
		return _get(WholeNumberField.class, spec -> spec.withLabel(label));
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
