package dev.harbor.client;

import java.time.Duration;
import java.time.Instant;

import dev.harbor.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

/**
 * When a clinician last had a client's record open. Opening it again within one sitting
 * (tab to tab, a reload) keeps the sitting going; opening it after a break starts a new
 * one, and the end of the last is what the page measures "new" against.
 */
@Entity
class ClientLook extends AbstractEntity {

	/** Opened again within this long, it is the same sitting. */
	static final Duration SITTING = Duration.ofMinutes(30);

	@Column(nullable = false)
	private long clinicianId;

	@Column(nullable = false)
	private long clientId;

	@Column(nullable = false)
	private Instant lookedAt;

	private @Nullable Instant lookedBefore;

	protected ClientLook() {
	}

	ClientLook(long clinicianId, long clientId, Instant now) {
		this.clinicianId = clinicianId;
		this.clientId = clientId;
		this.lookedAt = now;
	}

	/** The record is open again now. */
	void lookedAgain(Instant now) {
		if (lookedAt.plus(SITTING).isBefore(now)) {
			lookedBefore = lookedAt;
		}
		lookedAt = now;
	}

	/**
	 * The end of the clinician's previous sitting with the record; empty on the first.
	 */
	@Nullable Instant lookedBefore() {
		return lookedBefore;
	}

}
