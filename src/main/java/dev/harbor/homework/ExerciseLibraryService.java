package dev.harbor.homework;

import java.util.List;
import java.util.Locale;

import dev.harbor.common.i18n.HarborI18nProvider;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The exercise library. For now the built-in exercises; clinicians' own and shared
 * templates arrive with assigning homework (issue 4). It holds no client data, so reading
 * it is not audited.
 */
@Service
public class ExerciseLibraryService {

	private final HarborI18nProvider words;

	ExerciseLibraryService(HarborI18nProvider words) {
		this.words = words;
	}

	/**
	 * Exercises in a category (or all), whose name, purpose or steps contain the text
	 * (any case).
	 */
	@RolesAllowed(Role.Names.CLINICIAN)
	public List<BuiltInExercise> browse(@Nullable ExerciseCategory category, @Nullable String text, Locale locale) {
		String wanted = text == null ? "" : text.strip().toLowerCase(locale);
		return BuiltInExercises.ALL.stream()
			.filter(exercise -> category == null || exercise.category() == category)
			.filter(exercise -> wanted.isEmpty() || searchableText(exercise, locale).contains(wanted))
			.toList();
	}

	private String searchableText(BuiltInExercise exercise, Locale locale) {
		StringBuilder text = new StringBuilder(words.getTranslation(exercise.nameKey(), locale)).append('\n')
			.append(words.getTranslation(exercise.purposeKey(), locale));
		exercise.stepKeys().forEach(key -> text.append('\n').append(words.getTranslation(key, locale)));
		return text.toString().toLowerCase(locale);
	}

}
