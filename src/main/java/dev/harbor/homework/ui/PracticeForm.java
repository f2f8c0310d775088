package dev.harbor.homework.ui;

import dev.harbor.common.ui.DateTimeField;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.RecordBinder;
import dev.harbor.common.ui.WholeNumberField;
import dev.harbor.homework.HomeworkRules;
import dev.harbor.homework.NewCompletion;

/**
 * The record of one practice: when the client did it (their clock), how long, distress
 * before and after, an answer to each of the exercise's prompts, and a note. The
 * clinician's dialog and the client's portal page both use it, so both keep the rules the
 * service applies, checked as they are typed.
 */
class PracticeForm extends FormLayout {

	private final DateTimePicker happenedAt = new DateTimeField();

	private final WholeNumberField minutes = new WholeNumberField(getTranslation("homework.field.minutesDone"), 0,
			NewCompletion.MINUTES_MAX);

	private final WholeNumberField distressBefore = distress("homework.field.distressBefore");

	private final WholeNumberField distressAfter = distress("homework.field.distressAfter");

	private final PromptAnswers answers;

	private final TextArea note = new TextArea();

	private final RecordBinder<NewCompletion> binder = new RecordBinder<>(NewCompletion.class);

	PracticeForm(List<String> prompts, int suggestedMinutes, Clock clock) {
		happenedAt.setLabel(getTranslation("homework.field.happenedAt"));
		happenedAt.setHelperText(getTranslation("homework.field.happenedAt.help"));
		happenedAt.setMax(Dates.now(clock).plusDays(1));
		note.setLabel(getTranslation("homework.field.practiceNote"));
		note.setMaxLength(NewCompletion.NOTE_MAX);
		add(happenedAt, 2);
		add(minutes, distressBefore, distressAfter);
		answers = new PromptAnswers(prompts);
		add(answers, 2);
		add(note, 2);
		bind(clock);
		happenedAt.setValue(Dates.now(clock));
		minutes.setNumber(suggestedMinutes);
	}

	/** The portal's words, which speak to the client rather than about them. */
	void inTheClientsOwnWords() {
		happenedAt.setLabel(getTranslation("homework.mine.happenedAt"));
		happenedAt.setHelperText(getTranslation("homework.mine.happenedAt.help"));
		distressBefore.setHelperText(getTranslation("homework.mine.distress.help"));
		distressAfter.setHelperText(getTranslation("homework.mine.distress.help"));
	}

	private WholeNumberField distress(String labelKey) {
		WholeNumberField field = new WholeNumberField(getTranslation(labelKey), 0, 10);
		field.setHelperText(getTranslation("homework.field.distress.help"));
		return field;
	}

	private void bind(Clock clock) {
		binder.forField(happenedAt)
			.withValidator(RecordBinder.rule(when -> HomeworkRules.happenedAtProblem(when, Dates.today(clock))))
			.bind("happenedAt");
		binder.forField(minutes)
			.withConverter(minutes.asNumber())
			.withValidator(
					RecordBinder.rule(value -> HomeworkRules.minutesProblem(value, 0, NewCompletion.MINUTES_MAX)))
			.bind("minutes");
		bindDistress(distressBefore, "distressBefore");
		bindDistress(distressAfter, "distressAfter");
		binder.forField(answers).withValidator(answers.eachFits()).bind("answers");
		binder.text(note, "note", text -> HomeworkRules.optionalText(text, NewCompletion.NOTE_MAX));
		// A practice struck out meanwhile cannot be corrected; said where the note is.
		binder.alsoName("completion", note);
		binder.conflictShownAt("note", "homework.practice.conflict");
	}

	private void bindDistress(WholeNumberField distress, String component) {
		binder.forField(distress)
			.withConverter(distress.asNumber())
			.withValidator(RecordBinder.rule(HomeworkRules::distressProblem))
			.bind(component);
	}

	void show(NewCompletion practice) {
		binder.readRecord(practice);
	}

	/** Sets the minutes, e.g. to the time the client's timer ran. */
	void minutesDone(int done) {
		minutes.setNumber(done);
	}

	/**
	 * Checks every field and saves through the given call; empty when something is wrong.
	 */
	<V> Optional<V> submit(Function<NewCompletion, V> save) {
		return binder.submit(save);
	}

}
