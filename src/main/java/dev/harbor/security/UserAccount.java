package dev.harbor.security;

import dev.harbor.common.i18n.Language;
import java.time.Instant;
import java.util.Locale;

import dev.harbor.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * A person who signs in: a clinician, a practice admin, or a client using the portal,
 * whose account belongs to exactly one client record.
 */
@Entity
public class UserAccount extends AbstractEntity {

	public static final int EMAIL_MAX = 254;

	public static final int DISPLAY_NAME_MAX = 120;

	public static final int PASSWORD_MIN = 12;

	/** bcrypt only reads the first 72 bytes; a longer password would be silently cut. */
	public static final int PASSWORD_MAX = 72;

	@Column(nullable = false, unique = true, length = EMAIL_MAX)
	private String email;

	@Column(nullable = false, length = DISPLAY_NAME_MAX)
	private String displayName;

	@Column(nullable = false, length = 100)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Role role;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(nullable = false)
	private boolean prefersDarkTheme;

	@Column(nullable = false)
	private boolean mustChangePassword;

	@Column(nullable = false, length = 5)
	@Convert(converter = Language.Column.class)
	private Language language = Language.ENGLISH;

	@Column(nullable = false)
	private int failedLogins;

	private @Nullable Instant lockedUntil;

	@Column(nullable = false)
	private Instant createdAt;

	/** The client record a portal account belongs to; empty for staff. */
	private @Nullable Long clientId;

	private @Nullable Instant lastActiveAt;

	protected UserAccount() {
	}

	public UserAccount(String email, String displayName, String passwordHash, Role role, Instant createdAt) {
		this.email = normaliseEmail(email);
		this.displayName = displayName.strip();
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = createdAt;
	}

	/** A client's own portal account, tied to their record. */
	static UserAccount forClient(long clientId, String email, String displayName, String passwordHash,
			Instant createdAt) {
		UserAccount account = new UserAccount(email, displayName, passwordHash, Role.CLIENT, createdAt);
		account.clientId = clientId;
		return account;
	}

	public static String normaliseEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	public String getEmail() {
		return email;
	}

	public String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public Role getRole() {
		return role;
	}

	public @Nullable Long getClientId() {
		return clientId;
	}

	public @Nullable Instant getLastActiveAt() {
		return lastActiveAt;
	}

	void activeAt(Instant now) {
		this.lastActiveAt = now;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public boolean prefersDarkTheme() {
		return prefersDarkTheme;
	}

	void setPrefersDarkTheme(boolean prefersDarkTheme) {
		this.prefersDarkTheme = prefersDarkTheme;
	}

	/**
	 * The language the person works in; a client's portal follows their client record.
	 */
	public Language getLanguage() {
		return language;
	}

	void setLanguage(Language language) {
		this.language = language;
	}

	/**
	 * A rest from before sign-ins were throttled by address instead (decision 0027); one
	 * still set runs out on its own.
	 */
	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	void recordSuccessfulLogin() {
		failedLogins = 0;
		lockedUntil = null;
	}

	/**
	 * Whether the person still has to choose their password from a sign-in link: the one
	 * stored is random and known to nobody (or, in a database from before links, a
	 * one-time password an admin saw). Either way it opens nothing.
	 */
	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	/**
	 * @param unusable the hash is of a random password nobody knows, kept until the
	 * person chooses theirs from a sign-in link
	 */
	void setPassword(String passwordHash, boolean unusable) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = unusable;
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	/** The account has no password of its own yet (see {@link #mustChangePassword()}). */
	void requireNewPassword() {
		this.mustChangePassword = true;
	}

	void rename(String email, String displayName) {
		this.email = normaliseEmail(email);
		this.displayName = displayName.strip();
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
