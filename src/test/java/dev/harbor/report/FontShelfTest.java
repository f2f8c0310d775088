package dev.harbor.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fonts parsed once and lent to one document at a time: documents drawn together on many
 * threads, and one after another, each come out whole, in every script, and the shelf
 * keeps only a few idle copies.
 */
class FontShelfTest {

	static final String EVERY_SCRIPT = "لم يرد على رسالتي\nהוא לא ענה לי\n他没有回复我\nSad 😔 today, Zoë";

	@Test
	void documents_drawn_at_once_on_many_threads_each_come_out_whole() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		List<Future<String>> drawn = new ArrayList<>();
		for (int i = 0; i < 48; i++) {
			SessionSummary summary = i % 2 == 0 ? TestSummaries.withNote(EVERY_SCRIPT) : TestSummaries.typical();
			drawn.add(threads.submit(() -> text(SummaryRenderer.render(summary, Paper.A4))));
		}
		threads.shutdown();

		for (int i = 0; i < drawn.size(); i++) {
			String text = drawn.get(i).get();
			if (i % 2 == 0) {
				assertThat(text).contains("لم يرد على رسالتي", "הוא לא ענה לי", "他没有回复我", "Sad 😔 today, Zoë")
					.doesNotContain("\u25A1");
			}
			else {
				assertThat(text).isEqualTo(text(SummaryRenderer.render(TestSummaries.typical(), Paper.A4)));
			}
		}
		assertThat(FontShelf.idleCopies("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")).isBetween(1,
				FontShelf.IDLE);
		assertThat(FontShelf.idleCopies("/fonts/droid/DroidSansFallback.ttf")).isBetween(1, FontShelf.IDLE);
	}

	@Test
	void a_font_given_back_serves_the_next_document_just_as_well() throws IOException {
		String first = text(SummaryRenderer.render(TestSummaries.withNote(EVERY_SCRIPT), Paper.A4));
		String second = text(SummaryRenderer.render(TestSummaries.withNote(EVERY_SCRIPT), Paper.LETTER));
		String third = text(SummaryRenderer.render(TestSummaries.withNote(EVERY_SCRIPT), Paper.A4));

		assertThat(first).contains("他没有回复我", "😔").isEqualTo(second).isEqualTo(third);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
