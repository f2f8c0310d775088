/**
 * The client portal's doorway on the clinician's side: inviting a client (a link, a
 * printed letter, an e-mail), where their access stands, and ending it. The portal's own
 * pages belong to the features whose records they write; this package holds their frame
 * (decision 0030).
 */
@NullMarked
package dev.harbor.portal;

import org.jspecify.annotations.NullMarked;
