package dev.harbor.ladder;

import java.time.Instant;

import dev.harbor.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

/** One step of a ladder, at its place in the order; set aside, never deleted. */
@Entity
class LadderStep extends AbstractEntity {

	@Column(nullable = false)
	private long ladderId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = NewStep.ACTION_MAX)
	private String action;

	@Column(length = NewStep.DOSE_MAX)
	private @Nullable String dose;

	@Column(nullable = false, length = NewStep.FEARED_MAX)
	private String feared;

	@Column(nullable = false)
	private int likelihood;

	@Column(nullable = false)
	private int predictedDistress;

	private @Nullable Instant setAsideAt;

	protected LadderStep() {
	}

	LadderStep(long ladderId, int position, NewStep step) {
		this.ladderId = ladderId;
		this.position = position;
		change(step);
	}

	void change(NewStep step) {
		this.action = step.action();
		this.dose = step.dose();
		this.feared = step.feared();
		this.likelihood = step.likelihood();
		this.predictedDistress = step.predictedDistress();
	}

	long getLadderId() {
		return ladderId;
	}

	int getPosition() {
		return position;
	}

	void moveTo(int position) {
		this.position = position;
	}

	boolean isSetAside() {
		return setAsideAt != null;
	}

	void setAside(@Nullable Instant when) {
		this.setAsideAt = when;
	}

	NewStep words() {
		return new NewStep(action, dose, feared, likelihood, predictedDistress);
	}

	int getPredictedDistress() {
		return predictedDistress;
	}

}
