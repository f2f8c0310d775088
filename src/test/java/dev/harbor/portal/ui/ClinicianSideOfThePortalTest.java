package dev.harbor.portal.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.common.ui.EntryMarks;
import dev.harbor.common.ui.WholeNumberField;
import dev.harbor.correctiveexperience.MyExperienceService;
import dev.harbor.correctiveexperience.NewExperience;
import dev.harbor.correctiveexperience.Risk;
import dev.harbor.correctiveexperience.Setting;
import dev.harbor.diary.DiaryRelationship;
import dev.harbor.diary.Feeling;
import dev.harbor.diary.MyDiaryEntry;
import dev.harbor.diary.MyDiaryService;
import dev.harbor.diary.NewDiaryEntry;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.MyPracticeService;
import dev.harbor.homework.NewAssignment;
import dev.harbor.homework.NewCompletion;
import dev.harbor.homework.Rhythm;
import dev.harbor.homework.TemplateRef;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
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
 * What a client writes in the portal, seen from the clinician's side and back: it is
 * marked as the client's and as new since the clinician last looked, it counts where the
 * clinician's own entries count, and once read it stays as it was.
 */
class ClinicianSideOfThePortalTest extends KaribuTest {

	static final Instant MONDAY_MORNING = Instant.parse("2026-11-16T09:00:00Z");

	static final Instant TUESDAY_EVENING = Instant.parse("2026-11-17T20:00:00Z");

	static final Instant WEDNESDAY_MORNING = Instant.parse("2026-11-18T09:00:00Z");

	@Autowired
	ClientService clients;

	@Autowired
	HomeworkService homework;

	@Autowired
	MyDiaryService myDiary;

	@Autowired
	MyExperienceService myExperiences;

	@Autowired
	MyPracticeService myPractice;

	HarborUser maya;

	long noor;

	HarborUser noorInPortal;

	long breathing;

	@BeforeEach
	void noorHasJoinedAndMayaLookedOnMonday() {
		clock.set(MONDAY_MORNING);
		maya = accounts.clinician("Maya Okafor");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
		breathing = homework.assignHomework(noor, new NewAssignment(new TemplateRef.BuiltIn("paced_breathing"),
				LocalDate.of(2026, 11, 16), null, new Rhythm.TimesPerWeek(3), 5, null, null));
		noorInPortal = accounts.client(noor, "Noor Haddad");
		signInAndOpen(maya, "clients/" + noor);
		open("diary");
		TestAccounts.signOut();
		startBrowserSession();
	}

	@Test
	void what_the_client_wrote_is_marked_new_and_from_the_portal_counts_for_review_and_stays_once_read() {
		clock.set(TUESDAY_EVENING);
		TestAccounts.signIn(noorInPortal);
		myDiary.writeEntry(diaryEntry("He went out without saying when he'd be back"), true);
		myExperiences.logExperience(new NewExperience(LocalDateTime.of(2026, 11, 17, 19, 0), Setting.PARTNER,
				Risk.ASKED_FOR_SUPPORT, "He will say I am too needy", 80, "He hugged me and said thanks for asking", 30,
				"Asking is allowed", Set.of(), null, Set.of()), false);
		myPractice.logPractice(breathing,
				new NewCompletion(LocalDateTime.of(2026, 11, 17, 19, 30), 5, 6, 3, List.of("4", "Jaw"), null));
		TestAccounts.signOut();

		clock.set(WEDNESDAY_MORNING);
		startBrowserSession();
		signInAndOpen(maya, "");
		assertThat(waitingOnDashboard()).isEqualTo("2");
		assertThat(_find(Span.class)).extracting(Span::getText).contains("1 diary entry, 1 experience");

		open("homework");
		// Three a week from Monday: by Wednesday one is planned, and Noor's counts.
		assertThat(figure("homework.figure.doneOfPlanned")).isEqualTo("1 of 1");

		open("experiences");
		assertThat(marks()).containsExactly("New Portal");

		open("diary");
		assertThat(marks()).containsExactly("New Portal");
		Grid<?> grid = _get(Grid.class);
		GridKt._clickItem(grid, 0);
		assertThat(_find(Span.class)).extracting(Span::getText)
			.anyMatch(text -> text.startsWith("Written by Noor Haddad in the portal, Nov 17, 2026"));
		_click(button("Mark reviewed"));

		// Back after lunch: a new sitting, so nothing is new any more; it is still hers.
		clock.set(WEDNESDAY_MORNING.plus(Duration.ofHours(4)));
		open("diary");
		assertThat(marks()).containsExactly("Portal");

		TestAccounts.signOut();
		startBrowserSession();
		long entry = database.jdbc().queryForObject("select id from diary_entry", Long.class);
		signInAndOpen(noorInPortal, "portal/diary/" + entry);
		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
			.contains("Your clinician has read this. It stays as it was; you can add to it below.");
		assertThat(_find(TextArea.class, spec -> spec.withLabel("What happened"))).isEmpty();
		assertThat(_find(Button.class, spec -> spec.withText("Save"))).isEmpty();
	}

	@Test
	void a_client_logs_a_corrective_experience_in_their_own_words_then_corrects_it_before_it_is_read() {
		clock.set(TUESDAY_EVENING);
		signInAndOpen(noorInPortal, "portal/experience");
		assertThat(_find(TextArea.class)).extracting(TextArea::getLabel)
			.contains("What you feared would happen", "What actually happened", "What you learned");
		_setValue(select("Where"), Setting.FRIEND);
		_setValue(select("What you risked"), Risk.ASKED_FOR_SUPPORT);
		_setValue(area("What you feared would happen"), "She will think I'm too much");
		_setValue(percent("How strongly you believed it (%)"), "150");
		_setValue(area("What actually happened"), "She called straight back");
		_setValue(percent("How strongly you believe it now (%)"), "20");
		_click(button("Save this"));
		assertThat(percent("How strongly you believed it (%)").isInvalid()).isTrue();
		assertThat(percent("How strongly you believed it (%)").getErrorMessage()).isNotBlank();
		assertThat(database.count("corrective_experience")).isZero();

		_setValue(percent("How strongly you believed it (%)"), "85");
		_click(button("Save this"));
		assertThat(database.count("corrective_experience")).isEqualTo(1);
		long written = database.jdbc().queryForObject("select id from corrective_experience", Long.class);

		UI.getCurrent().navigate("portal/experience/" + written);
		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
			.contains("Your clinician has not read this yet, so you can still change it.");
		_setValue(area("What actually happened"), "She called straight back and we talked for an hour");
		_click(button("Save"));

		assertThat(database.jdbc()
			.queryForObject("select what_happened from corrective_experience where id = ?", String.class, written))
			.isEqualTo("She called straight back and we talked for an hour");
		assertThat(database.jdbc()
			.queryForObject("select entered_by_kind from corrective_experience where id = ?", String.class, written))
			.isEqualTo("CLIENT");
		assertThat(database.jdbc()
			.queryForObject("select changed_at is not null from corrective_experience where id = ?", Boolean.class,
					written))
			.isTrue();
	}

	@Test
	void a_client_corrects_an_unread_diary_entry_and_the_clinician_reads_the_corrected_words() {
		clock.set(TUESDAY_EVENING);
		TestAccounts.signIn(noorInPortal);
		MyDiaryEntry mine = myDiary.writeEntry(diaryEntry("He was late"), false);
		TestAccounts.signOut();

		signInAndOpen(noorInPortal, "portal/entries");
		UI.getCurrent().navigate("portal/diary/" + mine.id());
		assertThat(area("What happened").getValue()).isEqualTo("He was late");
		_setValue(area("What happened"), "He was late and did not text; I waited by the window");
		_click(button("Save"));
		TestAccounts.signOut();

		clock.set(WEDNESDAY_MORNING);
		startBrowserSession();
		signInAndOpen(maya, "clients/" + noor);
		open("diary");
		Grid<?> grid = _get(Grid.class);
		GridKt._clickItem(grid, 0);
		assertThat(_find(Div.class)).extracting(Div::getText)
			.contains("He was late and did not text; I waited by the window");
	}

	private static NewDiaryEntry diaryEntry(String situation) {
		LocalDateTime when = LocalDateTime.of(2026, 11, 17, 19, 45);
		return new NewDiaryEntry(when, when, situation, "He has had enough of me", Map.of(Feeling.FEAR, 70), null,
				Set.of(), Set.of(), Set.of(), null, null, DiaryRelationship.PARTNER);
	}

	private void open(String part) {
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", part));
	}

	private static List<String> marks() {
		Grid<?> grid = _get(Grid.class);
		return IntStream.range(0, GridKt._size(grid))
			.mapToObj(row -> GridKt._getFormatted(grid, row, EntryMarks.KEY).replaceAll("\\s+", " ").strip())
			// The date and time first, then the marks.
			.map(when -> when.replaceFirst("^.*?[AP]M", "").strip())
			.toList();
	}

	private static String waitingOnDashboard() {
		return _find(Paragraph.class).stream()
			.filter(paragraph -> paragraph.getElement().hasAttribute("data-unreviewed"))
			.findFirst()
			.orElseThrow()
			.getElement()
			.getAttribute("data-unreviewed");
	}

	private static String figure(String key) {
		Div figure = _find(Div.class).stream()
			.filter(div -> key.equals(div.getElement().getAttribute("data-figure")))
			.findFirst()
			.orElseThrow();
		return ((Div) figure.getChildren().findFirst().orElseThrow()).getText();
	}

	private static Button button(String text) {
		return _get(Button.class, spec -> spec.withText(text));
	}

	private static TextArea area(String label) {
		return _get(TextArea.class, spec -> spec.withLabel(label));
	}

	@SuppressWarnings("unchecked")
	private static <T> Select<T> select(String label) {
		return _get(Select.class, spec -> spec.withLabel(label));
	}

	private static WholeNumberField percent(String label) {
		return _get(WholeNumberField.class, spec -> spec.withLabel(label));
	}

}
