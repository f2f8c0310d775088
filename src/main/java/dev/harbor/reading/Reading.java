package dev.harbor.reading;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import dev.harbor.common.i18n.Translatable;

/**
 * The readings Harbor ships, each under 400 words. Stored by name; the words are in the
 * readings bundle, one key per paragraph.
 */
public enum Reading implements Translatable {

	/** Attachment as two dials, not a box; it can differ per relationship. */
	TWO_DIALS(6),

	/** What the body does when closeness feels unsafe, and why calming it comes first. */
	BODY_FIRST(5),

	/** Why practice is small and often. */
	SMALL_AND_OFTEN(5),

	/** The aim is learning what happens, not feeling no fear. */
	LEARNING_NOT_FEARLESS(5),

	/** Setbacks are normal, and what to do when one comes. */
	SETBACKS(5);

	private final int paragraphs;

	Reading(int paragraphs) {
		this.paragraphs = paragraphs;
	}

	/** The reading's name in keys and addresses ({@code two_dials}). */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The title's key. */
	@Override
	public String translationKey() {
		return "reading." + key() + ".title";
	}

	/** One line under the title: what the reading is about. */
	public String leadKey() {
		return "reading." + key() + ".lead";
	}

	public List<String> paragraphKeys() {
		return IntStream.rangeClosed(1, paragraphs).mapToObj(n -> "reading." + key() + "." + n).toList();
	}

	public static Reading ofKey(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT));
	}

}
