package dev.harbor.ladder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.harbor.common.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.jspecify.annotations.Nullable;

/**
 * A clinician's own starting ladder: a name, a kind and its steps, private to them unless
 * shared with the practice, like their own exercises. Archived, never deleted; holds no
 * client's words once saved from a ladder only if the clinician keeps them.
 */
@Entity
class LadderTemplate extends AbstractEntity {

	@Column(nullable = false)
	private long ownerId;

	@Column(nullable = false)
	private boolean shared;

	@Column(nullable = false, length = LadderRules.NAME_MAX)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private LadderKind kind;

	@Column(nullable = false)
	private Instant createdAt;

	private @Nullable Instant archivedAt;

	@ElementCollection
	@CollectionTable(name = "ladder_template_step", joinColumns = @JoinColumn(name = "template_id"))
	@OrderColumn(name = "position")
	private List<Step> steps = new ArrayList<>();

	/** A step as the template keeps it. */
	@Embeddable
	static class Step {

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

		protected Step() {
		}

		Step(NewStep step) {
			this.action = step.action();
			this.dose = step.dose();
			this.feared = step.feared();
			this.likelihood = step.likelihood();
			this.predictedDistress = step.predictedDistress();
		}

		NewStep words() {
			return new NewStep(action, dose, feared, likelihood, predictedDistress);
		}

	}

	protected LadderTemplate() {
	}

	LadderTemplate(long ownerId, boolean shared, String name, LadderKind kind, List<NewStep> steps, Instant now) {
		this.ownerId = ownerId;
		this.shared = shared;
		this.name = name;
		this.kind = kind;
		this.createdAt = now;
		steps.forEach(step -> this.steps.add(new Step(step)));
	}

	long getOwnerId() {
		return ownerId;
	}

	boolean isShared() {
		return shared;
	}

	boolean isArchived() {
		return archivedAt != null;
	}

	void archive(Instant now) {
		this.archivedAt = now;
	}

	LadderTemplateView view(String ownerName, long viewer) {
		return new LadderTemplateView(LadderTemplateView.OWN + requireId(), name, kind, false, shared, ownerName,
				ownerId == viewer, steps.stream().map(Step::words).toList());
	}

}
