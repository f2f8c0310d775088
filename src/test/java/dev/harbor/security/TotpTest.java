package dev.harbor.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The codes and the time steps that count, against RFC 6238's own test values (SHA-1, the
 * last six of its eight digits).
 */
class TotpTest {

	/** RFC 6238, appendix B: the SHA-1 seed. */
	private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void codes_are_those_of_rfc_6238() {
		assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1_111_111_109)))).isEqualTo("081804");
		assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(2_000_000_000)))).isEqualTo("279037");
	}

	@Test
	void a_code_counts_one_step_either_way_of_now_and_no_further() {
		Instant now = Instant.ofEpochSecond(1_111_111_109);
		long step = Totp.stepAt(now);

		assertThat(Totp.match(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 1), now, 0)).hasValue(step - 1);
		assertThat(Totp.match(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 1), now, 0)).hasValue(step + 1);
		assertThat(Totp.match(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 2), now, 0)).isEmpty();
		assertThat(Totp.match(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 2), now, 0)).isEmpty();
	}

	@Test
	void a_used_step_and_every_earlier_one_count_no_more() {
		Instant now = Instant.ofEpochSecond(1_111_111_109);
		long step = Totp.stepAt(now);
		String code = Totp.codeAt(RFC_SECRET, step);

		assertThat(Totp.match(RFC_SECRET, code, now, step)).isEmpty();
		assertThat(Totp.reused(RFC_SECRET, code, now, step)).isTrue();
		assertThat(Totp.match(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 1), now, step)).isEmpty();
		assertThat(Totp.match(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 1), now, step)).hasValue(step + 1);
	}

	@Test
	void spaces_the_app_shows_are_allowed_and_anything_but_six_digits_is_no_code() {
		Instant now = Instant.ofEpochSecond(59);
		assertThat(Totp.match(RFC_SECRET, "287 082", now, 0)).hasValue(1);
		assertThat(Totp.match(RFC_SECRET, "28708", now, 0)).isEmpty();
		assertThat(Totp.match(RFC_SECRET, "2870823", now, 0)).isEmpty();
		assertThat(Totp.match(RFC_SECRET, "' or 1=1 --", now, 0)).isEmpty();
		assertThat(Totp.match(RFC_SECRET, "٢٨٧٠٨٢", now, 0)).isEmpty();
	}

	@Test
	void the_secret_text_and_the_key_uri_are_what_authenticator_apps_read() {
		byte[] secret = Totp.newSecret();
		String text = Totp.secretText(secret);

		assertThat(secret).hasSize(20);
		assertThat(text).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
		assertThat(Totp.secretFromText(text.toLowerCase())).isEqualTo(secret);
		assertThat(Totp.keyUri("Calm Practice", "maya@practice.example", secret))
			.isEqualTo("otpauth://totp/Calm%20Practice:maya%40practice.example?secret=" + text.replace(" ", "")
					+ "&issuer=Calm%20Practice&algorithm=SHA1&digits=6&period=30");
	}

}
