package dev.harbor.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import org.jspecify.annotations.Nullable;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A page-flowing writer over PDFBox: text that wraps and moves to a new page when full,
 * tables whose header repeats on every page they cross, and room for vector drawings.
 * DejaVu fonts are embedded (subset), so every script they cover prints; Chinese,
 * Japanese and Korean come from Droid Sans Fallback and emoji from the black-and-white
 * Noto Emoji, each loaded only when a document needs it; Arabic letters are joined into
 * their contextual forms (ICU4J). Direction controls (such as a right-to-left override)
 * take effect, then they and the other invisible joiners are left out of the drawing.
 * Characters no font has print as a visible placeholder rather than failing the document
 * (decisions 0016 and 0019).
 */
final class PdfCanvas implements AutoCloseable {

	static final float MARGIN = 50;

	static final float FOOTER = 30;

	private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

	private static final String PLACEHOLDER = "\u25A1";

	private static final String FALLBACK = "/fonts/droid/DroidSansFallback.ttf";

	private static final String EMOJI = "/fonts/noto-emoji/NotoEmoji-Regular.ttf";

	/** The scripts the fallback font is loaded for; it is never tried for emoji. */
	private static final Set<Character.UnicodeScript> FALLBACK_SCRIPTS = EnumSet.of(Character.UnicodeScript.HAN,
			Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL,
			Character.UnicodeScript.BOPOMOFO);

	private static final ArabicShaping ARABIC = new ArabicShaping(
			ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

	/** Which font draws a character: the text's own, the fallback, or none. */
	private enum Drawn {

		PRIMARY, FALLBACK, EMOJI, NONE

	}

	/** A stretch of text drawn in one font. */
	private record Run(PDType0Font font, String text) {
	}

	private final PDDocument document = new PDDocument();

	/** The parsed fonts this document uses, by class-path location, lent by the shelf. */
	private final Map<String, TrueTypeFont> borrowed = new LinkedHashMap<>();

	private final PDRectangle size;

	private final PDType0Font regular;

	private final PDType0Font bold;

	private final Map<Integer, Drawn> drawn = new HashMap<>();

	/** Words measured so far at a size of one, in the regular and the bold face. */
	private final Map<String, Float> wordWidths = new HashMap<>();

	private final Map<String, Float> boldWordWidths = new HashMap<>();

	private @Nullable PDType0Font fallback;

	private @Nullable PDType0Font emoji;

	private PDPageContentStream content;

	private float y;

	PdfCanvas(Paper paper) {
		this.size = paper == Paper.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
		this.regular = font(FONTS + "DejaVuSans.ttf");
		this.bold = font(FONTS + "DejaVuSans-Bold.ttf");
		newPage();
	}

	float width() {
		return size.getWidth() - 2 * MARGIN;
	}

	float left() {
		return MARGIN;
	}

	float y() {
		return y;
	}

	/** Moves to a new page unless this much room is left above the footer. */
	void need(float height) {
		if (y - height < MARGIN + FOOTER) {
			newPage();
		}
	}

	void space(float points) {
		y -= points;
	}

	void heading(String text, float fontSize) {
		need(fontSize * 3 + 40);
		space(fontSize * 0.6f);
		paragraph(text, fontSize, true);
		space(fontSize * 0.3f);
	}

	/** Wrapped text across the full width. */
	void paragraph(String text, float fontSize, boolean strong) {
		for (String line : wrap(text, fontSize, strong, width())) {
			need(fontSize * 1.4f);
			y -= fontSize * 1.4f;
			write(line, left(), y, fontSize, strong);
		}
	}

	/**
	 * A table with the given column widths (fractions of the width). Rows wrap within
	 * their cells; the header repeats at the top of every page the table crosses.
	 */
	void table(List<String> header, float[] widths, List<List<String>> rows, float fontSize) {
		table(header, widths, rows, fontSize, 0);
	}

	/** As above, with every body row at least this tall (room to write by hand). */
	void table(List<String> header, float[] widths, List<List<String>> rows, float fontSize, float minRowHeight) {
		float[] columns = new float[widths.length];
		for (int i = 0; i < widths.length; i++) {
			columns[i] = widths[i] * width();
		}
		boolean ruled = minRowHeight > 0;
		row(header, columns, fontSize, true, 0, ruled);
		for (List<String> row : rows) {
			float height = Math.max(minRowHeight, rowHeight(row, columns, fontSize));
			if (y - height < MARGIN + FOOTER) {
				newPage();
				row(header, columns, fontSize, true, 0, ruled);
			}
			row(row, columns, fontSize, false, minRowHeight, ruled);
		}
		space(fontSize);
	}

	/**
	 * Reserves a block of the given height and hands its top-left corner to the drawer.
	 */
	void drawing(float height, BiConsumer<PDPageContentStream, float[]> draw) {
		need(height);
		float top = y;
		y -= height;
		draw.accept(content, new float[] { left(), top, width(), height });
	}

	/** Text at a place on the current page, e.g. a chart's label. */
	void label(String text, float x, float baseline, float fontSize) {
		write(text, x, baseline, fontSize, false);
	}

	float textWidth(String text, float fontSize) {
		return textWidth(text, fontSize, false);
	}

	/**
	 * Writes the footer (a line of text and "page n of m") on every page, then the bytes.
	 */
	byte[] finish(String confidential, String pageOfPattern) {
		try {
			content.close();
			int pages = document.getNumberOfPages();
			for (int i = 0; i < pages; i++) {
				PDPage page = document.getPage(i);
				try (PDPageContentStream footer = new PDPageContentStream(document, page,
						PDPageContentStream.AppendMode.APPEND, true)) {
					content = footer;
					float baseline = MARGIN - 10;
					footer.setLineWidth(0.5f);
					footer.moveTo(MARGIN, MARGIN + 4);
					footer.lineTo(size.getWidth() - MARGIN, MARGIN + 4);
					footer.stroke();
					write(confidential, MARGIN, baseline, 8, false);
					String pageOf = MessageFormat.format(pageOfPattern, i + 1, pages);
					write(pageOf, size.getWidth() - MARGIN - textWidth(pageOf, 8, false), baseline, 8, false);
				}
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	@Override
	public void close() {
		try {
			document.close();
		}
		catch (IOException ignored) {
			// Nothing was written to disk; the memory goes with the object.
		}
		finally {
			borrowed.forEach(FontShelf::giveBack);
			borrowed.clear();
		}
	}

	/** One row; a ruled row also gets lines between its cells, for writing in by hand. */
	private void row(List<String> cells, float[] columns, float fontSize, boolean header, float minHeight,
			boolean ruled) {
		float height = Math.max(minHeight, rowHeight(cells, columns, fontSize));
		float x = left();
		float top = y;
		for (int i = 0; i < columns.length; i++) {
			List<String> lines = wrap(i < cells.size() ? cells.get(i) : "", fontSize, header, columns[i] - 6);
			float baseline = top - fontSize * 1.3f;
			for (String line : lines) {
				write(line, x + 3, baseline, fontSize, header);
				baseline -= fontSize * 1.3f;
			}
			x += columns[i];
		}
		y -= height;
		try {
			content.setLineWidth(header ? 0.8f : 0.3f);
			content.moveTo(left(), y + 1);
			content.lineTo(left() + width(), y + 1);
			content.stroke();
			if (ruled) {
				content.setLineWidth(0.3f);
				float edge = left();
				for (int i = 0; i <= columns.length; i++) {
					content.moveTo(edge, y + 1);
					content.lineTo(edge, top);
					content.stroke();
					edge += i < columns.length ? columns[i] : 0;
				}
			}
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private float rowHeight(List<String> cells, float[] columns, float fontSize) {
		int lines = 1;
		for (int i = 0; i < columns.length && i < cells.size(); i++) {
			lines = Math.max(lines, wrap(cells.get(i), fontSize, false, columns[i] - 6).size());
		}
		return lines * fontSize * 1.3f + fontSize * 0.5f;
	}

	/** Words onto lines no wider than the width; a word longer than a line is cut. */
	private List<String> wrap(String text, float fontSize, boolean strong, float width) {
		List<String> lines = new ArrayList<>();
		// Split as typed: direction controls must reach write() to take effect there.
		// Widths add up word by word (joining and font runs never cross a space), so a
		// line is measured by its words, each once per document, not again for every
		// word.
		float space = wordWidth(" ", fontSize, strong);
		for (String paragraph : text.split("\\R", -1)) {
			StringBuilder line = new StringBuilder();
			float lineWidth = 0;
			for (String word : paragraph.split(" ")) {
				float wordWidth = wordWidth(word, fontSize, strong);
				float candidate = line.isEmpty() ? wordWidth : lineWidth + space + wordWidth;
				if (candidate <= width) {
					if (!line.isEmpty()) {
						line.append(' ');
					}
					line.append(word);
					lineWidth = candidate;
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				String rest = word;
				while (textWidth(rest, fontSize, strong) > width && rest.length() > 1) {
					// No glyph is narrower than a quarter of the font size: start near
					// the most that fits.
					int cut = Math.min(rest.length() - 1, (int) (width / (fontSize * 0.25f)));
					while (cut > 1 && textWidth(rest.substring(0, cut), fontSize, strong) > width) {
						cut--;
					}
					if (Character.isHighSurrogate(rest.charAt(cut - 1)) && cut > 1) {
						cut--;
					}
					lines.add(rest.substring(0, cut));
					rest = rest.substring(cut);
				}
				line.append(rest);
				lineWidth = textWidth(rest, fontSize, strong);
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private void write(String text, float x, float baseline, float fontSize, boolean strong) {
		try {
			content.beginText();
			content.newLineAtOffset(x, baseline);
			for (Run run : runs(printableText(visualOrder(shaped(text))), strong)) {
				content.setFont(run.font(), fontSize);
				content.showText(run.text());
			}
			content.endText();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** A word's width, measured once per document at a size of one and scaled. */
	private float wordWidth(String word, float fontSize, boolean strong) {
		return (strong ? boldWordWidths : wordWidths).computeIfAbsent(word, any -> textWidth(word, 1, strong))
				* fontSize;
	}

	private float textWidth(String text, float fontSize, boolean strong) {
		try {
			float width = 0;
			for (Run run : runs(printableText(shaped(text)), strong)) {
				width += run.font().getStringWidth(run.text()) / 1000 * fontSize;
			}
			return width;
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** Arabic letters in their joined forms, still in reading order; other text as is. */
	private static String shaped(String text) {
		if (text.codePoints()
			.noneMatch(codePoint -> Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.ARABIC)) {
			return text;
		}
		try {
			return ARABIC.shape(text);
		}
		catch (ArabicShapingException unshaped) {
			return text;
		}
	}

	/**
	 * What is drawn: invisible joiners and direction controls are left out (their work is
	 * done by then), and characters no font can draw become a visible box.
	 */
	private String printableText(String text) {
		StringBuilder printableText = new StringBuilder();
		text.codePoints().forEach(codePoint -> {
			if (codePoint == '\n' || codePoint == '\r') {
				printableText.appendCodePoint(codePoint);
			}
			else if (invisible(codePoint)) {
				return;
			}
			else if (Character.isISOControl(codePoint)) {
				printableText.append(' ');
			}
			else if (drawnBy(codePoint) != Drawn.NONE) {
				printableText.appendCodePoint(codePoint);
			}
			else {
				printableText.append(PLACEHOLDER);
			}
		});
		return printableText.toString();
	}

	/**
	 * Zero-width joiners, variation selectors, direction controls and the like: they
	 * shape or order the characters around them and draw nothing themselves.
	 */
	private static boolean invisible(int codePoint) {
		return Character.getType(codePoint) == Character.FORMAT || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
				|| (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
	}

	/** Printable text cut where it moves between the text's own font and another. */
	private List<Run> runs(String text, boolean strong) {
		PDType0Font own = strong ? bold : regular;
		List<Run> runs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		PDType0Font currentFont = own;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			PDType0Font font = switch (drawnBy(codePoint)) {
				case FALLBACK -> fallback;
				case EMOJI -> emoji;
				default -> own;
			};
			if (font != currentFont && !current.isEmpty()) {
				runs.add(new Run(currentFont, current.toString()));
				current.setLength(0);
			}
			currentFont = font;
			current.appendCodePoint(codePoint);
			i += Character.charCount(codePoint);
		}
		if (!current.isEmpty()) {
			runs.add(new Run(currentFont, current.toString()));
		}
		return runs;
	}

	private Drawn drawnBy(int codePoint) {
		if (codePoint == '\n' || codePoint == '\r' || Character.isISOControl(codePoint)) {
			return Drawn.PRIMARY;
		}
		return drawn.computeIfAbsent(codePoint, this::findFont);
	}

	private Drawn findFont(int codePoint) {
		String character = new String(Character.toChars(codePoint));
		if (encodes(regular, character) && encodes(bold, character)) {
			return Drawn.PRIMARY;
		}
		if (FALLBACK_SCRIPTS.contains(Character.UnicodeScript.of(codePoint))
				|| Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS) {
			if (fallback == null) {
				fallback = font(FALLBACK);
			}
			if (encodes(fallback, character)) {
				return Drawn.FALLBACK;
			}
		}
		if (pictograph(codePoint)) {
			if (emoji == null) {
				emoji = font(EMOJI);
			}
			if (encodes(emoji, character)) {
				return Drawn.EMOJI;
			}
		}
		return Drawn.NONE;
	}

	/** Symbols (emoji among them), skin-tone modifiers and the keycap mark. */
	private static boolean pictograph(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || type == Character.ENCLOSING_MARK;
	}

	private static boolean encodes(PDType0Font font, String character) {
		try {
			font.encode(character);
			return true;
		}
		catch (IOException | IllegalArgumentException missing) {
			return false;
		}
	}

	/**
	 * Right-to-left runs (Arabic, Hebrew) are laid out in the order they are read, as PDF
	 * text is drawn left to right; text extraction turns them back. ICU's bidi algorithm
	 * also honours the direction controls a client typed (overrides, embeddings,
	 * isolates), mirrors brackets inside right-to-left runs and keeps accents after their
	 * letters.
	 */
	private static String visualOrder(String text) {
		Bidi bidi = new Bidi(text, Bidi.LEVEL_DEFAULT_LTR);
		if (bidi.isLeftToRight()) {
			return text;
		}
		return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING);
	}

	private void newPage() {
		try {
			if (content != null) {
				content.close();
			}
			PDPage page = new PDPage(size);
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			y = size.getHeight() - MARGIN;
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** A font borrowed for this document; it goes back when the document is closed. */
	private PDType0Font font(String path) {
		TrueTypeFont parsed = FontShelf.borrow(path);
		borrowed.put(path, parsed);
		try {
			return PDType0Font.load(document, parsed, true);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

}
