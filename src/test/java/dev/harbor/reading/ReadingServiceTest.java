package dev.harbor.reading;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import dev.harbor.client.ClientService;
import dev.harbor.client.NewClient;
import dev.harbor.common.i18n.HarborI18nProvider;
import dev.harbor.common.i18n.Language;
import dev.harbor.report.Paper;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@HarborSpringTest
class ReadingServiceTest {

	/** What the issue asks of each reading. */
	static final int MOST_WORDS = 400;

	@Autowired
	ReadingService readings;

	@Autowired
	MyReadingService mine;

	@Autowired
	ClientService clients;

	@Autowired
	HarborI18nProvider words;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	HarborUser maya;

	long noor;

	@BeforeEach
	void mayaAndNoorWhoReadsDutch() {
		database.clean();
		clock.set(Instant.parse("2026-11-20T10:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
		TestAccounts.signIn(maya);
		noor = clients
			.addClient(new NewClient("Noor Haddad", null, null, null, LocalDate.of(2026, 9, 1), Language.DUTCH));
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void every_reading_in_every_language_is_short_and_fits_one_page_on_either_paper() throws IOException {
		for (Language language : Language.values()) {
			TestAccounts.signIn(maya);
			long client = clients
				.addClient(new NewClient("Reader " + language, null, null, null, LocalDate.of(2026, 9, 1), language));
			for (Reading reading : Reading.values()) {
				int count = words(words.getTranslation(reading.translationKey(), language.locale()))
						+ words(words.getTranslation(reading.leadKey(), language.locale()))
						+ reading.paragraphKeys()
							.stream()
							.mapToInt(key -> words(words.getTranslation(key, language.locale())))
							.sum();
				assertThat(count).as(reading + " in " + language).isBetween(150, MOST_WORDS);
				for (Paper paper : Paper.values()) {
					try (PDDocument pdf = Loader.loadPDF(readings.readingPdf(client, reading, paper).content())) {
						assertThat(pdf.getNumberOfPages()).as(reading + " in " + language + " on " + paper).isOne();
					}
				}
			}
		}
	}

	@Test
	void a_reading_given_shows_in_the_portal_until_it_is_taken_back_and_its_giving_stays_on_record() {
		HarborUser noorInPortal = accounts.client(noor, "Noor Haddad");
		readings.give(noor, Reading.SETBACKS);
		clock.set(Instant.parse("2026-11-21T10:00:00Z"));
		ClientReadings given = readings.give(noor, Reading.TWO_DIALS);

		assertThat(given.language()).isEqualTo(Language.DUTCH);
		assertThat(given.readings()).filteredOn(ReadingView::given)
			.extracting(ReadingView::reading)
			.containsExactly(Reading.TWO_DIALS, Reading.SETBACKS);
		TestAccounts.signIn(noorInPortal);
		assertThat(mine.myReadings()).as("newest first").containsExactly(Reading.TWO_DIALS, Reading.SETBACKS);

		TestAccounts.signIn(maya);
		readings.takeBack(noor, Reading.SETBACKS);
		TestAccounts.signIn(noorInPortal);
		assertThat(mine.myReadings()).containsExactly(Reading.TWO_DIALS);
		assertThat(database.count("given_reading")).as("taking back keeps the row").isEqualTo(2);
	}

	@Test
	void the_printed_reading_is_in_the_clients_language_and_the_export_is_audited() throws IOException {
		String text = text(readings.readingPdf(noor, Reading.SETBACKS, Paper.LETTER).content()).replaceAll("\\s+", " ");

		assertThat(text)
			.contains("Een zware week hoort bij de weg", "Een zware week is geen terugkeer naar het begin",
					"Maya Okafor", "Pagina 1 van 1")
			.doesNotContain("A rough week");
		assertThat(database.jdbc()
			.queryForObject("select count(*) from audit_event where action = 'EXPORT' and subject_type = 'READING'",
					Long.class))
			.isOne();
	}

	private static int words(String text) {
		return (int) Arrays.stream(text.split("\\s+")).filter(word -> !word.isBlank()).count();
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
