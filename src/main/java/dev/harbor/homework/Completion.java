package dev.harbor.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import dev.harbor.common.EnteredBy;
import dev.harbor.common.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * One practice of an assignment. {@code happenedAt} is the client's own clock (when they
 * did it, as they tell it); {@code enteredAt} is when it reached Harbor. Corrected in
 * place under optimistic locking; never deleted, only struck out with a reason.
 */
@Entity
class Completion extends AbstractEntity {

	static final int NOTE_MAX = NewCompletion.NOTE_MAX;

	static final int ANSWER_MAX = NewCompletion.ANSWER_MAX;

	static final int REASON_MAX = NewCompletion.STRIKE_REASON_MAX;

	static final int MINUTES_MAX = NewCompletion.MINUTES_MAX;

	@Column(nullable = false)
	private long assignmentId;

	@Column(nullable = false)
	private long clientId;

	@Column(nullable = false)
	private LocalDateTime happenedAt;

	@Column(nullable = false)
	private LocalDate happenedOn;

	@Column(nullable = false)
	private int minutes;

	@Column(nullable = false)
	private int distressBefore;

	@Column(nullable = false)
	private int distressAfter;

	@ElementCollection
	@BatchSize(size = 50)
	@CollectionTable(name = "completion_answer", joinColumns = @JoinColumn(name = "completion_id"))
	@OrderColumn(name = "position")
	@Column(name = "text", nullable = false, length = ANSWER_MAX)
	private List<String> answers = new ArrayList<>();

	@Column(length = NOTE_MAX)
	private @Nullable String note;

	@Column(nullable = false)
	private long enteredBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private EnteredBy enteredByKind;

	@Column(nullable = false)
	private Instant enteredAt;

	private @Nullable Instant changedAt;

	@Column(nullable = false)
	private boolean struckOut;

	@Column(length = REASON_MAX)
	private @Nullable String struckReason;

	private @Nullable Long struckBy;

	private @Nullable Instant struckAt;

	protected Completion() {
	}

	Completion(long assignmentId, long clientId, NewCompletion practice, long enteredBy, EnteredBy kind,
			Instant enteredAt) {
		this.assignmentId = assignmentId;
		this.clientId = clientId;
		this.enteredBy = enteredBy;
		this.enteredByKind = kind;
		this.enteredAt = enteredAt;
		fill(practice);
	}

	void correct(NewCompletion practice, Instant now) {
		fill(practice);
		this.changedAt = now;
	}

	void strikeOut(String reason, long by, Instant now) {
		this.struckOut = true;
		this.struckReason = reason;
		this.struckBy = by;
		this.struckAt = now;
	}

	long getAssignmentId() {
		return assignmentId;
	}

	long getEnteredBy() {
		return enteredBy;
	}

	boolean isStruckOut() {
		return struckOut;
	}

	long getClientId() {
		return clientId;
	}

	CompletionView view(String enteredByName) {
		return view(enteredByName, answers);
	}

	/**
	 * With the answers read beside it on a page of the log, so they are not loaded again.
	 */
	CompletionView view(String enteredByName, List<String> answersInOrder) {
		return new CompletionView(requireId(), getVersion(), assignmentId, happenedAt, minutes, distressBefore,
				distressAfter, answersInOrder, note, enteredByName, enteredByKind, enteredAt, changedAt, struckOut,
				struckReason);
	}

	private void fill(NewCompletion practice) {
		this.happenedAt = practice.happenedAt();
		this.happenedOn = practice.happenedAt().toLocalDate();
		this.minutes = practice.minutes();
		this.distressBefore = practice.distressBefore();
		this.distressAfter = practice.distressAfter();
		this.answers.clear();
		this.answers.addAll(practice.answers());
		this.note = practice.note();
	}

}
