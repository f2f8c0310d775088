package dev.harbor.common;

import org.jspecify.annotations.Nullable;

/**
 * The rules every free text shares: it fits its limit (counted after trimming) and holds
 * no invisible control characters other than line breaks and tabs, which PostgreSQL would
 * refuse (a NUL byte) or a printout would not show.
 */
public final class FreeText {

	public static final String TOO_LONG = "text.rule.tooLong";

	public static final String CONTROL_CHARACTERS = "text.rule.controlCharacters";

	private FreeText() {
	}

	/** The translation key of what is wrong with the text, or nothing when it is fine. */
	public static @Nullable String problem(@Nullable String text, int max) {
		if (text == null) {
			return null;
		}
		if (text.strip().length() > max) {
			return TOO_LONG;
		}
		return hasControlCharacters(text, true) ? CONTROL_CHARACTERS : null;
	}

	/**
	 * Whether the text holds invisible control characters; line breaks and tabs count
	 * only where the text is a single line (a name, an address).
	 */
	public static boolean hasControlCharacters(String text, boolean lineBreaksAllowed) {
		return text.codePoints()
			.anyMatch(c -> Character.isISOControl(c) && !(lineBreaksAllowed && (c == '\n' || c == '\r' || c == '\t')));
	}

	/** Trimmed, and nothing at all when only blanks are left. */
	public static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
