package dev.harbor.report;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Lays a {@link Printout} out as PDF bytes, for the features whose services gather one
 * (the plan, the readings): they check who asks and audit the export; this only draws.
 * Pure, like every renderer here.
 */
public final class Printouts {

	private static final float BODY = 12;

	/** Lines to write on, under a part of a plan left empty. */
	private static final int RULED_LINES = 4;

	private static final float RULE_GAP = 22;

	private Printouts() {
	}

	public static byte[] render(Printout printout, Paper paper) {
		try (PdfCanvas pdf = new PdfCanvas(paper)) {
			pdf.paragraph(printout.title(), 18, true);
			if (printout.subtitle() != null) {
				pdf.paragraph(printout.subtitle(), 9.5f, false);
			}
			pdf.space(6);
			for (Printout.Section section : printout.sections()) {
				section(pdf, section);
			}
			if (printout.closing() != null) {
				pdf.space(10);
				pdf.paragraph(printout.closing(), BODY, true);
			}
			return pdf.finish(printout.footer(), printout.pageOf());
		}
	}

	private static void section(PdfCanvas pdf, Printout.Section section) {
		if (section.heading() != null) {
			pdf.heading(section.heading(), 13);
		}
		if (section.paragraphs().isEmpty()) {
			ruledLines(pdf);
			return;
		}
		for (String paragraph : section.paragraphs()) {
			pdf.paragraph(paragraph, BODY, false);
			pdf.space(5);
		}
	}

	/** Room to write by hand, in session or at home. */
	private static void ruledLines(PdfCanvas pdf) {
		pdf.drawing(RULED_LINES * RULE_GAP, (content, box) -> {
			try {
				content.setLineWidth(0.4f);
				for (int line = 1; line <= RULED_LINES; line++) {
					float y = box[1] - line * RULE_GAP;
					content.moveTo(box[0], y);
					content.lineTo(box[0] + box[2], y);
				}
				content.stroke();
			}
			catch (IOException failed) {
				throw new UncheckedIOException(failed);
			}
		});
	}

}
