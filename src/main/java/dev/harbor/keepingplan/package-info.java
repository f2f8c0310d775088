/**
 * Keeping what was built: a plan the clinician and client write together, before
 * discharge or at any time, of what helped most, the early signs that old patterns are
 * returning, what to do then, who to turn to and when to come back. Harbor drafts it from
 * the record; it prints for the client and shows in their portal once shared.
 */
@NullMarked
package dev.harbor.keepingplan;

import org.jspecify.annotations.NullMarked;
