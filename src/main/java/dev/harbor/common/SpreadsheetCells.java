package dev.harbor.common;

import org.jspecify.annotations.Nullable;

/**
 * Text bound for a CSV file that a spreadsheet will open: a cell that it would read as a
 * formula (it starts with =, +, -, @, a tab or a carriage return) gets a leading
 * apostrophe, so opening an export never runs what someone typed.
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	public static @Nullable String guarded(@Nullable String cell) {
		if (cell == null || cell.isEmpty()) {
			return cell;
		}
		return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}

}
