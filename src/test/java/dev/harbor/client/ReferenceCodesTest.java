package dev.harbor.client;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceCodesTest {

	@Test
	void codes_are_short_and_free_of_characters_that_look_alike() {
		ReferenceCodes codes = new ReferenceCodes(new Random(42));

		for (int i = 0; i < 1000; i++) {
			assertThat(codes.next()).matches("HB-[2-9A-HJKMNP-Z]{6}").doesNotContain("0", "1", "O", "I", "L");
		}
	}

	@Test
	void codes_hardly_ever_repeat() {
		ReferenceCodes codes = new ReferenceCodes(new Random(7));
		Set<String> seen = new HashSet<>();

		for (int i = 0; i < 10_000; i++) {
			seen.add(codes.next());
		}

		assertThat(seen).hasSizeGreaterThan(9_990);
	}

}
