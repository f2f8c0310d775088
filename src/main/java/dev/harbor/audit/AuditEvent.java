package dev.harbor.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail. Written once, never changed or removed; it names people
 * and records by id and holds no clinical text.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

	public static final int DETAIL_MAX = 200;

	public static final int ACTOR_MAX = 254;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private @Nullable Long id;

	@Column(nullable = false)
	private Instant occurredAt;

	private @Nullable Long actorId;

	@Column(nullable = false, length = ACTOR_MAX)
	private String actorLabel;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private AuditAction action;

	@Enumerated(EnumType.STRING)
	@Column(length = 40)
	private @Nullable AuditSubject subjectType;

	private @Nullable Long subjectId;

	private @Nullable Long clientId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AuditOutcome outcome;

	@Column(length = DETAIL_MAX)
	private @Nullable String detail;

	@Column(length = 64)
	private @Nullable String remoteAddress;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, @Nullable Long actorId, String actorLabel, AuditAction action,
			@Nullable AuditSubject subjectType, @Nullable Long subjectId, @Nullable Long clientId, AuditOutcome outcome,
			@Nullable String detail, @Nullable String remoteAddress) {
		this.occurredAt = occurredAt;
		this.actorId = actorId;
		this.actorLabel = truncate(actorLabel, ACTOR_MAX);
		this.action = action;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.clientId = clientId;
		this.outcome = outcome;
		this.detail = detail == null ? null : truncate(detail, DETAIL_MAX);
		this.remoteAddress = remoteAddress == null ? null : truncate(remoteAddress, 64);
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	public @Nullable Long getId() {
		return id;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public @Nullable Long getActorId() {
		return actorId;
	}

	public String getActorLabel() {
		return actorLabel;
	}

	public AuditAction getAction() {
		return action;
	}

	public @Nullable AuditSubject getSubjectType() {
		return subjectType;
	}

	public @Nullable Long getSubjectId() {
		return subjectId;
	}

	public @Nullable Long getClientId() {
		return clientId;
	}

	public AuditOutcome getOutcome() {
		return outcome;
	}

	public @Nullable String getDetail() {
		return detail;
	}

	public @Nullable String getRemoteAddress() {
		return remoteAddress;
	}

	@Override
	public String toString() {
		return "AuditEvent#" + id + "[" + action + " " + outcome + "]";
	}

}
