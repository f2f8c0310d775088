package dev.harbor.review;

import java.time.Instant;

import dev.harbor.common.AdditionView;
import dev.harbor.audit.AuditSubject;
import dev.harbor.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a client added to one of their entries after the clinician had reviewed it. The
 * entry stays as it was reviewed; this is kept next to it, and both are shown.
 */
@Entity
class EntryAddition extends AbstractEntity {

	static final int TEXT_MAX = AdditionView.TEXT_MAX;

	@Column(nullable = false)
	private long clientId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private AuditSubject subject;

	@Column(nullable = false)
	private long entryId;

	@Column(nullable = false, length = TEXT_MAX)
	private String text;

	@Column(nullable = false)
	private long writtenBy;

	@Column(nullable = false)
	private Instant writtenAt;

	protected EntryAddition() {
	}

	EntryAddition(long clientId, AuditSubject subject, long entryId, String text, long writtenBy, Instant writtenAt) {
		this.clientId = clientId;
		this.subject = subject;
		this.entryId = entryId;
		this.text = text;
		this.writtenBy = writtenBy;
		this.writtenAt = writtenAt;
	}

	long entryId() {
		return entryId;
	}

	AdditionView view() {
		return new AdditionView(text, writtenAt);
	}

}
