package dev.harbor.security;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The practice's password encoder outside the demo profile: the demo's published password
 * matches no account, whatever its stored hash says, so a database the demo once seeded
 * cannot be entered with the password the README prints.
 */
final class PublishedPasswordRefused implements PasswordEncoder {

	private final PasswordEncoder encoder;

	PublishedPasswordRefused(PasswordEncoder encoder) {
		this.encoder = encoder;
	}

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		return encoder.encode(rawPassword);
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		if (rawPassword != null && DemoAccounts.PUBLISHED_PASSWORD.contentEquals(rawPassword)) {
			return false;
		}
		return encoder.matches(rawPassword, encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		return encoder.upgradeEncoding(encodedPassword);
	}

}
