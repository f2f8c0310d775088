package dev.harbor.homework.ui;

import java.time.Clock;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.harbor.client.ClientNotFoundException;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.WholeNumberField;
import dev.harbor.common.ui.Notifications;
import dev.harbor.homework.AssignmentView;
import dev.harbor.homework.CompletionView;
import dev.harbor.homework.HomeworkNotFoundException;
import dev.harbor.homework.NewCompletion;
import dev.harbor.common.ui.Submit;
import dev.harbor.common.ui.RecordBinder;
import dev.harbor.homework.HomeworkRules;
import org.jspecify.annotations.Nullable;

/**
 * Logs a practice, or corrects one: when the client did it (their clock), how long,
 * distress before and after, an answer to each of the exercise's prompts, and a note.
 */
class CompletionDialog extends Dialog {

	private final DateTimePicker happenedAt = new DateTimePicker();

	private final WholeNumberField minutes = new WholeNumberField(getTranslation("homework.field.minutesDone"), 0,
			NewCompletion.MINUTES_MAX);

	private final WholeNumberField distressBefore = distress("homework.field.distressBefore");

	private final WholeNumberField distressAfter = distress("homework.field.distressAfter");

	private final PromptAnswers answers;

	private final TextArea note = new TextArea();

	private final RecordBinder<NewCompletion> binder = new RecordBinder<>(NewCompletion.class);

	CompletionDialog(AssignmentView assignment, @Nullable CompletionView existing, Clock clock,
			Function<NewCompletion, CompletionView> save, Consumer<CompletionView> saved) {
		setHeaderTitle(getTranslation(existing == null ? "homework.practice.title" : "homework.practice.correct",
				assignment.text().name()));
		happenedAt.setLabel(getTranslation("homework.field.happenedAt"));
		happenedAt.setHelperText(getTranslation("homework.field.happenedAt.help"));
		happenedAt.setMax(Dates.now(clock).plusDays(1));
		note.setLabel(getTranslation("homework.field.practiceNote"));
		note.setMaxLength(NewCompletion.NOTE_MAX);
		FormLayout form = new FormLayout(happenedAt, minutes, distressBefore, distressAfter);
		form.setColspan(happenedAt, 2);
		answers = new PromptAnswers(assignment.text().prompts());
		form.add(answers, 2);
		form.add(note, 2);
		add(new Paragraph(getTranslation("homework.practice.intro")), form);
		bind(clock);
		show(assignment, existing, clock);
		Button saveButton = Submit.primary(getTranslation("action.save"), click -> save(save, saved));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), saveButton);
		setWidth("min(40rem, 96vw)");
	}

	private WholeNumberField distress(String labelKey) {
		WholeNumberField field = new WholeNumberField(getTranslation(labelKey), 0, 10);
		field.setHelperText(getTranslation("homework.field.distress.help"));
		return field;
	}

	/** Each field keeps the rule the service applies, checked as it is typed. */
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

	private void show(AssignmentView assignment, @Nullable CompletionView existing, Clock clock) {
		if (existing == null) {
			happenedAt.setValue(Dates.now(clock));
			minutes.setNumber(assignment.currentTargetMinutes());
			return;
		}
		binder.readRecord(new NewCompletion(existing.happenedAt(), existing.minutes(), existing.distressBefore(),
				existing.distressAfter(), existing.answers(), existing.note()));
	}

	private void save(Function<NewCompletion, CompletionView> save, Consumer<CompletionView> saved) {
		try {
			binder.submit(save).ifPresent(result -> {
				close();
				saved.accept(result);
			});
		}
		catch (HomeworkNotFoundException | ClientNotFoundException gone) {
			close();
			Notifications.problem("homework.gone");
		}
	}

}
