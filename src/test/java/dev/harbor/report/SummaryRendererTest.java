package dev.harbor.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary renderer alone: render, read the PDF back, and check what it says. */
class SummaryRendererTest {

	@Test
	void every_section_is_there_with_its_figures() throws IOException {
		String text = text(SummaryRenderer.render(TestSummaries.typical(), Paper.A4));

		assertThat(text).contains("Session summary", "Client: Noor Haddad (HB-7KQ2MX)", "Clinician: Maya Okafor")
			.contains("Homework", "Paced breathing", "every day, 3 minutes", "71 %", "5.7 \u2192 2.7")
			.contains("Trigger diary", "Entries: 3", "Feeling safe (2)", "Fear (3)", "Looked for reassurance (2)")
			.contains("Flagged for this session", "No reply all evening")
			.contains("Corrective experiences", "Average drop of the feared belief: 50.0", "80 %", "30 %",
					"Asking early works")
			.contains("Session note", "Focus: the evenings.", "Plan: keep the walk before texting.")
			.contains("Homework for the next period", "Paced breathing, every day")
			.contains("Confidential: clinical information. Keep it safe.", "Page 1 of 2", "Page 2 of 2");
	}

	@Test
	void an_empty_period_renders_and_says_so() throws IOException {
		String text = text(SummaryRenderer.render(TestSummaries.emptyPeriod(), Paper.A4));

		assertThat(text).contains("No homework in this period.", "No diary entries in this period.",
				"No corrective experiences in this period.", "No note yet.", "No homework planned.");
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
		String html = "<script>alert('x')</script><b>bold?</b>";
		byte[] pdf = SummaryRenderer.render(
				TestSummaries.withNote(arabic + "\n" + hebrew + "\n" + chinese + "\n" + html + "\nSad 😔 today"),
				Paper.A4);

		String text = text(pdf);
		assertThat(text).contains(arabic, hebrew, html, "Sad");
		// DejaVu has no Chinese or emoji glyphs: they print as visible boxes, never break
		// the file.
		assertThat(text).contains("\u25A1");
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
