package dev.harbor.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary renderer alone: render, read the PDF back, and check what it says. */
class SummaryRendererTest {

	@Test
	void every_section_is_there_with_its_figures() throws IOException {
		String text = text(SummaryRenderer.render(TestSummaries.typical(), Paper.A4));

		assertThat(text).contains("Session summary", "Client: Noor Haddad (HB-7KQ2MX)", "Clinician: Maya Okafor")
			.contains("Homework", "Paced breathing", "every day, 3 minutes", "10 of the 14 planned times",
					"5.7 \u2192 2.7")
			.contains("Trigger diary", "Entries: 3", "Feeling safe (2)", "Fear (3)", "Looked for reassurance (2)")
			.contains("Flagged for this session", "No reply all evening")
			.contains("Corrective experiences", "On average, the fear felt 50 points less true afterwards.", "80 %",
					"30 %", "What they feared would happen", "She will think I am too much", "What actually happened",
					"She called back within the hour", "Asking early works")
			.contains("Session note", "Focus: the evenings.", "Plan: keep the walk before texting.")
			.contains("Gone through in this session", "Diary, Nov 5, 2026: No reply all evening")
			.contains("Homework for the next period", "Paced breathing, every day")
			.contains("Confidential: clinical information. Keep it safe.", "Page 1 of 2", "Page 2 of 2")
			.contains("Made: Nov 16, 2026, 10:00:00\u202FAM UTC");
	}

	@Test
	void each_corrective_experience_prints_what_was_feared_against_what_happened_wrapped_in_the_clients_words()
			throws IOException {
		String feared = "If I tell her I am struggling she will decide I am too much and quietly stop calling,"
				+ " like everyone does in the end";
		String happened = "She called back within the hour, said she was glad I told her, and asked me to come"
				+ " over on Sunday";
		byte[] pdf = SummaryRenderer
			.render(TestSummaries.withExperience(new SessionSummary.Experience(LocalDate.of(2026, 11, 4),
					"Asked for support", feared, 85, happened, 40, null)), Paper.A4);

		String section = text(pdf).replaceAll("\\s+", " ");
		assertThat(section).contains("What they feared would happen: " + feared, "What actually happened: " + happened,
				"Believed before 85 %", "Believed after 40 %");
		assertThat(section.indexOf(feared)).as("the fear comes before what happened")
			.isLessThan(section.indexOf(happened));
		assertThat(section).as("no learning, no learnings list").doesNotContain("What they learned");
	}

	@Test
	void an_empty_period_renders_and_says_so() throws IOException {
		String text = text(SummaryRenderer.render(TestSummaries.emptyPeriod(), Paper.A4));

		assertThat(text)
			.contains("No homework in this period.", "No diary entries in this period.",
					"No corrective experiences in this period.", "No note yet.", "No homework planned.")
			.as("a summary that is not a session's has no list of what was gone through")
			.doesNotContain("Gone through in this session");
	}

	@Test
	void a_long_table_breaks_across_pages_and_repeats_its_header_with_page_numbers_on_each() throws IOException {
		byte[] pdf = SummaryRenderer.render(TestSummaries.withFlagged(500, "Flagged moment"), Paper.A4);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(5);
			for (int page = 1; page <= pages; page++) {
				String text = pageText(document, page);
				assertThat(text).contains("Page " + page + " of " + pages,
						"Confidential: clinical information. Keep it safe.");
				if (page > 1 && text.contains("Flagged moment")) {
					assertThat(text).contains("Date").contains("What happened");
				}
			}
			assertThat(text(pdf)).contains("Flagged moment 1", "Flagged moment 250", "Flagged moment 500");
		}
	}

	@Test
	void a_20000_character_note_flows_over_pages() throws IOException {
		String note = "Word ".repeat(3_000) + "x".repeat(5_000);

		byte[] pdf = SummaryRenderer.render(TestSummaries.withNote(note), Paper.A4);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(2);
		}
		assertThat(text(pdf).replaceAll("\\s", "")).contains("x".repeat(80));
	}

	@Test
	void any_script_a_client_writes_prints_and_html_stays_text() throws IOException {
		String arabic = "لم يرد على رسالتي";
		String hebrew = "הוא לא ענה לי";
		String chinese = "他没有回复我";
		String japanese = "返事がない";
		String korean = "답장이 없어요";
		String html = "<script>alert('x')</script><b>bold?</b>";
		byte[] pdf = SummaryRenderer.render(TestSummaries.withNote(arabic + "\n" + hebrew + "\n" + chinese + "\n"
				+ japanese + "\n" + korean + "\n" + html + "\nSad 😔 today"), Paper.A4);

		String text = text(pdf);
		assertThat(text).contains(arabic, hebrew, chinese, japanese, korean, html, "Sad 😔 today");
		// A character no font has prints as a visible box, never breaks the file.
		assertThat(text(SummaryRenderer.render(TestSummaries.withNote("Tired \uE000 again"), Paper.A4)))
			.contains("Tired \u25A1 again");
		assertThat(fontNames(pdf)).anyMatch(name -> name.contains("DroidSansFallback"));
	}

	@Test
	void emoji_print_in_black_and_white_from_the_emoji_font_and_joined_ones_as_their_parts() throws IOException {
		String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
		byte[] pdf = SummaryRenderer
			.render(TestSummaries.withNote("Felt it all 🙂😢💔🫂 and 🫠\nUs: " + family + " ❤️ 👍🏽"), Paper.A4);

		String text = text(pdf);
		assertThat(text).contains("Felt it all 🙂😢💔🫂 and 🫠")
			.as("a family joined with zero-width joiners prints as its members, the joiners drawn as nothing")
			.contains("Us: \uD83D\uDC68\uD83D\uDC69\uD83D\uDC67 ❤ 👍")
			.doesNotContain("\u25A1");
		assertThat(fontNames(pdf)).anyMatch(name -> name.contains("NotoEmoji"));
		assertThat(fontNames(SummaryRenderer.render(TestSummaries.typical(), Paper.A4)))
			.as("embedded only where a document needs it")
			.noneMatch(name -> name.contains("NotoEmoji"));
	}

	@Test
	void a_right_to_left_override_still_turns_the_text_it_covers() throws IOException {
		byte[] pdf = SummaryRenderer
			.render(TestSummaries.withNote("Before \u202Eturned\u202C after, and \u2067שלום\u2069 kept"), Paper.A4);

		assertThat(text(pdf)).contains("Before denrut after").doesNotContain("\u25A1");
	}

	@Test
	void arabic_letters_are_drawn_joined_in_their_contextual_forms() throws IOException {
		byte[] pdf = SummaryRenderer.render(TestSummaries.withNote("لم يرد على رسالتي"), Paper.A4);

		List<Integer> drawn = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper glyphs = new PDFTextStripper() {
				@Override
				protected void processTextPosition(TextPosition position) {
					position.getUnicode().codePoints().forEach(drawn::add);
				}
			};
			glyphs.getText(document);
		}
		// Joined letters are the presentation forms (U+FE70 to U+FEFF): the initial,
		// medial and final shapes, and the lam-alef ligature.
		assertThat(drawn).anyMatch(codePoint -> codePoint >= 0xFE70 && codePoint <= 0xFEFF)
			.noneMatch(codePoint -> codePoint >= 0x0621 && codePoint <= 0x064A);
	}

	@Test
	void the_fallback_font_is_embedded_only_when_a_summary_needs_it() throws IOException {
		assertThat(fontNames(SummaryRenderer.render(TestSummaries.typical(), Paper.A4)))
			.noneMatch(name -> name.contains("DroidSansFallback"));
	}

	@Test
	void fonts_are_embedded_and_the_paper_size_is_chosen() throws IOException {
		byte[] a4 = SummaryRenderer.render(TestSummaries.typical(), Paper.A4);
		byte[] letter = SummaryRenderer.render(TestSummaries.typical(), Paper.LETTER);

		try (PDDocument document = Loader.loadPDF(a4)) {
			PDPage first = document.getPage(0);
			assertThat(first.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
		}
		try (PDDocument document = Loader.loadPDF(letter)) {
			assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.LETTER.getHeight());
		}
	}

	private static List<String> fontNames(byte[] pdf) throws IOException {
		List<String> names = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					names.add(page.getResources().getFont(name).getName());
				}
			}
		}
		return names;
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String pageText(PDDocument document, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document);
	}

}
