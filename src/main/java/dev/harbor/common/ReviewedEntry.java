package dev.harbor.common;

import java.time.Instant;

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

	/** Who typed it in: the clinician, or the client in the portal. */
	EnteredBy enteredBy();

	/** When it reached Harbor. */
	Instant enteredAt();

}
