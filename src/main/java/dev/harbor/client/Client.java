package dev.harbor.client;

import dev.harbor.common.i18n.Language;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import dev.harbor.common.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import org.jspecify.annotations.Nullable;

/**
 * A person in therapy with one clinician. {@link AbstractEntity#toString} prints only the
 * id: a name must never reach a log line.
 */
@Entity
public class Client extends AbstractEntity {

	public static final int DISPLAY_NAME_MAX = 120;

	public static final int REFERENCE_CODE_MAX = 12;

	public static final int EMAIL_MAX = 254;

	public static final int PHONE_MAX = 40;

	public static final int PATTERN_NOTE_MAX = 500;

	@Column(nullable = false)
	private long clinicianId;

	@Column(nullable = false, length = DISPLAY_NAME_MAX)
	private String displayName;

	@Column(nullable = false, unique = true, length = REFERENCE_CODE_MAX)
	private String referenceCode;

	private @Nullable LocalDate dateOfBirth;

	@Column(length = EMAIL_MAX)
	private @Nullable String email;

	@Column(length = PHONE_MAX)
	private @Nullable String phone;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ClientStatus status = ClientStatus.ACTIVE;

	@Column(nullable = false)
	private LocalDate startDate;

	private @Nullable LocalDate dischargedOn;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant lastActivityAt;

	@Column(precision = 2, scale = 1)
	private @Nullable BigDecimal currentAnxiety;

	@Column(precision = 2, scale = 1)
	private @Nullable BigDecimal currentAvoidance;

	@ElementCollection
	@CollectionTable(name = "client_pattern", joinColumns = @JoinColumn(name = "client_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "pattern", nullable = false, length = 40)
	private Set<ClientPattern> patterns = EnumSet.noneOf(ClientPattern.class);

	@Column(length = PATTERN_NOTE_MAX)
	private @Nullable String patternNote;

	@Column(nullable = false, length = 5)
	@Convert(converter = Language.Column.class)
	private Language language = Language.ENGLISH;

	protected Client() {
	}

	Client(long clinicianId, NewClient details, String referenceCode, Instant createdAt) {
		this.clinicianId = clinicianId;
		this.displayName = details.displayName();
		this.dateOfBirth = details.dateOfBirth();
		this.email = details.email();
		this.phone = details.phone();
		this.referenceCode = referenceCode;
		this.startDate = details.startDate();
		this.language = details.language();
		this.createdAt = createdAt;
		this.lastActivityAt = createdAt;
	}

	void changeProfile(ProfileChanges changes, Instant now) {
		this.displayName = changes.displayName();
		this.dateOfBirth = changes.dateOfBirth();
		this.email = changes.email();
		this.phone = changes.phone();
		this.language = changes.language();
		this.startDate = changes.startDate();
		touch(now);
	}

	/**
	 * A discharge keeps the day it happened (for how long the record is kept); resuming
	 * care clears it.
	 */
	void changeStatus(ClientStatus status, Instant now, LocalDate today) {
		if (status != ClientStatus.DISCHARGED) {
			this.dischargedOn = null;
		}
		else if (this.status != ClientStatus.DISCHARGED) {
			this.dischargedOn = today;
		}
		this.status = status;
		touch(now);
	}

	void moveTo(NewPosition position, Instant now) {
		this.currentAnxiety = position.anxiety();
		this.currentAvoidance = position.avoidance();
		touch(now);
	}

	void changePatterns(Set<ClientPattern> patterns, @Nullable String note, Instant now) {
		this.patterns.clear();
		this.patterns.addAll(patterns);
		this.patternNote = note;
		touch(now);
	}

	void reassignTo(long clinicianId, Instant now) {
		this.clinicianId = clinicianId;
		touch(now);
	}

	/**
	 * Marks the record as worked on; also bumps the version, so concurrent edits collide.
	 */
	void touch(Instant now) {
		this.lastActivityAt = now;
	}

	Set<ClientPattern> getPatterns() {
		return patterns.isEmpty() ? EnumSet.noneOf(ClientPattern.class) : EnumSet.copyOf(patterns);
	}

	Language getLanguage() {
		return language;
	}

	@Nullable String getPatternNote() {
		return patternNote;
	}

	@Nullable BigDecimal getCurrentAnxiety() {
		return currentAnxiety;
	}

	@Nullable BigDecimal getCurrentAvoidance() {
		return currentAvoidance;
	}

	public long getClinicianId() {
		return clinicianId;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getReferenceCode() {
		return referenceCode;
	}

	public @Nullable LocalDate getDateOfBirth() {
		return dateOfBirth;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public @Nullable LocalDate getDischargedOn() {
		return dischargedOn;
	}

	public ClientStatus getStatus() {
		return status;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public Instant getLastActivityAt() {
		return lastActivityAt;
	}

}
