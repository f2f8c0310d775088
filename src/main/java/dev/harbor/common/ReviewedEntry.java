package dev.harbor.common;

import org.jspecify.annotations.Nullable;

/** What a screen needs of an entry's review to show it and to change it. */
public interface ReviewedEntry {

	long id();

	long version();

	boolean reviewed();

	boolean flagged();

	@Nullable String comment();

	/** The session in which the entry was gone through, if it was. */
	@Nullable Long reviewedInSession();

}
