package dev.harbor.reading;

import java.time.Instant;

import dev.harbor.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * A reading given to a client, so it shows in their portal. Taking it back hides it and
 * keeps the row: when it was given stays on record.
 */
@Entity
class GivenReading extends AbstractEntity {

	@Column(nullable = false)
	private long clientId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private Reading reading;

	@Column(nullable = false)
	private Instant givenAt;

	@Column(nullable = false)
	private long givenBy;

	private @Nullable Instant withdrawnAt;

	protected GivenReading() {
	}

	GivenReading(long clientId, Reading reading, long givenBy, Instant now) {
		this.clientId = clientId;
		this.reading = reading;
		this.givenBy = givenBy;
		this.givenAt = now;
	}

	/** Given (again): it shows in the portal from now. */
	void give(long by, Instant now) {
		this.givenBy = by;
		this.givenAt = now;
		this.withdrawnAt = null;
	}

	void withdraw(Instant now) {
		this.withdrawnAt = now;
	}

	Reading getReading() {
		return reading;
	}

	boolean isShown() {
		return withdrawnAt == null;
	}

	ReadingView view() {
		return new ReadingView(reading, isShown() ? givenAt : null);
	}

}
