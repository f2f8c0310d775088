/**
 * Short readings a clinician gives a client: the facts behind the work, in warm and plain
 * words, in the client's language, in the portal and as a one-page PDF each. The texts
 * live in {@code i18n/readings*.properties}; this feature keeps which were given to whom.
 */
@NullMarked
package dev.harbor.reading;

import org.jspecify.annotations.NullMarked;
