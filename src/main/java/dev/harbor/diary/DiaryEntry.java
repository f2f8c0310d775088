package dev.harbor.diary;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * One moment in a client's trigger diary. The sets (feelings, behaviours, needs, traps)
 * are rows of their own, so SQL can filter and count by them; they load in batches for a
 * page of entries.
 */
@Entity
class DiaryEntry extends ClientEntry {

	private @Nullable LocalDateTime writtenAt;

	@Column(nullable = false, length = NewDiaryEntry.SITUATION_MAX)
	private String situation;

	@Column(length = NewDiaryEntry.THOUGHTS_MAX)
	private @Nullable String thoughts;

	@ElementCollection
	@BatchSize(size = 50)
	@CollectionTable(name = "diary_feeling", joinColumns = @JoinColumn(name = "entry_id"))
	@MapKeyEnumerated(EnumType.STRING)
	@MapKeyColumn(name = "feeling", length = 20)
	@Column(name = "intensity", nullable = false)
	private Map<Feeling, Integer> feelings = new HashMap<>();

	@Column(length = NewDiaryEntry.BODY_MAX)
	private @Nullable String body;

	@ElementCollection
	@BatchSize(size = 50)
	@CollectionTable(name = "diary_behaviour", joinColumns = @JoinColumn(name = "entry_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "behaviour", nullable = false, length = 30)
	private Set<Behaviour> behaviours = new HashSet<>();

	@ElementCollection
	@BatchSize(size = 50)
	@CollectionTable(name = "diary_need", joinColumns = @JoinColumn(name = "entry_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "need", nullable = false, length = 20)
	private Set<Need> needs = new HashSet<>();

	@ElementCollection
	@BatchSize(size = 50)
	@CollectionTable(name = "diary_trap", joinColumns = @JoinColumn(name = "entry_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "trap", nullable = false, length = 30)
	private Set<ThinkingTrap> traps = new HashSet<>();

	@Column(length = NewDiaryEntry.TRIED_MAX)
	private @Nullable String triedInstead;

	@Column(length = NewDiaryEntry.WENT_MAX)
	private @Nullable String howItWent;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DiaryRelationship relationship;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DiarySource source;

	protected DiaryEntry() {
	}

	DiaryEntry(long clientId, NewDiaryEntry entry, DiarySource source, long enteredBy, Instant enteredAt) {
		super(clientId, enteredBy, EnteredBy.CLINICIAN, enteredAt);
		this.source = source;
		fill(entry);
	}

	/** An entry the client wrote in the portal. */
	static DiaryEntry byClient(long clientId, NewDiaryEntry entry, boolean bringToSession, long account,
			Instant enteredAt) {
		DiaryEntry written = new DiaryEntry(clientId, entry, account, enteredAt);
		written.bringToSession(bringToSession);
		return written;
	}

	private DiaryEntry(long clientId, NewDiaryEntry entry, long account, Instant enteredAt) {
		super(clientId, account, EnteredBy.CLIENT, enteredAt);
		this.source = DiarySource.TYPED;
		fill(entry);
	}

	void correctByClient(NewDiaryEntry entry, boolean bringToSession, Instant now) {
		correct(entry, now);
		bringToSession(bringToSession);
	}

	void correct(NewDiaryEntry entry, Instant now) {
		fill(entry);
		corrected(now);
	}

	DiaryEntryView view(EntryExtras extras) {
		return view(extras, new DiaryAnswers(feelings, behaviours, needs, traps));
	}

	/**
	 * A row of a diary page: its sets were read beside it, so they are not loaded again.
	 */
	static DiaryEntryView ofRow(EntryRow<DiaryEntry, DiaryAnswers> row, EntryExtras extras) {
		return row.entry().view(extras, row.answers());
	}

	private DiaryEntryView view(EntryExtras extras, DiaryAnswers answers) {
		NewDiaryEntry entry = new NewDiaryEntry(getHappenedAt(), writtenAt, situation, thoughts,
				answers.feelings().isEmpty() ? Map.of() : new EnumMap<>(answers.feelings()), body,
				answers.behaviours().isEmpty() ? Set.of() : EnumSet.copyOf(answers.behaviours()),
				answers.needs().isEmpty() ? Set.of() : EnumSet.copyOf(answers.needs()),
				answers.traps().isEmpty() ? Set.of() : EnumSet.copyOf(answers.traps()), triedInstead, howItWent,
				relationship);
		return new DiaryEntryView(requireId(), getVersion(), getClientId(), entry, source, extras.enteredByName(),
				getEnteredByKind(), getEnteredAt(), review().reviewedAt(), review().comment(), review().isFlagged(),
				review().reviewedInSession(), bringsToSession(), extras.additions());
	}

	private void fill(NewDiaryEntry entry) {
		happened(entry.happenedAt());
		this.writtenAt = entry.writtenAt();
		this.situation = entry.situation();
		this.thoughts = entry.thoughts();
		this.feelings.clear();
		this.feelings.putAll(entry.feelings());
		this.body = entry.body();
		this.behaviours.clear();
		this.behaviours.addAll(entry.behaviours());
		this.needs.clear();
		this.needs.addAll(entry.needs());
		this.traps.clear();
		this.traps.addAll(entry.traps());
		this.triedInstead = entry.triedInstead();
		this.howItWent = entry.howItWent();
		this.relationship = entry.relationship();
	}

}
