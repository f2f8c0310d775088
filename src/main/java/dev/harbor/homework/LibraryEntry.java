package dev.harbor.homework;

import org.jspecify.annotations.Nullable;

/**
 * An exercise in the library as a clinician sees it.
 *
 * @param version the template's version (0 for built-ins), for editing
 * @param ownerName who wrote it, for a colleague's shared exercise; null otherwise
 */
public record LibraryEntry(TemplateRef ref, Origin origin, long version, boolean shared, @Nullable String ownerName,
		ExerciseText text) {

	/** Where an exercise comes from, which decides what the clinician may do with it. */
	public enum Origin {

		BUILT_IN, MINE, COLLEAGUE

	}

	public boolean isEditable() {
		return origin == Origin.MINE;
	}

}
