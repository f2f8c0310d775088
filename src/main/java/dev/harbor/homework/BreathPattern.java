package dev.harbor.homework;

import java.util.Optional;

/**
 * The counts of a breathing exercise, in seconds: in, hold, out. The portal's pacer
 * follows them.
 */
public record BreathPattern(int in, int hold, int out) {

	/** Paced breathing: in for 4, hold for 4, out for 6 (the library's own counts). */
	static final BreathPattern PACED = new BreathPattern(4, 4, 6);

	public int cycleSeconds() {
		return in + hold + out;
	}

	/** The pattern of a built-in exercise that has one. */
	static Optional<BreathPattern> ofBuiltIn(String key) {
		return "paced_breathing".equals(key) ? Optional.of(PACED) : Optional.empty();
	}

}
