package dev.harbor.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientRulesTest {

	@Test
	void a_name_is_kept_as_typed_but_without_surrounding_spaces() {
		assertThat(ClientRules.displayName("  Noor Haddad ")).isEqualTo("Noor Haddad");
	}

	@Test
	void any_script_emoji_and_markup_are_kept_verbatim_because_they_are_only_ever_shown_as_text() {
		assertThat(ClientRules.displayName("نور حداد")).isEqualTo("نور حداد");
		assertThat(ClientRules.displayName("יעל 🌊")).isEqualTo("יעל 🌊");
		assertThat(ClientRules.displayName("<script>alert(1)</script>")).isEqualTo("<script>alert(1)</script>");
		assertThat(ClientRules.displayName("Robert'); DROP TABLE client;--"))
			.isEqualTo("Robert'); DROP TABLE client;--");
	}

	@Test
	void an_empty_name_is_refused_with_a_message_that_names_the_rule() {
		assertThatThrownBy(() -> ClientRules.displayName("   ")).hasMessage("A client needs a name or pseudonym");
	}

	@Test
	void an_over_long_name_is_refused_without_repeating_it() {
		String tooLong = "a".repeat(Client.DISPLAY_NAME_MAX + 1);

		assertThatThrownBy(() -> ClientRules.displayName(tooLong)).hasMessageNotContaining(tooLong);
		assertThat(ClientRules.displayName("a".repeat(Client.DISPLAY_NAME_MAX))).hasSize(Client.DISPLAY_NAME_MAX);
	}

	@Test
	void control_characters_are_refused() {
		assertThatThrownBy(() -> ClientRules.displayName("Noor\u0000Haddad"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
