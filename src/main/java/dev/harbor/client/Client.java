package dev.harbor.client;

import java.time.Instant;
import java.time.LocalDate;

import dev.harbor.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant lastActivityAt;

	protected Client() {
	}

	Client(long clinicianId, String displayName, String referenceCode, LocalDate startDate, Instant createdAt) {
		this.clinicianId = clinicianId;
		this.displayName = displayName;
		this.referenceCode = referenceCode;
		this.startDate = startDate;
		this.createdAt = createdAt;
		this.lastActivityAt = createdAt;
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

	void setDateOfBirth(@Nullable LocalDate dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
	}

	public @Nullable String getEmail() {
		return email;
	}

	void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	public ClientStatus getStatus() {
		return status;
	}

	void setStatus(ClientStatus status) {
		this.status = status;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getLastActivityAt() {
		return lastActivityAt;
	}

}
