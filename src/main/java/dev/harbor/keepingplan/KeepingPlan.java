package dev.harbor.keepingplan;

import java.time.Instant;

import dev.harbor.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

/**
 * One client's plan for keeping what was built. One per client, changed in place with its
 * version checked; the audit trail keeps who changed it when.
 */
@Entity
class KeepingPlan extends AbstractEntity {

	@Column(nullable = false, unique = true)
	private long clientId;

	@Column(length = PlanText.PART_MAX)
	private @Nullable String helpedMost;

	@Column(length = PlanText.PART_MAX)
	private @Nullable String earlySigns;

	@Column(length = PlanText.PART_MAX)
	private @Nullable String whatToDo;

	@Column(length = PlanText.PART_MAX)
	private @Nullable String whoToTurnTo;

	@Column(length = PlanText.PART_MAX)
	private @Nullable String whenToComeBack;

	@Column(nullable = false)
	private boolean shared;

	@Column(nullable = false)
	private Instant savedAt;

	@Column(nullable = false)
	private long savedBy;

	protected KeepingPlan() {
	}

	KeepingPlan(long clientId, PlanText text, long by, Instant now) {
		this.clientId = clientId;
		write(text, by, now);
	}

	final void write(PlanText text, long by, Instant now) {
		this.helpedMost = text.helpedMost();
		this.earlySigns = text.earlySigns();
		this.whatToDo = text.whatToDo();
		this.whoToTurnTo = text.whoToTurnTo();
		this.whenToComeBack = text.whenToComeBack();
		this.savedBy = by;
		this.savedAt = now;
	}

	void share(boolean shared, long by, Instant now) {
		this.shared = shared;
		this.savedBy = by;
		this.savedAt = now;
	}

	boolean isShared() {
		return shared;
	}

	PlanText text() {
		return new PlanText(helpedMost, earlySigns, whatToDo, whoToTurnTo, whenToComeBack);
	}

	PlanView view() {
		return new PlanView(clientId, getVersion(), text(), shared, savedAt);
	}

}
