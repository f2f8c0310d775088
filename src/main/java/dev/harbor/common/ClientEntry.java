package dev.harbor.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * What every entry a client writes shares (a diary entry, a corrective experience): whose
 * it is, when it happened on the client's clock, who entered it and when it reached
 * Harbor, when it was last corrected, and the clinician's review.
 */
@MappedSuperclass
public abstract class ClientEntry extends AbstractEntity {

	@Column(nullable = false)
	private long clientId;

	@Column(nullable = false)
	private LocalDateTime happenedAt;

	@Column(nullable = false)
	private LocalDate happenedOn;

	@Column(nullable = false)
	private long enteredBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private EnteredBy enteredByKind;

	@Column(nullable = false)
	private Instant enteredAt;

	private @Nullable Instant changedAt;

	/**
	 * The client's own wish to talk about it at the next session (not the clinician's
	 * flag).
	 */
	@Column(nullable = false)
	private boolean bringToSession;

	@Embedded
	private EntryReview review = new EntryReview();

	protected ClientEntry() {
	}

	protected ClientEntry(long clientId, long enteredBy, EnteredBy enteredByKind, Instant enteredAt) {
		this.clientId = clientId;
		this.enteredBy = enteredBy;
		this.enteredByKind = enteredByKind;
		this.enteredAt = enteredAt;
	}

	protected void happened(LocalDateTime when) {
		this.happenedAt = when;
		this.happenedOn = when.toLocalDate();
	}

	protected void corrected(Instant now) {
		this.changedAt = now;
	}

	public long getClientId() {
		return clientId;
	}

	public LocalDateTime getHappenedAt() {
		return happenedAt;
	}

	public long getEnteredBy() {
		return enteredBy;
	}

	public EnteredBy getEnteredByKind() {
		return enteredByKind;
	}

	public Instant getEnteredAt() {
		return enteredAt;
	}

	public boolean bringsToSession() {
		return bringToSession;
	}

	protected void bringToSession(boolean wanted) {
		this.bringToSession = wanted;
	}

	public EntryReview review() {
		return review;
	}

}
