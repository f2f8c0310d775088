package dev.harbor.client;

import dev.harbor.common.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

import dev.harbor.common.FreeText;
import org.jspecify.annotations.Nullable;

/**
 * The rules for what people type about a client, shared by the forms (which show the
 * message next to the field) and the service (which refuses anything that slipped past a
 * form). Each check returns a translation key for the problem, or null when the value is
 * fine.
 */
public final class ClientRules {

	public static final BigDecimal DIAL_MIN = new BigDecimal("1.0");

	public static final BigDecimal DIAL_MAX = new BigDecimal("7.0");

	static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^[+0-9 ()./-]{3,40}$");

	private ClientRules() {
	}

	public static @Nullable String displayNameProblem(@Nullable String name) {
		String value = name == null ? "" : name.strip();
		if (value.isEmpty()) {
			return "client.rule.name.required";
		}
		// UTF-16 units, not code points: H2 measures column lengths that way, PostgreSQL
		// more generously.
		if (value.length() > Client.DISPLAY_NAME_MAX) {
			return "client.rule.name.tooLong";
		}
		return FreeText.hasControlCharacters(value, false) ? "client.rule.controlCharacters" : null;
	}

	public static @Nullable String emailProblem(@Nullable String email) {
		if (email == null || email.isBlank()) {
			return null;
		}
		return email.length() > Client.EMAIL_MAX || !EMAIL.matcher(email.strip()).matches() ? "client.rule.email"
				: null;
	}

	public static @Nullable String phoneProblem(@Nullable String phone) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		return PHONE.matcher(phone.strip()).matches() ? null : "client.rule.phone";
	}

	public static @Nullable String dateOfBirthProblem(@Nullable LocalDate dateOfBirth, LocalDate today) {
		if (dateOfBirth == null) {
			return null;
		}
		return dateOfBirth.isAfter(today) || dateOfBirth.isBefore(EARLIEST_BIRTH) ? "client.rule.dateOfBirth" : null;
	}

	public static @Nullable String startDateProblem(@Nullable LocalDate startDate, LocalDate today) {
		if (startDate == null) {
			return "client.rule.startDate.required";
		}
		return startDate.isAfter(today.plusYears(1)) || startDate.isBefore(EARLIEST_BIRTH) ? "client.rule.startDate"
				: null;
	}

	/** A reading is of a day that has been, never of one to come. */
	public static @Nullable String observedOnProblem(@Nullable LocalDate observedOn, LocalDate today) {
		return observedOn == null || observedOn.isAfter(today) ? "client.rule.observedOn" : null;
	}

	public static @Nullable String dialProblem(@Nullable BigDecimal value) {
		if (value == null) {
			return "client.rule.dial";
		}
		boolean inRange = value.compareTo(DIAL_MIN) >= 0 && value.compareTo(DIAL_MAX) <= 0;
		boolean oneDecimal = value.stripTrailingZeros().scale() <= 1;
		return inRange && oneDecimal ? null : "client.rule.dial";
	}

	public static @Nullable String goalProblem(@Nullable String description) {
		String value = description == null ? "" : description.strip();
		if (value.isEmpty()) {
			return "client.rule.goal.required";
		}
		if (value.length() > TreatmentGoal.DESCRIPTION_MAX) {
			return "client.rule.goal.tooLong";
		}
		return FreeText.hasControlCharacters(value, true) ? "client.rule.controlCharacters" : null;
	}

	public static @Nullable String patternNoteProblem(@Nullable String note) {
		if (note == null) {
			return null;
		}
		if (note.length() > Client.PATTERN_NOTE_MAX) {
			return "client.rule.patternNote.tooLong";
		}
		return FreeText.hasControlCharacters(note, true) ? "client.rule.controlCharacters" : null;
	}

	static void require(String field, @Nullable String problem) {
		if (problem != null) {
			throw new InvalidInputException(field, problem);
		}
	}

	/**
	 * Blank optional text is stored as nothing, and text is stored without surrounding
	 * spaces.
	 */

}
