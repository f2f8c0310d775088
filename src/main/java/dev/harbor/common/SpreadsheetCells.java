package dev.harbor.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Text bound for a CSV file that a spreadsheet will open, read the way the spreadsheet
 * expects: UTF-8 with a byte-order mark, and a cell that it would read as a formula (it
 * starts with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so
 * opening an export never runs what someone typed.
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	/**
	 * A UTF-8 writer for a CSV file that starts with a byte-order mark: without one,
	 * Excel reads the file in the machine's legacy code page and garbles accents, emoji
	 * and Arabic.
	 */
	public static Writer csvWriter(OutputStream out) throws IOException {
		Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		text.write('\uFEFF');
		return text;
	}

	public static @Nullable String guarded(@Nullable String cell) {
		if (cell == null || cell.isEmpty()) {
			return cell;
		}
		return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}

}
