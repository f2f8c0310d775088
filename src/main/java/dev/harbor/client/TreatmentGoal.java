package dev.harbor.client;

import java.time.Instant;

import dev.harbor.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A short goal the client and clinician work toward, with where it stands. */
@Entity
public class TreatmentGoal extends AbstractEntity {

	public static final int DESCRIPTION_MAX = 300;

	@Column(nullable = false)
	private long clientId;

	@Column(nullable = false, length = DESCRIPTION_MAX)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private GoalStatus status = GoalStatus.OPEN;

	@Column(nullable = false)
	private Instant createdAt;

	protected TreatmentGoal() {
	}

	TreatmentGoal(long clientId, String description, Instant createdAt) {
		this.clientId = clientId;
		this.description = description;
		this.createdAt = createdAt;
	}

	long getClientId() {
		return clientId;
	}

	void change(String description, GoalStatus status) {
		this.description = description;
		this.status = status;
	}

	GoalView view() {
		return new GoalView(requireId(), getVersion(), description, status);
	}

}
