package dev.harbor.ladder;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import dev.harbor.common.ClientEntry;
import dev.harbor.common.EnteredBy;
import dev.harbor.review.EntryExtras;
import dev.harbor.review.EntryRow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * One try of a ladder's step, with the prediction kept next to what happened. A client
 * entry like a diary entry: reviewed, commented and flagged the same way, written by the
 * clinician in session or by the client in the portal. Corrected in place, never deleted.
 */
@Entity
class LadderAttempt extends ClientEntry {

	@Column(nullable = false)
	private long ladderId;

	@Column(nullable = false)
	private long stepId;

	private @Nullable Integer minutes;

	@Column(nullable = false)
	private int predictedDistress;

	@Column(nullable = false)
	private int peakDistress;

	@Column(nullable = false)
	private int endDistress;

	@ElementCollection
	@BatchSize(size = 50)
	@CollectionTable(name = "ladder_safety_behaviour", joinColumns = @JoinColumn(name = "attempt_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "behaviour", nullable = false, length = 30)
	private Set<SafetyBehaviour> safetyBehaviours = new HashSet<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private FearedOutcome fearedHappened;

	@Column(length = NewAttempt.TEXT_MAX)
	private @Nullable String whatHappened;

	@Column(length = NewAttempt.TEXT_MAX)
	private @Nullable String learned;

	@Column(length = NewAttempt.SHORT_MAX)
	private @Nullable String body;

	@Column(length = NewAttempt.SHORT_MAX)
	private @Nullable String note;

	protected LadderAttempt() {
	}

	LadderAttempt(long clientId, long ladderId, NewAttempt attempt, long enteredBy, EnteredBy kind, Instant enteredAt) {
		super(clientId, enteredBy, kind, enteredAt);
		this.ladderId = ladderId;
		fill(attempt);
	}

	void correct(NewAttempt attempt, Instant now) {
		fill(attempt);
		corrected(now);
	}

	void wishToBring(boolean bring) {
		bringToSession(bring);
	}

	long getLadderId() {
		return ladderId;
	}

	long getStepId() {
		return stepId;
	}

	AttemptView view(EntryExtras extras) {
		return view(extras, safetyBehaviours);
	}

	/**
	 * A row of a page: its safety behaviours were read beside it, so they are not loaded
	 * again.
	 */
	static AttemptView ofRow(EntryRow<LadderAttempt, Set<SafetyBehaviour>> row, EntryExtras extras) {
		return row.entry().view(extras, row.answers());
	}

	private AttemptView view(EntryExtras extras, Set<SafetyBehaviour> behaviours) {
		NewAttempt words = new NewAttempt(getHappenedAt(), stepId, minutes, predictedDistress, peakDistress,
				endDistress, behaviours.isEmpty() ? Set.of() : EnumSet.copyOf(behaviours), fearedHappened, whatHappened,
				learned, body, note);
		return new AttemptView(requireId(), getVersion(), getClientId(), ladderId, words, extras.enteredByName(),
				getEnteredByKind(), getEnteredAt(), review().reviewedAt(), review().comment(), review().isFlagged(),
				review().reviewedInSession(), bringsToSession(), extras.additions());
	}

	private void fill(NewAttempt attempt) {
		happened(attempt.happenedAt());
		this.stepId = attempt.stepId();
		this.minutes = attempt.minutes();
		this.predictedDistress = attempt.predictedDistress();
		this.peakDistress = attempt.peakDistress();
		this.endDistress = attempt.endDistress();
		this.safetyBehaviours.clear();
		this.safetyBehaviours.addAll(attempt.safetyBehaviours());
		this.fearedHappened = attempt.fearedHappened();
		this.whatHappened = attempt.whatHappened();
		this.learned = attempt.learned();
		this.body = attempt.body();
		this.note = attempt.note();
	}

}
