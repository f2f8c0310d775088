package dev.harbor.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.harbor.common.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.jspecify.annotations.Nullable;

/**
 * One exercise given to one client, with its plan. The exercise's words are copied in at
 * assignment (decision 0011), so improving a template later never changes what this
 * client was given. Ends as completed or stopped; never deleted.
 */
@Entity
class HomeworkAssignment extends AbstractEntity {

	static final int NOTE_MAX = NewAssignment.NOTE_MAX;

	@Column(nullable = false)
	private long clientId;

	@Column(length = 40)
	private @Nullable String builtInKey;

	private @Nullable Long templateId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private ExerciseCategory category;

	@Column(nullable = false, length = ExerciseText.NAME_MAX)
	private String name;

	@Column(nullable = false, length = ExerciseText.PURPOSE_MAX)
	private String purpose;

	@ElementCollection
	@CollectionTable(name = "homework_assignment_step", joinColumns = @JoinColumn(name = "assignment_id"))
	@OrderColumn(name = "position")
	@Column(name = "text", nullable = false, length = ExerciseText.STEP_MAX)
	private List<String> steps = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "homework_assignment_prompt", joinColumns = @JoinColumn(name = "assignment_id"))
	@OrderColumn(name = "position")
	@Column(name = "text", nullable = false, length = ExerciseText.PROMPT_MAX)
	private List<String> prompts = new ArrayList<>();

	@Column(nullable = false)
	private LocalDate startDate;

	private @Nullable LocalDate endDate;

	@Embedded
	private StoredRhythm rhythm;

	@Column(nullable = false)
	private int targetMinutes;

	private @Nullable Integer progressionMinutes;

	private @Nullable Integer progressionCap;

	@Column(length = NOTE_MAX)
	private @Nullable String personalNote;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AssignmentStatus status = AssignmentStatus.ACTIVE;

	@Column(nullable = false)
	private long assignedBy;

	@Column(nullable = false)
	private Instant assignedAt;

	private @Nullable Long assignedInSession;

	protected HomeworkAssignment() {
	}

	HomeworkAssignment(long clientId, TemplateRef source, ExerciseText text, NewAssignment plan, long assignedBy,
			Instant assignedAt) {
		this.clientId = clientId;
		switch (source) {
			case TemplateRef.BuiltIn builtIn -> this.builtInKey = builtIn.key();
			case TemplateRef.Own own -> this.templateId = own.templateId();
		}
		this.category = text.category();
		this.name = text.name();
		this.purpose = text.purpose();
		this.steps.addAll(text.steps());
		this.prompts.addAll(text.prompts());
		this.startDate = plan.start();
		this.endDate = plan.end();
		this.rhythm = new StoredRhythm(plan.rhythm());
		this.targetMinutes = plan.targetMinutes();
		if (plan.progression() != null) {
			this.progressionMinutes = plan.progression().stepMinutes();
			this.progressionCap = plan.progression().capMinutes();
		}
		this.personalNote = plan.personalNote();
		this.assignedBy = assignedBy;
		this.assignedAt = assignedAt;
	}

	/** Given in a session: the session shows it among what was agreed. */
	void assignedIn(long sessionId) {
		this.assignedInSession = sessionId;
	}

	@Nullable Long getAssignedInSession() {
		return assignedInSession;
	}

	long getClientId() {
		return clientId;
	}

	AssignmentStatus getStatus() {
		return status;
	}

	LocalDate getStartDate() {
		return startDate;
	}

	@Nullable LocalDate getEndDate() {
		return endDate;
	}

	int getTargetMinutes() {
		return targetMinutes;
	}

	Rhythm rhythm() {
		return rhythm.rhythm();
	}

	@Nullable Progression progression() {
		return progressionMinutes == null || progressionCap == null ? null
				: new Progression(progressionMinutes, progressionCap);
	}

	@Nullable String getBuiltInKey() {
		return builtInKey;
	}

	@Nullable String getPersonalNote() {
		return personalNote;
	}

	List<String> prompts() {
		return List.copyOf(prompts);
	}

	/** The words as the client was given them, with this plan's rhythm and minutes. */
	ExerciseText text() {
		return new ExerciseText(category, name, purpose, steps, prompts, targetMinutes, rhythm.rhythm());
	}

	void changeStatus(AssignmentStatus status) {
		this.status = status;
	}

}
