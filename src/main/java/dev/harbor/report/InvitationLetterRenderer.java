package dev.harbor.report;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.nayuki.qrcodegen.QrCode;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws the one-page invitation letter: the words, then the link as a QR code made of
 * vector squares (sharp at any printer's resolution) with the link written beside it for
 * typing in by hand.
 */
final class InvitationLetterRenderer {

	private static final float BODY = 11.5f;

	/** The QR code's side on paper, about 5 cm: easy for any phone camera. */
	private static final float QR_SIDE = 140;

	/** The quiet zone scanners need around the code, in modules. */
	private static final int QUIET = 4;

	private InvitationLetterRenderer() {
	}

	static byte[] render(InvitationLetter letter, Paper paper) {
		try (PdfCanvas pdf = new PdfCanvas(paper)) {
			pdf.paragraph(letter.title(), 20, true);
			pdf.space(6);
			for (String paragraph : letter.paragraphs()) {
				pdf.paragraph(paragraph, BODY, false);
				pdf.space(6);
			}
			pdf.space(6);
			QrCode code = QrCode.encodeText(letter.link(), QrCode.Ecc.MEDIUM);
			pdf.drawing(QR_SIDE + 10, (content, box) -> drawCode(content, code, box[0], box[1]));
			pdf.space(4);
			pdf.paragraph(letter.linkLabel(), BODY, true);
			pdf.paragraph(letter.link(), 10, false);
			pdf.space(4);
			pdf.paragraph(letter.validUntil(), BODY, false);
			pdf.space(14);
			pdf.paragraph(letter.safety(), 10, true);
			return pdf.finish(letter.footer(), letter.pageOf());
		}
	}

	private static void drawCode(PDPageContentStream content, QrCode code, float left, float top) {
		int modules = code.size + 2 * QUIET;
		float module = QR_SIDE / modules;
		try {
			content.setNonStrokingColor(0f, 0f, 0f);
			// One rectangle per run of dark modules in a row: squares drawn
			// apart can show seams on screen, which a camera may misread.
			for (int y = 0; y < code.size; y++) {
				int x = 0;
				while (x < code.size) {
					if (!code.getModule(x, y)) {
						x++;
						continue;
					}
					int start = x;
					while (x < code.size && code.getModule(x, y)) {
						x++;
					}
					content.addRect(left + (start + QUIET) * module, top - (y + QUIET + 1) * module,
							(x - start) * module, module);
				}
			}
			content.fill();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

}
