package dev.harbor.therapysession;

import java.time.Instant;
import java.time.LocalDateTime;

import dev.harbor.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

/**
 * One session with a client. Its note is a draft until signed; a signed note never
 * changes again (amendments are rows of their own).
 */
@Entity
class TherapySession extends AbstractEntity {

	@Column(nullable = false)
	private long clientId;

	@Column(nullable = false)
	private LocalDateTime startsAt;

	@Column(nullable = false)
	private int minutes;

	@Column(length = SessionNote.PART_MAX)
	private @Nullable String focus;

	@Column(length = SessionNote.PART_MAX)
	private @Nullable String interventions;

	@Column(length = SessionNote.PART_MAX)
	private @Nullable String clientResponse;

	@Column(length = SessionNote.PART_MAX)
	private @Nullable String plan;

	@Column(length = SessionNote.PART_MAX)
	private @Nullable String relationshipStrain;

	@Column(length = SessionNote.PART_MAX)
	private @Nullable String relationshipRepair;

	private @Nullable Instant draftSavedAt;

	private @Nullable Instant signedAt;

	private @Nullable Long signedBy;

	@Column(nullable = false)
	private long createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	protected TherapySession() {
	}

	TherapySession(long clientId, LocalDateTime startsAt, int minutes, long createdBy, Instant createdAt) {
		this.clientId = clientId;
		this.startsAt = startsAt;
		this.minutes = minutes;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void saveDraft(SessionNote note, Instant now) {
		if (isSigned()) {
			throw new IllegalStateException("Session " + getId() + " is signed");
		}
		this.focus = note.focus();
		this.interventions = note.interventions();
		this.clientResponse = note.clientResponse();
		this.plan = note.plan();
		this.relationshipStrain = note.relationshipStrain();
		this.relationshipRepair = note.relationshipRepair();
		this.draftSavedAt = now;
	}

	void sign(long by, Instant now) {
		this.signedAt = now;
		this.signedBy = by;
	}

	boolean isSigned() {
		return signedAt != null;
	}

	long getClientId() {
		return clientId;
	}

	LocalDateTime getStartsAt() {
		return startsAt;
	}

	@Nullable Long getSignedBy() {
		return signedBy;
	}

	SessionNote note() {
		return new SessionNote(focus, interventions, clientResponse, plan, relationshipStrain, relationshipRepair);
	}

	@Nullable Instant getDraftSavedAt() {
		return draftSavedAt;
	}

	@Nullable Instant getSignedAt() {
		return signedAt;
	}

	int getMinutes() {
		return minutes;
	}

}
