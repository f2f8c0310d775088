package dev.harbor.report;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns a {@link Handout} into PDF bytes: one section per exercise, then an empty log
 * table with a row per day until the next session (its header repeated on each page), to
 * be filled in by hand. Pure: everything it prints is in the record.
 */
final class HandoutRenderer {

	private static final float BODY = 10.5f;

	/** Room to write by hand in each row of the log. */
	private static final float ROW = 24;

	/** Rows for a step's tries: a few a week is plenty. */
	private static final int LADDER_ROWS = 8;

	private HandoutRenderer() {
	}

	static byte[] render(Handout handout, Paper paper) {
		try (PdfCanvas pdf = new PdfCanvas(paper)) {
			Handout.Labels words = handout.labels();
			DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
				.withLocale(handout.locale());
			pdf.paragraph(words.title(), 18, true);
			pdf.paragraph(words.forClient() + ": " + handout.clientLabel(), 11, true);
			pdf.paragraph(
					words.period() + ": " + dates.format(handout.from()) + " \u2013 " + dates.format(handout.until())
							+ " \u00B7 " + handout.clinicianName() + ", " + handout.practiceName(),
					BODY, false);
			if (handout.exercises().isEmpty()) {
				pdf.space(8);
				pdf.paragraph(words.none(), BODY, false);
			}
			int days = (int) ChronoUnit.DAYS.between(handout.from(), handout.until()) + 1;
			for (Handout.Exercise exercise : handout.exercises()) {
				exercise(pdf, words, exercise, days);
			}
			for (Handout.LadderStep ladder : handout.ladders()) {
				ladder(pdf, ladder);
			}
			return pdf.finish(words.confidential(), words.pageOf());
		}
	}

	private static void exercise(PdfCanvas pdf, Handout.Labels words, Handout.Exercise exercise, int days) {
		pdf.heading(exercise.name(), 14);
		pdf.paragraph(exercise.purpose(), BODY, false);
		pdf.space(4);
		for (int i = 0; i < exercise.steps().size(); i++) {
			pdf.paragraph((i + 1) + ". " + exercise.steps().get(i), BODY, false);
		}
		pdf.space(4);
		pdf.paragraph(words.howOften() + ": " + exercise.plan(), BODY, true);
		if (exercise.note() != null && !exercise.note().isBlank()) {
			pdf.paragraph(words.noteFrom() + ": " + exercise.note(), BODY, false);
		}
		pdf.space(6);
		keepWithTable(pdf);
		pdf.paragraph(words.logHeading() + " (" + words.scale() + ")", BODY, true);
		pdf.space(4);
		List<String> header = new ArrayList<>(List.of(words.date(), words.minutes(), words.before(), words.after()));
		header.addAll(exercise.prompts());
		header.add(words.notes());
		pdf.table(header, widths(header.size()), Collections.nCopies(days, Collections.nCopies(header.size(), "")), 8,
				ROW);
	}

	/**
	 * The step the client is on now, then a ruled log for the tries before the next
	 * session.
	 */
	private static void ladder(PdfCanvas pdf, Handout.LadderStep ladder) {
		pdf.heading(ladder.heading(), 14);
		ladder.lines().forEach(line -> pdf.paragraph(line, BODY, false));
		pdf.space(6);
		keepWithTable(pdf);
		pdf.paragraph(ladder.logHeading(), BODY, true);
		pdf.space(4);
		pdf.table(ladder.columns(), new float[] { 0.13f, 0.1f, 0.1f, 0.1f, 0.1f, 0.12f, 0.35f },
				Collections.nCopies(LADDER_ROWS, Collections.nCopies(ladder.columns().size(), "")), 8, ROW);
	}

	/**
	 * A log's heading starts a new page unless its table's header and first rows fit
	 * under it: a heading alone at the foot of a page reads as if the log were missing.
	 */
	private static void keepWithTable(PdfCanvas pdf) {
		pdf.need(3 * BODY * 1.4f + 3 * ROW);
	}

	/** Date and numbers narrow, the client's own answers wide. */
	private static float[] widths(int columns) {
		float[] widths = new float[columns];
		float fixed = 0.13f + 0.1f + 0.09f + 0.09f;
		widths[0] = 0.13f;
		widths[1] = 0.1f;
		widths[2] = 0.09f;
		widths[3] = 0.09f;
		for (int i = 4; i < columns; i++) {
			widths[i] = (1 - fixed) / (columns - 4);
		}
		return widths;
	}

}
