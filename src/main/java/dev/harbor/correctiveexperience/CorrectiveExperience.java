package dev.harbor.correctiveexperience;

import java.time.Instant;
import java.time.LocalDateTime;
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
 * One entry of a client's corrective-experience log. Corrected in place, never deleted.
 */
@Entity
class CorrectiveExperience extends ClientEntry {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Setting setting;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private Risk risk;

	@Column(nullable = false, length = NewExperience.TEXT_MAX)
	private String feared;

	@Column(nullable = false)
	private int beliefBefore;

	@Column(nullable = false, length = NewExperience.TEXT_MAX)
	private String whatHappened;

	@Column(nullable = false)
	private int beliefAfter;

	@Column(length = NewExperience.TEXT_MAX)
	private @Nullable String learned;

	@ElementCollection
	@BatchSize(size = 50)
	@CollectionTable(name = "corrective_learning", joinColumns = @JoinColumn(name = "experience_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "learning", nullable = false, length = 20)
	private Set<Learning> learnedAbout = new HashSet<>();

	@Column(length = NewExperience.BODY_MAX)
	private @Nullable String body;

	@ElementCollection
	@BatchSize(size = 50)
	@CollectionTable(name = "corrective_repair_step", joinColumns = @JoinColumn(name = "experience_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "step", nullable = false, length = 30)
	private Set<RepairStep> repairSteps = new HashSet<>();

	protected CorrectiveExperience() {
	}

	CorrectiveExperience(long clientId, NewExperience experience, long enteredBy, Instant enteredAt) {
		this(clientId, experience, enteredBy, EnteredBy.CLINICIAN, enteredAt);
	}

	private CorrectiveExperience(long clientId, NewExperience experience, long enteredBy, EnteredBy kind,
			Instant enteredAt) {
		super(clientId, enteredBy, kind, enteredAt);
		fill(experience);
	}

	/** An experience the client logged in the portal. */
	static CorrectiveExperience byClient(long clientId, NewExperience experience, boolean bringToSession, long account,
			Instant enteredAt) {
		CorrectiveExperience logged = new CorrectiveExperience(clientId, experience, account, EnteredBy.CLIENT,
				enteredAt);
		logged.bringToSession(bringToSession);
		return logged;
	}

	void correctByClient(NewExperience experience, boolean bringToSession, Instant now) {
		correct(experience, now);
		bringToSession(bringToSession);
	}

	void correct(NewExperience experience, Instant now) {
		fill(experience);
		corrected(now);
	}

	ExperienceView view(EntryExtras extras) {
		return view(extras, learnedAbout, repairSteps);
	}

	/** A row of a page: its sets were read beside it, so they are not loaded again. */
	static ExperienceView ofRow(EntryRow<CorrectiveExperience, ExperienceAnswers> row, EntryExtras extras) {
		return row.entry().view(extras, row.answers().learnedAbout(), row.answers().repairSteps());
	}

	private ExperienceView view(EntryExtras extras, Set<Learning> learnings, Set<RepairStep> steps) {
		NewExperience experience = new NewExperience(getHappenedAt(), setting, risk, feared, beliefBefore, whatHappened,
				beliefAfter, learned, learnings.isEmpty() ? Set.of() : EnumSet.copyOf(learnings), body,
				steps.isEmpty() ? Set.of() : EnumSet.copyOf(steps));
		return new ExperienceView(requireId(), getVersion(), getClientId(), experience, extras.enteredByName(),
				getEnteredByKind(), getEnteredAt(), review().reviewedAt(), review().comment(), review().isFlagged(),
				review().reviewedInSession(), bringsToSession(), extras.additions());
	}

	private void fill(NewExperience experience) {
		happened(experience.happenedAt());
		this.setting = experience.setting();
		this.risk = experience.risk();
		this.feared = experience.feared();
		this.beliefBefore = experience.beliefBefore();
		this.whatHappened = experience.whatHappened();
		this.beliefAfter = experience.beliefAfter();
		this.learned = experience.learned();
		this.learnedAbout.clear();
		this.learnedAbout.addAll(experience.learnedAbout());
		this.body = experience.body();
		this.repairSteps.clear();
		this.repairSteps.addAll(experience.repairSteps());
	}

}
