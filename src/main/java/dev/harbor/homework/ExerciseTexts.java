package dev.harbor.homework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.harbor.common.i18n.HarborI18nProvider;

import org.springframework.stereotype.Component;

/**
 * The words of exercises: built-ins read from the translation bundle, clinicians' own
 * from the database, and the rules every exercise text must meet.
 */
@Component
class ExerciseTexts {

	private final HarborI18nProvider words;

	private final ExerciseTemplateRepository templates;

	ExerciseTexts(HarborI18nProvider words, ExerciseTemplateRepository templates) {
		this.words = words;
		this.templates = templates;
	}

	static Optional<BuiltInExercise> builtIn(String key) {
		return BuiltInExercises.ALL.stream().filter(exercise -> exercise.key().equals(key)).findFirst();
	}

	ExerciseText of(BuiltInExercise exercise, Locale locale) {
		return new ExerciseText(exercise.category(), words.getTranslation(exercise.nameKey(), locale),
				words.getTranslation(exercise.purposeKey(), locale),
				exercise.stepKeys().stream().map(key -> words.getTranslation(key, locale)).toList(),
				exercise.recordKeys()
					.stream()
					.skip(BuiltInExercise.ALWAYS_RECORDED.size())
					.map(key -> words.getTranslation(key, locale))
					.toList(),
				exercise.startMinutes(), exercise.rhythm());
	}

	/** The text of an exercise the clinician may use: built-in, their own, or shared. */
	ExerciseText readable(TemplateRef ref, long me, Locale locale) {
		return switch (ref) {
			case TemplateRef.BuiltIn builtIn ->
				of(builtIn(builtIn.key()).orElseThrow(() -> new HomeworkNotFoundException("exercise", builtIn.key())),
						locale);
			case TemplateRef.Own own -> templates.findById(own.templateId())
				.filter(template -> !template.isArchived() && (template.getOwnerId() == me || template.isShared()))
				.orElseThrow(() -> new HomeworkNotFoundException("exercise", own.templateId()))
				.text();
		};
	}

	/** Checks a written exercise and returns it tidied: trimmed, blank lines dropped. */
	static ExerciseText checked(ExerciseText text) {
		HomeworkRules.require("category", text.category() == null ? "homework.rule.required" : null);
		HomeworkRules.require("name", HomeworkRules.requiredText(text.name(), ExerciseText.NAME_MAX));
		HomeworkRules.require("purpose", HomeworkRules.requiredText(text.purpose(), ExerciseText.PURPOSE_MAX));
		List<String> steps = nonBlank(text.steps());
		HomeworkRules.require("steps", steps.isEmpty() ? "homework.rule.steps.required"
				: steps.size() > ExerciseText.MAX_STEPS ? "homework.rule.steps.tooMany" : null);
		steps.forEach(step -> HomeworkRules.require("steps", HomeworkRules.optionalText(step, ExerciseText.STEP_MAX)));
		List<String> prompts = nonBlank(text.prompts());
		HomeworkRules.require("prompts",
				prompts.size() > ExerciseText.MAX_PROMPTS ? "homework.rule.prompts.tooMany" : null);
		prompts.forEach(prompt -> HomeworkRules.require("prompts",
				HomeworkRules.optionalText(prompt, ExerciseText.PROMPT_MAX)));
		HomeworkRules.require("startMinutes",
				HomeworkRules.minutesProblem(text.startMinutes(), 1, ExerciseText.MINUTES_MAX));
		HomeworkRules.require("rhythm", text.rhythm() == null ? "homework.rule.required" : null);
		return new ExerciseText(text.category(), text.name().strip(), text.purpose().strip(), steps, prompts,
				text.startMinutes(), text.rhythm());
	}

	private static List<String> nonBlank(List<String> lines) {
		return lines.stream().filter(line -> line != null && !line.isBlank()).map(String::strip).toList();
	}

}
