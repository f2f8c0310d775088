package dev.harbor.report;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A sheet of words for the client to keep: a reading, or the plan for keeping what was
 * built. Everything is already in the client's language; the renderer only lays it out.
 *
 * @param subtitle for whom, from whom, and when, in one line
 * @param sections in order; a section with no paragraphs prints ruled lines to write on
 * @param closing a line set apart at the end, such as that setbacks are expected
 * @param footer the line at the foot of every page
 * @param pageOf "page {0} of {1}" in the client's language
 */
public record Printout(String title, @Nullable String subtitle, List<Section> sections, @Nullable String closing,
		String footer, String pageOf) {

	public Printout {
		sections = List.copyOf(sections);
	}

	/** A heading (optional) and its paragraphs. */
	public record Section(@Nullable String heading, List<String> paragraphs) {

		public Section {
			paragraphs = List.copyOf(paragraphs);
		}

		@Override
		public String toString() {
			return "Section[paragraphs=" + paragraphs.size() + "]";
		}

	}

	/** Counts only: a printout carries a client's own words. */
	@Override
	public String toString() {
		return "Printout[sections=" + sections.size() + "]";
	}

}
