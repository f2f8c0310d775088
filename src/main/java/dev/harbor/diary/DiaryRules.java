package dev.harbor.diary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import dev.harbor.common.FreeText;
import dev.harbor.common.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * What a diary entry must be, for forms, the service and the import alike. Each check
 * names the field and a translation key; lengths count UTF-16 units, as the database
 * does.
 */
public final class DiaryRules {

	/** How far back an entry may be dated. */
	static final int YEARS_BACK = 10;

	private DiaryRules() {
	}

	/** The first problem of an entry, or null when it is fine. */
	public static @Nullable InvalidInputException problemOf(NewDiaryEntry entry, LocalDate today) {
		if (entry.happenedAt() == null || entry.happenedAt().toLocalDate().isAfter(today.plusDays(1))
				|| entry.happenedAt().toLocalDate().isBefore(today.minusYears(YEARS_BACK))) {
			return new InvalidInputException("happenedAt", "diary.rule.happenedAt");
		}
		LocalDateTime written = entry.writtenAt();
		if (written != null
				&& (written.isBefore(entry.happenedAt()) || written.toLocalDate().isAfter(today.plusDays(1)))) {
			return new InvalidInputException("writtenAt", "diary.rule.writtenAt");
		}
		if (entry.situation() == null || entry.situation().isBlank()) {
			return new InvalidInputException("situation", "diary.rule.situation");
		}
		if (entry.relationship() == null) {
			return new InvalidInputException("relationship", "diary.rule.relationship");
		}
		for (Map.Entry<Feeling, Integer> feeling : entry.feelings().entrySet()) {
			if (feeling.getValue() == null || feeling.getValue() < 0 || feeling.getValue() > 100) {
				return new InvalidInputException("feelings", "diary.rule.intensity");
			}
		}
		return firstTextProblem(entry);
	}

	static void require(NewDiaryEntry entry, LocalDate today) {
		InvalidInputException problem = problemOf(entry, today);
		if (problem != null) {
			throw problem;
		}
	}

	/** Trimmed, with blank optional text stored as nothing. */
	static NewDiaryEntry cleaned(NewDiaryEntry entry) {
		return new NewDiaryEntry(entry.happenedAt(), entry.writtenAt(), entry.situation().strip(),
				FreeText.clean(entry.thoughts()), entry.feelings(), FreeText.clean(entry.body()), entry.behaviours(),
				entry.needs(), entry.traps(), FreeText.clean(entry.triedInstead()), FreeText.clean(entry.howItWent()),
				entry.relationship());
	}

	private static @Nullable InvalidInputException firstTextProblem(NewDiaryEntry entry) {
		Object[][] texts = { { "situation", entry.situation(), NewDiaryEntry.SITUATION_MAX },
				{ "thoughts", entry.thoughts(), NewDiaryEntry.THOUGHTS_MAX },
				{ "body", entry.body(), NewDiaryEntry.BODY_MAX },
				{ "triedInstead", entry.triedInstead(), NewDiaryEntry.TRIED_MAX },
				{ "howItWent", entry.howItWent(), NewDiaryEntry.WENT_MAX } };
		for (Object[] text : texts) {
			String problem = FreeText.problem((String) text[1], (int) text[2]);
			if (problem != null) {
				return new InvalidInputException((String) text[0], problem);
			}
		}
		return null;
	}

}
