package dev.harbor.homework.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.harbor.common.InvalidInputException;
import dev.harbor.homework.ExerciseCategory;
import dev.harbor.homework.ExerciseText;
import dev.harbor.homework.HomeworkNotFoundException;
import dev.harbor.homework.LibraryEntry;
import dev.harbor.homework.Rhythm;
import dev.harbor.common.ui.Submit;
import dev.harbor.common.ui.WholeNumberField;
import dev.harbor.common.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Writes or rewrites one of my exercises: name, category, purpose, one step per line, one
 * prompt per line, starting minutes and a suggested rhythm. The service checks every rule
 * and the dialog shows its message next to the field.
 */
class ExerciseEditorDialog extends Dialog {

	private final TextField name = new TextField();

	private final Select<ExerciseCategory> category = new Select<>();

	private final TextArea purpose = new TextArea();

	private final TextArea steps = new TextArea();

	private final TextArea prompts = new TextArea();

	private final WholeNumberField startMinutes = new WholeNumberField(getTranslation("library.field.minutes"), 1,
			ExerciseText.MINUTES_MAX);

	private final RhythmField rhythm;

	private final FieldErrors errors = new FieldErrors().field("name", name)
		.field("category", category)
		.field("purpose", purpose)
		.field("steps", steps)
		.field("prompts", prompts)
		.field("startMinutes", startMinutes);

	ExerciseEditorDialog(@Nullable ExerciseText start, Function<ExerciseText, LibraryEntry> save) {
		setHeaderTitle(getTranslation(start == null ? "library.write.title" : "library.edit.title"));
		name.setLabel(getTranslation("library.field.name"));
		name.setMaxLength(ExerciseText.NAME_MAX);
		category.setLabel(getTranslation("library.category"));
		category.setItems(ExerciseCategory.values());
		category.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		purpose.setLabel(getTranslation("library.field.purpose"));
		purpose.setMaxLength(ExerciseText.PURPOSE_MAX);
		steps.setLabel(getTranslation("library.field.steps"));
		steps.setHelperText(getTranslation("library.field.steps.help"));
		prompts.setLabel(getTranslation("library.field.prompts"));
		prompts.setHelperText(getTranslation("library.field.prompts.help"));
		rhythm = new RhythmField(getTranslation("library.field.rhythm"));
		errors.field("rhythm", rhythm);
		show(start);
		FormLayout form = new FormLayout(name, category, purpose, steps, prompts, startMinutes, rhythm);
		form.setColspan(purpose, 2);
		form.setColspan(steps, 2);
		form.setColspan(prompts, 2);
		form.setColspan(rhythm, 2);
		add(form);
		Button saveButton = Submit.primary(getTranslation("action.save"), click -> save(save));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), saveButton);
		setWidth("min(48rem, 96vw)");
	}

	private void show(@Nullable ExerciseText text) {
		if (text == null) {
			startMinutes.setNumber(3);
			rhythm.setValue(new Rhythm.Daily());
			return;
		}
		name.setValue(text.name());
		category.setValue(text.category());
		purpose.setValue(text.purpose());
		steps.setValue(String.join("\n", text.steps()));
		prompts.setValue(String.join("\n", text.prompts()));
		startMinutes.setNumber(text.startMinutes());
		rhythm.setValue(text.rhythm());
	}

	private void save(Function<ExerciseText, LibraryEntry> save) {
		List.<HasValidation>of(name, category, purpose, steps, prompts, startMinutes, rhythm)
			.forEach(field -> field.setInvalid(false));
		if (!startMinutes.check()) {
			return;
		}
		if (startMinutes.getNumber() == null) {
			errors.show("startMinutes", "homework.rule.minutes");
			return;
		}
		try {
			save.apply(new ExerciseText(category.getValue(), name.getValue(), purpose.getValue(), lines(steps),
					lines(prompts), startMinutes.getNumber(), rhythm.getValue()));
			close();
		}
		catch (InvalidInputException problem) {
			errors.show(problem);
		}
		catch (OptimisticLockingFailureException | HomeworkNotFoundException conflict) {
			errors.show("name", "library.conflict");
		}
	}

	private static List<String> lines(TextArea area) {
		return Arrays.asList(area.getValue().split("\\R"));
	}

}
