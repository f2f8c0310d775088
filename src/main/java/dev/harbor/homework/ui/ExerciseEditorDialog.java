package dev.harbor.homework.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.harbor.homework.ExerciseCategory;
import dev.harbor.homework.ExerciseText;
import dev.harbor.homework.HomeworkNotFoundException;
import dev.harbor.homework.LibraryEntry;
import dev.harbor.homework.Rhythm;
import dev.harbor.common.ui.Submit;
import dev.harbor.common.ui.WholeNumberField;
import dev.harbor.common.ui.RecordBinder;
import dev.harbor.homework.HomeworkRules;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import org.jspecify.annotations.Nullable;

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

	/** Steps and prompts are written one a line. */
	private static final Converter<String, List<String>> ONE_A_LINE = Converter
		.from(text -> Result.ok(Arrays.asList(text.split("\\R"))), lines -> String.join("\n", lines));

	private final RecordBinder<ExerciseText> binder = new RecordBinder<>(ExerciseText.class);

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
		bind();
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

	/**
	 * Each field keeps its rule as it is typed; the whole exercise is checked as the
	 * service will before it is sent.
	 */
	private void bind() {
		binder.forField(category).withValidator(RecordBinder.required("homework.rule.required")).bind("category");
		binder.text(name, "name", text -> HomeworkRules.requiredText(text, ExerciseText.NAME_MAX));
		binder.text(purpose, "purpose", text -> HomeworkRules.requiredText(text, ExerciseText.PURPOSE_MAX));
		binder.forField(steps).withConverter(ONE_A_LINE).bind("steps");
		binder.forField(prompts).withConverter(ONE_A_LINE).bind("prompts");
		binder.forField(startMinutes)
			.withConverter(startMinutes.asNumber())
			.withValidator(
					RecordBinder.rule(minutes -> HomeworkRules.minutesProblem(minutes, 1, ExerciseText.MINUTES_MAX)))
			.bind("startMinutes");
		binder.forField(rhythm).withValidator(RecordBinder.required("homework.rule.required")).bind("rhythm");
		binder.checkWhole(HomeworkRules::exerciseProblem);
		binder.conflictShownAt("name", "library.conflict");
	}

	private void show(@Nullable ExerciseText text) {
		if (text == null) {
			startMinutes.setNumber(3);
			rhythm.setValue(new Rhythm.Daily());
			return;
		}
		binder.readRecord(text);
	}

	private void save(Function<ExerciseText, LibraryEntry> save) {
		try {
			binder.submit(save).ifPresent(saved -> close());
		}
		catch (HomeworkNotFoundException gone) {
			// Removed meanwhile, in another tab: as good as a conflicting change.
			binder.show("name", "library.conflict");
		}
	}

}
