package dev.harbor.homework.ui;

import java.time.Clock;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.harbor.client.ClientNotFoundException;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.WholeNumberField;
import dev.harbor.common.ui.Notifications;
import dev.harbor.homework.AssignmentView;
import dev.harbor.homework.CompletionView;
import dev.harbor.homework.HomeworkNotFoundException;
import dev.harbor.homework.NewCompletion;
import dev.harbor.common.ui.Submit;
import dev.harbor.common.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;

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

	private final List<TextArea> answers = new ArrayList<>();

	private final TextArea note = new TextArea();

	private final FieldErrors errors = new FieldErrors().field("happenedAt", happenedAt)
		.field("minutes", minutes)
		.field("distressBefore", distressBefore)
		.field("distressAfter", distressAfter)
		.field("note", note)
		// A practice struck out meanwhile cannot be corrected; said where the note is.
		.field("completion", note);

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
		for (String prompt : assignment.text().prompts()) {
			TextArea answer = new TextArea(prompt);
			answer.setMaxLength(NewCompletion.ANSWER_MAX);
			answers.add(answer);
			form.add(answer, 2);
		}
		form.add(note, 2);
		// The service names the answers as one; the message goes to the first.
		errors.field("answers", answers.isEmpty() ? note : answers.getFirst());
		add(new Paragraph(getTranslation("homework.practice.intro")), form);
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

	private void show(AssignmentView assignment, @Nullable CompletionView existing, Clock clock) {
		if (existing == null) {
			happenedAt.setValue(Dates.now(clock));
			minutes.setNumber(assignment.currentTargetMinutes());
			return;
		}
		happenedAt.setValue(existing.happenedAt());
		minutes.setNumber(existing.minutes());
		distressBefore.setNumber(existing.distressBefore());
		distressAfter.setNumber(existing.distressAfter());
		for (int i = 0; i < answers.size() && i < existing.answers().size(); i++) {
			answers.get(i).setValue(existing.answers().get(i));
		}
		note.setValue(existing.note() == null ? "" : existing.note());
	}

	private void save(Function<NewCompletion, CompletionView> save, Consumer<CompletionView> saved) {
		List<HasValidation> fields = new ArrayList<>(
				List.<HasValidation>of(happenedAt, minutes, distressBefore, distressAfter, note));
		fields.addAll(answers);
		fields.forEach(field -> field.setInvalid(false));
		if (!WholeNumberField.checkAll(minutes, distressBefore, distressAfter)) {
			return;
		}
		try {
			CompletionView result = save
				.apply(new NewCompletion(happenedAt.getValue(), minutes.getNumber(), distressBefore.getNumber(),
						distressAfter.getNumber(), answers.stream().map(TextArea::getValue).toList(), note.getValue()));
			close();
			saved.accept(result);
		}
		catch (InvalidInputException problem) {
			errors.show(problem);
		}
		catch (OptimisticLockingFailureException conflict) {
			errors.show("note", "homework.practice.conflict");
		}
		catch (HomeworkNotFoundException | ClientNotFoundException gone) {
			close();
			Notifications.problem("homework.gone");
		}
	}

}
