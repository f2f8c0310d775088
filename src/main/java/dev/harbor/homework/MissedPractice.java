package dev.harbor.homework;

import java.time.Instant;
import java.time.LocalDate;

import dev.harbor.common.AbstractEntity;
import dev.harbor.common.EnteredBy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** A planned practice that did not happen, and why, as noted in session. */
@Entity
class MissedPractice extends AbstractEntity {

	static final int NOTE_MAX = MissedView.NOTE_MAX;

	@Column(nullable = false)
	private long assignmentId;

	@Column(nullable = false)
	private LocalDate missedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private MissedReason reason;

	@Column(length = NOTE_MAX)
	private @Nullable String note;

	@Column(nullable = false)
	private long enteredBy;

	@Column(nullable = false)
	private Instant enteredAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private EnteredBy enteredByKind = EnteredBy.CLINICIAN;

	protected MissedPractice() {
	}

	MissedPractice(long assignmentId, LocalDate missedOn, MissedReason reason, @Nullable String note, long enteredBy,
			Instant enteredAt) {
		this.assignmentId = assignmentId;
		this.missedOn = missedOn;
		this.reason = reason;
		this.note = note;
		this.enteredBy = enteredBy;
		this.enteredAt = enteredAt;
	}

	/** Noted by the client in the portal. */
	static MissedPractice byClient(long assignmentId, LocalDate missedOn, MissedReason reason, @Nullable String note,
			long account, Instant enteredAt) {
		MissedPractice missed = new MissedPractice(assignmentId, missedOn, reason, note, account, enteredAt);
		missed.enteredByKind = EnteredBy.CLIENT;
		return missed;
	}

	long getAssignmentId() {
		return assignmentId;
	}

	MissedView view() {
		return new MissedView(requireId(), missedOn, reason, note);
	}

}
