package dev.harbor.shell;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.regex.Pattern;

import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.common.i18n.Language;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.NewAssignment;
import dev.harbor.homework.Rhythm;
import dev.harbor.homework.TemplateRef;
import dev.harbor.report.HandoutRequest;
import dev.harbor.report.Paper;
import dev.harbor.report.ReportService;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.KaribuTest;
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
 * Harbor in Dutch, told as user stories: a clinician who works in Dutch, and a Dutch
 * client whose clinician works in English.
 */
class DutchStoriesTest extends KaribuTest {

	/** What the translation provider shows for a key it does not know. */
	private static final Pattern RAW_KEY = Pattern.compile("![a-z][A-Za-z]*(\\.[A-Za-z0-9_]+)+!");

	private static final List<String> PORTAL_PAGES = List.of("portal", "portal/diary", "portal/experience",
			"portal/ladder", "portal/entries", "portal/read", "portal/account");

	private static final List<String> CLIENT_PARTS = List.of("overview", "homework", "diary", "experiences", "ladders",
			"sessions", "summary", "portal");

	@Autowired
	ClientService clients;

	@Autowired
	HomeworkService homework;

	@Autowired
	ReportService reports;

	HarborUser maya;

	long noor;

	@BeforeEach
	void mayaAndNoor() {
		maya = accounts.clinician("Maya Okafor");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
	}

	@Test
	void a_clinician_who_chooses_dutch_finds_every_page_in_dutch_with_no_word_left_as_a_key() {
		signInAndOpen(maya, "account");
		_setValue(languageChoice("Harbor speaks"), Language.DUTCH);

		UI.getCurrent().navigate("");
		assertThat(_get(H1.class).getText()).isEqualTo("Hallo, Maya");
		assertThat(tree()).contains("Je caseload", "Cliënten", "Uitloggen");

		for (String part : CLIENT_PARTS) {
			UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", part));
			assertThat(tree()).as(part).contains("Onderdelen van het cliëntdossier").doesNotContainPattern(RAW_KEY);
		}
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "diary"));
		DatePicker.DatePickerI18n calendar = _find(DatePicker.class, spec -> spec.withLabel("Van")).getFirst()
			.getI18n();
		assertThat(calendar.getMonthNames()).as("the calendar speaks Dutch too").startsWith("januari", "februari");
		assertThat(calendar.getToday()).isEqualTo("Vandaag");
		assertThat(calendar.getBadInputErrorMessage()).startsWith("Vul een datum in die bestaat");

		UI.getCurrent().navigate("clients/" + noor);
		String startDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(Language.DUTCH.locale())
			.format(LocalDate.of(2026, 9, 1));
		assertThat(tree()).as("dates follow the language").contains(startDate, "Begonnen met samenwerken");
		for (String page : List.of("", "clients", "library", "print", "account")) {
			UI.getCurrent().navigate(page);
			assertThat(tree()).as(page).doesNotContainPattern(RAW_KEY);
		}

		TestAccounts.signOut();
		startBrowserSession();
		signInAndOpen(maya, "");
		assertThat(_get(H1.class).getText()).as("the choice is kept with the account").isEqualTo("Hallo, Maya");
	}

	@Test
	void a_dutch_client_gets_a_dutch_handout_and_portal_while_their_clinician_works_in_english() throws IOException {
		signInAndOpen(maya, "clients/" + noor);
		_click(_get(Button.class, spec -> spec.withText("Edit")));
		_setValue(languageChoice("Language"), Language.DUTCH);
		_click(_get(Button.class, spec -> spec.withText("Save profile")));
		assertThat(tree()).as("Maya still reads English").contains("Nederlands", "Started working together");

		homework.assignHomework(noor, new NewAssignment(new TemplateRef.BuiltIn("paced_breathing"),
				LocalDate.of(2026, 11, 2), null, new Rhythm.Daily(), 3, null, "Na het ontbijt proberen."));
		String handout = text(reports.clientHandout(noor, new HandoutRequest(2, Paper.A4)).content()).replaceAll("\\s+",
				" ");
		assertThat(handout)
			.contains("Je oefeningen tussen de sessies", "Rustig ademhalen in een vast ritme",
					"Adem in door je neus terwijl je tot 4 telt.", "Na het ontbijt proberen.", "Je logboek",
					"Datum Minuten Voor Na Hoeveel rondes je deed")
			.doesNotContain("Your practice between sessions", "Breathe in");

		HarborUser noorInThePortal = accounts.client(noor, "Noor Haddad");
		TestAccounts.signOut();
		startBrowserSession();
		signInAndOpen(noorInThePortal, "portal");
		assertThat(tree()).contains("Deze week", "Rustig ademhalen in een vast ritme", "Nu oefenen")
			.doesNotContainPattern(RAW_KEY);
		for (String page : PORTAL_PAGES) {
			UI.getCurrent().navigate(page);
			assertThat(tree()).as(page).contains("Om te lezen", "Mijn inloggen").doesNotContainPattern(RAW_KEY);
		}
	}

	@Test
	void an_admin_who_chooses_dutch_finds_the_practice_pages_in_dutch() {
		HarborUser office = accounts.admin("Practice Office");
		signInAndOpen(office, "account");
		_setValue(languageChoice("Harbor speaks"), Language.DUTCH);

		for (String page : List.of("", "admin/accounts", "admin/audit", "admin/caseloads", "account")) {
			UI.getCurrent().navigate(page);
			assertThat(tree()).as(page).contains("Uitloggen").doesNotContainPattern(RAW_KEY);
		}
		UI.getCurrent().navigate("admin/accounts");
		assertThat(tree()).contains("Nieuw account", "Inloggen in twee stappen vereisen voor alle medewerkers");
	}

	@SuppressWarnings("unchecked")
	private static Select<Language> languageChoice(String label) {
		return _get(Select.class, spec -> spec.withLabel(label));
	}

	private static String tree() {
		return PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
