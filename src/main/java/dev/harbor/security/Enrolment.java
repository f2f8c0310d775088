package dev.harbor.security;

/**
 * An authenticator app being set up: the new secret, as text to type and as the key URI
 * the QR code carries. Nothing is saved until the person types the app's first code.
 *
 * @param secretText the secret in base 32, in groups of four
 * @param keyUri the {@code otpauth://} URI for the QR code
 */
public record Enrolment(String secretText, String keyUri) {

	@Override
	public String toString() {
		return "Enrolment";
	}

}
