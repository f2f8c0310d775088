package dev.harbor.security;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security holds them. It keeps the account id so services
 * can check ownership without another query. The password hash is erased after sign-in.
 */
public final class HarborUser implements UserDetails, CredentialsContainer {

	private final long accountId;

	private final String email;

	private final String displayName;

	private final Role role;

	/** For a client's own account: their client record. */
	private final @Nullable Long clientId;

	private final boolean enabled;

	private final boolean locked;

	/**
	 * A one-time password from before sign-in links (or none chosen yet) opens nothing.
	 */
	private final boolean passwordUsable;

	private @Nullable String passwordHash;

	HarborUser(UserAccount account, boolean locked) {
		this.accountId = account.requireId();
		this.email = account.getEmail();
		this.displayName = account.getDisplayName();
		this.role = account.getRole();
		this.clientId = account.getClientId();
		this.enabled = account.isEnabled();
		this.locked = locked;
		this.passwordUsable = !account.mustChangePassword();
		this.passwordHash = account.getPasswordHash();
	}

	/** The person of an account who has passed every step of signing in. */
	static HarborUser signedIn(UserAccount account) {
		HarborUser user = new HarborUser(account, false);
		user.eraseCredentials();
		return user;
	}

	/** For tests and system tasks that act as a known account without a password. */
	public static HarborUser of(long accountId, String email, String displayName, Role role) {
		return new HarborUser(accountId, email, displayName, role);
	}

	private HarborUser(long accountId, String email, String displayName, Role role) {
		this.accountId = accountId;
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.clientId = null;
		this.enabled = true;
		this.locked = false;
		this.passwordUsable = true;
	}

	public long accountId() {
		return accountId;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	/** The client record of a client's own account; empty for staff. */
	public java.util.Optional<Long> clientId() {
		return java.util.Optional.ofNullable(clientId);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isCredentialsNonExpired() {
		return passwordUsable;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof HarborUser user && user.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}

	@Override
	public String toString() {
		return "HarborUser#" + accountId;
	}

}
