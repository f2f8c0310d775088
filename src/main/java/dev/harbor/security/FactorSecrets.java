package dev.harbor.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.stereotype.Component;

/**
 * Encrypts authenticator secrets before they reach the database (AES-GCM, Spring Security
 * Crypto), so a copy of the database alone does not let anyone make a person's codes. The
 * key comes from {@code harbor.two-step.secret-key} ({@code HARBOR_SECRET_KEY}), required
 * with PostgreSQL, where several instances must share it; the one-machine practice makes
 * its own key file in the data folder the first time, readable by its owner only.
 */
@Component
class FactorSecrets {

	static final String KEY_FILE = "secret-key";

	/** The key is a long random secret, so a fixed salt for deriving it is enough. */
	private static final String SALT = "9c3a1f7e5b2d4086";

	private final BytesEncryptor encryptor;

	FactorSecrets(TwoStepProperties properties, Environment environment, @Value("${harbor.data-dir}") Path dataDir) {
		String key = properties.secretKey();
		if (key == null || key.isBlank()) {
			if (environment.matchesProfiles("postgres")) {
				throw new MissingSecretKeyException();
			}
			key = keyFile(dataDir);
		}
		encryptor = Encryptors.stronger(key.strip(), SALT);
	}

	String seal(byte[] secret) {
		return Base64.getEncoder().encodeToString(encryptor.encrypt(secret));
	}

	byte[] open(String sealed) {
		return encryptor.decrypt(Base64.getDecoder().decode(sealed));
	}

	private static String keyFile(Path dataDir) {
		Path file = dataDir.resolve(KEY_FILE);
		try {
			if (Files.exists(file)) {
				return Files.readString(file, StandardCharsets.US_ASCII);
			}
			Files.createDirectories(dataDir);
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			String key = Base64.getEncoder().encodeToString(random);
			Files.writeString(file, key, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
			if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			return key;
		}
		catch (IOException failure) {
			throw new UncheckedIOException("Could not read or make the key file in the data folder", failure);
		}
	}

	/** PostgreSQL without a key: said plainly at start-up, like a missing first admin. */
	static final class MissingSecretKeyException extends IllegalStateException {

		MissingSecretKeyException() {
			super("Set HARBOR_SECRET_KEY (at least " + TwoStepProperties.SECRET_KEY_MIN
					+ " random characters, the same on every instance) to keep authenticator secrets encrypted");
		}

	}

}
