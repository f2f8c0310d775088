package dev.harbor.client;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	@ParameterizedTest
	@ValueSource(strings = { "Noor Haddad", "نور حداد", "יעל 🌊", "<script>alert(1)</script>", "<b>bold</b> &amp;",
			"Robert'); DROP TABLE client;--", "Zoë Ádám" })
	void any_script_emoji_markup_and_sql_looking_text_is_a_fine_name_because_it_is_only_ever_shown_as_text(
			String name) {
		assertThat(ClientRules.displayNameProblem(name)).isNull();
	}

	@Test
	void a_name_is_required_and_has_a_length_limit() {
		assertThat(ClientRules.displayNameProblem("   ")).isEqualTo("client.rule.name.required");
		assertThat(ClientRules.displayNameProblem(null)).isEqualTo("client.rule.name.required");
		assertThat(ClientRules.displayNameProblem("a".repeat(Client.DISPLAY_NAME_MAX))).isNull();
		assertThat(ClientRules.displayNameProblem("a".repeat(Client.DISPLAY_NAME_MAX + 1)))
			.isEqualTo("client.rule.name.tooLong");
	}

	@Test
	void control_characters_are_refused_in_a_name_but_line_breaks_are_fine_in_a_goal() {
		assertThat(ClientRules.displayNameProblem("Noor\u0000Haddad")).isEqualTo("client.rule.controlCharacters");
		assertThat(ClientRules.displayNameProblem("Noor\nHaddad")).isEqualTo("client.rule.controlCharacters");
		assertThat(ClientRules.goalProblem("Say no once a week,\nwithout apologising")).isNull();
	}

	@Test
	void contact_details_are_optional_but_must_look_like_contact_details() {
		assertThat(ClientRules.emailProblem(null)).isNull();
		assertThat(ClientRules.emailProblem("")).isNull();
		assertThat(ClientRules.emailProblem("noor@example.org")).isNull();
		assertThat(ClientRules.emailProblem("noor at example")).isEqualTo("client.rule.email");
		assertThat(ClientRules.phoneProblem("+44 (0)20 7946 0018")).isNull();
		assertThat(ClientRules.phoneProblem("call me")).isEqualTo("client.rule.phone");
	}

	@Test
	void a_birth_date_cannot_lie_in_the_future_or_before_1900() {
		assertThat(ClientRules.dateOfBirthProblem(null, TODAY)).isNull();
		assertThat(ClientRules.dateOfBirthProblem(TODAY, TODAY)).isNull();
		assertThat(ClientRules.dateOfBirthProblem(TODAY.plusDays(1), TODAY)).isEqualTo("client.rule.dateOfBirth");
		assertThat(ClientRules.dateOfBirthProblem(LocalDate.of(1899, 12, 31), TODAY))
			.isEqualTo("client.rule.dateOfBirth");
	}

	@Test
	void a_start_date_is_required_and_at_most_a_year_ahead() {
		assertThat(ClientRules.startDateProblem(null, TODAY)).isEqualTo("client.rule.startDate.required");
		assertThat(ClientRules.startDateProblem(TODAY.plusYears(1), TODAY)).isNull();
		assertThat(ClientRules.startDateProblem(TODAY.plusYears(1).plusDays(1), TODAY))
			.isEqualTo("client.rule.startDate");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.0", "1", "3.5", "7.0", "7" })
	void dials_take_values_from_one_to_seven_in_tenths(String value) {
		assertThat(ClientRules.dialProblem(new BigDecimal(value))).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0.9", "7.1", "-3", "3.25", "70" })
	void dials_refuse_anything_else(String value) {
		assertThat(ClientRules.dialProblem(new BigDecimal(value))).isEqualTo("client.rule.dial");
	}

	@Test
	void goals_and_pattern_notes_have_length_limits() {
		assertThat(ClientRules.goalProblem(" ")).isEqualTo("client.rule.goal.required");
		assertThat(ClientRules.goalProblem("x".repeat(TreatmentGoal.DESCRIPTION_MAX + 1)))
			.isEqualTo("client.rule.goal.tooLong");
		assertThat(ClientRules.patternNoteProblem("x".repeat(Client.PATTERN_NOTE_MAX))).isNull();
		assertThat(ClientRules.patternNoteProblem("x".repeat(Client.PATTERN_NOTE_MAX + 1)))
			.isEqualTo("client.rule.patternNote.tooLong");
	}

	@Test
	void the_label_follows_from_the_dials_with_four_as_the_middle_of_the_scale() {
		assertThat(AttachmentLabel.of(new BigDecimal("2.0"), new BigDecimal("3.9"))).isEqualTo(AttachmentLabel.SECURE);
		assertThat(AttachmentLabel.of(new BigDecimal("4.0"), new BigDecimal("3.9"))).isEqualTo(AttachmentLabel.ANXIOUS);
		assertThat(AttachmentLabel.of(new BigDecimal("3.9"), new BigDecimal("4.0")))
			.isEqualTo(AttachmentLabel.DISMISSIVE_AVOIDANT);
		assertThat(AttachmentLabel.of(new BigDecimal("6.5"), new BigDecimal("5.0")))
			.isEqualTo(AttachmentLabel.FEARFUL_AVOIDANT);
		assertThat(AttachmentLabel.of(null, new BigDecimal("5.0"))).isNull();
	}

}
