package dev.harbor.client;

import java.math.BigDecimal;
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
 * One reading of the two dials on a given day. Never edited: a later view is a new
 * position, so the history stays whole.
 */
@Entity
@Immutable
public class AttachmentPosition {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private @Nullable Long id;

	@Column(nullable = false)
	private long clientId;

	@Column(nullable = false, precision = 2, scale = 1)
	private BigDecimal anxiety;

	@Column(nullable = false, precision = 2, scale = 1)
	private BigDecimal avoidance;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Relationship relationship;

	@Column(nullable = false)
	private LocalDate observedOn;

	@Column(nullable = false)
	private Instant recordedAt;

	@Column(nullable = false)
	private long recordedBy;

	protected AttachmentPosition() {
	}

	AttachmentPosition(long clientId, NewPosition position, Instant recordedAt, long recordedBy) {
		this.clientId = clientId;
		this.anxiety = position.anxiety();
		this.avoidance = position.avoidance();
		this.relationship = position.relationship();
		this.observedOn = position.observedOn();
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	PositionView view() {
		return new PositionView(anxiety, avoidance, relationship, observedOn);
	}

	@Override
	public String toString() {
		return "AttachmentPosition#" + id;
	}

}
