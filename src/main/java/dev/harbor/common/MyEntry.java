package dev.harbor.common;

import java.util.List;

/**
 * One of a client's own entries as they see it in the portal: what they wrote, whether
 * they want to bring it to the next session, whether their clinician has read it, and
 * what they added since.
 *
 * @param <R> what was written: a diary entry, a corrective experience
 */
public interface MyEntry<R> {

	long id();

	long version();

	/** What the client wrote. */
	R words();

	boolean bringToSession();

	boolean reviewed();

	List<AdditionView> additions();

}
