package dev.harbor.homework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One step in an assignment's history: assigned (active), paused, resumed (active again),
 * completed or stopped, and from which day. Never edited.
 */
@Entity
@Immutable
class AssignmentStatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private @Nullable Long id;

	@Column(nullable = false)
	private long assignmentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AssignmentStatus status;

	@Column(nullable = false)
	private LocalDate effectiveOn;

	@Column(nullable = false)
	private Instant changedAt;

	@Column(nullable = false)
	private long changedBy;

	protected AssignmentStatusChange() {
	}

	AssignmentStatusChange(long assignmentId, AssignmentStatus status, LocalDate effectiveOn, Instant changedAt,
			long changedBy) {
		this.assignmentId = assignmentId;
		this.status = status;
		this.effectiveOn = effectiveOn;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
	}

	long getAssignmentId() {
		return assignmentId;
	}

	StatusChangeView view() {
		return new StatusChangeView(status, effectiveOn, changedAt);
	}

	@Override
	public String toString() {
		return "AssignmentStatusChange#" + id;
	}

}
