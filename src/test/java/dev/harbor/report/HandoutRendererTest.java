package dev.harbor.report;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The client handout renderer alone. */
class HandoutRendererTest {

	static final Handout.Labels LABELS = new Handout.Labels("Your practice between sessions", "For", "From",
			"No exercises for now.", "How often", "A note from your clinician", "Your log", "Date", "Minutes", "Before",
			"After", "Anything you noticed", "0 = calm, 10 = the most", "Private: your own notes.", "Page {0} of {1}");

	@Test
	void each_exercise_has_its_steps_plan_note_and_a_log_row_per_day_with_the_header_on_every_page()
			throws IOException {
		Handout handout = new Handout(LABELS, Locale.ENGLISH, "Harbor Practice", "Maya Okafor", "Noor Haddad",
				LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 17), Instant.parse("2026-11-20T09:00:00Z"), List.of(
						new Handout.Exercise("Paced breathing", "Slow breathing that settles the body.",
								List.of("Breathe in while counting to 4.", "Hold for 4.",
										"Breathe out while counting to 6."),
								"every day, 3 minutes", "Try it after breakfast.", List.of("How many rounds you did")),
						new Handout.Exercise("Safe-place visualisation", "A calm place in your mind.",
								List.of("Picture a calm place."), "3 times a week, 3 minutes", null, List.of())));

		byte[] pdf = HandoutRenderer.render(handout, Paper.A4);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Your practice between sessions", "For: Noor Haddad", "Paced breathing",
					"1. Breathe in while counting to 4.", "3. Breathe out while counting to 6.",
					"How often: every day, 3 minutes", "A note from your clinician: Try it after breakfast.",
					"How many rounds you did", "Safe-place visualisation", "Private: your own notes.");
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(2);
			assertThat(text).contains("Page " + pages + " of " + pages);
			for (int page = 2; page <= pages; page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				assertThat(stripper.getText(document)).contains("Date", "Minutes", "Anything you noticed");
			}
		}
	}

	@Test
	void a_client_without_active_homework_gets_a_kind_line_instead() throws IOException {
		Handout handout = new Handout(LABELS, Locale.ENGLISH, "Harbor Practice", "Maya Okafor", "Noor Haddad",
				LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 3), Instant.parse("2026-11-20T09:00:00Z"),
				List.of());

		try (PDDocument document = Loader.loadPDF(HandoutRenderer.render(handout, Paper.LETTER))) {
			assertThat(new PDFTextStripper().getText(document)).contains("No exercises for now.");
		}
	}

}
