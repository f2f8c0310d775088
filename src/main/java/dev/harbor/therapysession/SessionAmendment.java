package dev.harbor.therapysession;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A dated addition to a signed note. Never edited. */
@Entity
@Immutable
class SessionAmendment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private @Nullable Long id;

	@Column(nullable = false)
	private long sessionId;

	@Column(nullable = false, length = SessionNote.PART_MAX)
	private String text;

	@Column(nullable = false)
	private Instant addedAt;

	@Column(nullable = false)
	private long addedBy;

	protected SessionAmendment() {
	}

	SessionAmendment(long sessionId, String text, Instant addedAt, long addedBy) {
		this.sessionId = sessionId;
		this.text = text;
		this.addedAt = addedAt;
		this.addedBy = addedBy;
	}

	long getSessionId() {
		return sessionId;
	}

	long getAddedBy() {
		return addedBy;
	}

	AmendmentView view(String addedByName) {
		return new AmendmentView(id == null ? 0 : id, text, addedAt, addedByName);
	}

	@Override
	public String toString() {
		return "SessionAmendment#" + id;
	}

}
