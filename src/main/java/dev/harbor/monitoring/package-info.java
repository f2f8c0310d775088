/**
 * What operators watch: Vaadin sessions and UIs open, the time of Vaadin's round trips,
 * sign-in failures and PDF rendering, as Micrometer meters on the management port. Tags
 * hold kinds and reasons only, never a person or a client.
 */
@NullMarked
package dev.harbor.monitoring;

import org.jspecify.annotations.NullMarked;
