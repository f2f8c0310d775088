package dev.harbor.ladder;

import java.time.Instant;

import dev.harbor.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * A client's ladder: the goal in their words, what kind it is, the anchors of their
 * distress scale and the step they are on now. Its steps are {@link LadderStep}s; set
 * aside, never deleted.
 */
@Entity
class Ladder extends AbstractEntity {

	@Column(nullable = false)
	private long clientId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private LadderKind kind;

	@Column(nullable = false, length = LadderRules.GOAL_MAX)
	private String goal;

	@Column(length = Anchors.TEXT_MAX)
	private @Nullable String anchorCalm;

	@Column(length = Anchors.TEXT_MAX)
	private @Nullable String anchorQuarter;

	@Column(length = Anchors.TEXT_MAX)
	private @Nullable String anchorHalf;

	@Column(length = Anchors.TEXT_MAX)
	private @Nullable String anchorThreeQuarters;

	@Column(length = Anchors.TEXT_MAX)
	private @Nullable String anchorWorst;

	private @Nullable Long currentStepId;

	@Column(nullable = false)
	private long createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	private @Nullable Instant setAsideAt;

	/** When a step last changed: a change to a step is a change to the ladder. */
	private @Nullable Instant changedAt;

	protected Ladder() {
	}

	Ladder(long clientId, LadderKind kind, String goal, long createdBy, Instant createdAt) {
		this.clientId = clientId;
		this.kind = kind;
		this.goal = goal;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	long getClientId() {
		return clientId;
	}

	LadderKind getKind() {
		return kind;
	}

	String getGoal() {
		return goal;
	}

	@Nullable Long getCurrentStepId() {
		return currentStepId;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	@Nullable Instant getSetAsideAt() {
		return setAsideAt;
	}

	Anchors anchors() {
		return new Anchors(anchorCalm, anchorQuarter, anchorHalf, anchorThreeQuarters, anchorWorst);
	}

	void rename(String goal) {
		this.goal = goal;
	}

	void anchor(Anchors anchors) {
		this.anchorCalm = anchors.calm();
		this.anchorQuarter = anchors.quarter();
		this.anchorHalf = anchors.half();
		this.anchorThreeQuarters = anchors.threeQuarters();
		this.anchorWorst = anchors.worst();
	}

	void nowOn(@Nullable Long stepId) {
		this.currentStepId = stepId;
	}

	/** A step changed: the ladder's version moves on with it. */
	void touch(Instant now) {
		this.changedAt = now;
	}

	void setAside(@Nullable Instant when) {
		this.setAsideAt = when;
	}

}
