package dev.harbor.homework;

import java.time.Instant;
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
 * A clinician's own exercise, private to them unless shared with the practice. Archived,
 * never deleted: assignments keep their own copy of the words, so archiving takes it out
 * of the library and nothing else.
 */
@Entity
class ExerciseTemplate extends AbstractEntity {

	@Column(nullable = false)
	private long ownerId;

	@Column(nullable = false)
	private boolean shared;

	@Column(nullable = false)
	private boolean archived;

	@Column(length = 40)
	private @Nullable String copiedFrom;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private ExerciseCategory category;

	@Column(nullable = false, length = ExerciseText.NAME_MAX)
	private String name;

	@Column(nullable = false, length = ExerciseText.PURPOSE_MAX)
	private String purpose;

	@Column(nullable = false)
	private int startMinutes;

	@Embedded
	private StoredRhythm rhythm;

	@ElementCollection
	@CollectionTable(name = "exercise_template_step", joinColumns = @JoinColumn(name = "template_id"))
	@OrderColumn(name = "position")
	@Column(name = "text", nullable = false, length = ExerciseText.STEP_MAX)
	private List<String> steps = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "exercise_template_prompt", joinColumns = @JoinColumn(name = "template_id"))
	@OrderColumn(name = "position")
	@Column(name = "text", nullable = false, length = ExerciseText.PROMPT_MAX)
	private List<String> prompts = new ArrayList<>();

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant changedAt;

	protected ExerciseTemplate() {
	}

	ExerciseTemplate(long ownerId, ExerciseText text, @Nullable String copiedFrom, Instant now) {
		this.ownerId = ownerId;
		this.copiedFrom = copiedFrom;
		this.createdAt = now;
		rewrite(text, now);
	}

	void rewrite(ExerciseText text, Instant now) {
		this.category = text.category();
		this.name = text.name();
		this.purpose = text.purpose();
		this.startMinutes = text.startMinutes();
		this.rhythm = new StoredRhythm(text.rhythm());
		this.steps.clear();
		this.steps.addAll(text.steps());
		this.prompts.clear();
		this.prompts.addAll(text.prompts());
		this.changedAt = now;
	}

	void share(boolean shared, Instant now) {
		this.shared = shared;
		this.changedAt = now;
	}

	void archive(Instant now) {
		this.archived = true;
		this.changedAt = now;
	}

	long getOwnerId() {
		return ownerId;
	}

	boolean isShared() {
		return shared;
	}

	boolean isArchived() {
		return archived;
	}

	ExerciseText text() {
		return new ExerciseText(category, name, purpose, steps, prompts, startMinutes, rhythm.rhythm());
	}

}
