package dev.harbor.ladder;

import java.time.Instant;

import dev.harbor.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * One change to a ladder, kept for its history: what changed, and the step as it became
 * (its place and its words), so an earlier version of a step can always be read back.
 * Written once, never changed.
 */
@Entity
class LadderChange extends AbstractEntity {

	/** What a change did. Stored by name. */
	enum What {

		STARTED, GOAL, ANCHORS, STEP_ADDED, STEP_CHANGED, STEP_MOVED, STEP_SPLIT, STEP_SET_ASIDE, STEP_BACK, NOW_ON,
		LADDER_SET_ASIDE, LADDER_BACK

	}

	@Column(nullable = false)
	private long ladderId;

	private @Nullable Long stepId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private What what;

	private @Nullable Integer position;

	@Column(length = NewStep.ACTION_MAX)
	private @Nullable String action;

	@Column(length = NewStep.DOSE_MAX)
	private @Nullable String dose;

	@Column(length = NewStep.FEARED_MAX)
	private @Nullable String feared;

	private @Nullable Integer likelihood;

	private @Nullable Integer predictedDistress;

	@Column(nullable = false)
	private long changedBy;

	@Column(nullable = false)
	private Instant changedAt;

	protected LadderChange() {
	}

	private LadderChange(long ladderId, What what, long changedBy, Instant changedAt) {
		this.ladderId = ladderId;
		this.what = what;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	static LadderChange ofLadder(Ladder ladder, What what, long by, Instant at) {
		return new LadderChange(ladder.requireId(), what, by, at);
	}

	static LadderChange ofStep(LadderStep step, What what, long by, Instant at) {
		LadderChange change = new LadderChange(step.getLadderId(), what, by, at);
		change.stepId = step.requireId();
		change.position = step.getPosition();
		NewStep words = step.words();
		change.action = words.action();
		change.dose = words.dose();
		change.feared = words.feared();
		change.likelihood = words.likelihood();
		change.predictedDistress = words.predictedDistress();
		return change;
	}

	long getChangedBy() {
		return changedBy;
	}

	LadderChangeView view(String byName) {
		return new LadderChangeView(changedAt, what.name(), position,
				action == null ? null : new NewStep(action, dose, feared, likelihood, predictedDistress), byName);
	}

}
