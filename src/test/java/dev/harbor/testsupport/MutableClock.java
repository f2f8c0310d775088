package dev.harbor.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that tests move forward instead of sleeping, in the practice's time zone (UTC
 * unless a test moves the practice). Starts at the real time.
 */
public class MutableClock extends Clock {

	private volatile Instant now = Instant.now();

	private volatile ZoneId zone = ZoneOffset.UTC;

	public void advance(Duration duration) {
		now = now.plus(duration);
	}

	public void reset() {
		now = Instant.now();
		zone = ZoneOffset.UTC;
	}

	public void set(Instant instant) {
		now = instant;
	}

	/** Puts the practice in another time zone, as HARBOR_TIME_ZONE does. */
	public void setZone(ZoneId zone) {
		this.zone = zone;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("Harbor's clock has one zone, the practice's");
	}

	@Override
	public Instant instant() {
		return now;
	}

}
