package dev.harbor.reading;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A reading as it stands for one client.
 *
 * @param givenAt when it was given; empty when it is not (or no longer) in their portal
 */
public record ReadingView(Reading reading, @Nullable Instant givenAt) {

	public boolean given() {
		return givenAt != null;
	}

}
