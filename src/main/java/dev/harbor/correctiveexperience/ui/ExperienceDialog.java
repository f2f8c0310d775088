package dev.harbor.correctiveexperience.ui;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import dev.harbor.common.i18n.Translatable;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.WholeNumberField;
import dev.harbor.correctiveexperience.ExperienceView;
import dev.harbor.correctiveexperience.Learning;
import dev.harbor.correctiveexperience.NewExperience;
import dev.harbor.correctiveexperience.RepairStep;
import dev.harbor.correctiveexperience.Risk;
import dev.harbor.correctiveexperience.Setting;
import dev.harbor.common.ui.Submit;
import dev.harbor.common.ui.RecordBinder;
import dev.harbor.common.FreeText;
import dev.harbor.correctiveexperience.ExperienceRules;
import org.jspecify.annotations.Nullable;

/**
 * Enters or corrects a corrective experience: what the client risked, what they feared
 * and how strongly they believed it, what actually happened and the belief afterwards,
 * what they learned, and for a repair which steps they took.
 */
class ExperienceDialog extends Dialog {

	private final DateTimePicker happenedAt = new DateTimePicker();

	private final Select<Setting> setting = select("experience.field.setting", Setting.values());

	private final Select<Risk> risk = select("experience.field.risk", Risk.values());

	private final TextArea feared = area("experience.field.feared", NewExperience.TEXT_MAX);

	private final WholeNumberField beliefBefore = percent("experience.field.beliefBefore");

	private final TextArea whatHappened = area("experience.field.whatHappened", NewExperience.TEXT_MAX);

	private final WholeNumberField beliefAfter = percent("experience.field.beliefAfter");

	private final TextArea learned = area("experience.field.learned", NewExperience.TEXT_MAX);

	private final CheckboxGroup<Learning> learnedAbout = new CheckboxGroup<>();

	private final TextArea body = area("experience.field.body", NewExperience.BODY_MAX);

	private final CheckboxGroup<RepairStep> repairSteps = new CheckboxGroup<>();

	private final RecordBinder<NewExperience> binder = new RecordBinder<>(NewExperience.class);

	ExperienceDialog(@Nullable ExperienceView existing, Clock clock, Function<NewExperience, ExperienceView> save,
			Consumer<ExperienceView> saved) {
		setHeaderTitle(getTranslation(existing == null ? "experience.new.title" : "experience.correct.title"));
		happenedAt.setLabel(getTranslation("experience.field.happenedAt"));
		happenedAt.setMax(Dates.now(clock).plusDays(1));
		learnedAbout.setLabel(getTranslation("experience.field.learnedAbout"));
		learnedAbout.setItems(Learning.values());
		learnedAbout.setItemLabelGenerator(ExperienceWords::label);
		repairSteps.setLabel(getTranslation("experience.field.repairSteps"));
		repairSteps.setHelperText(getTranslation("experience.field.repairSteps.help"));
		repairSteps.setItems(RepairStep.values());
		repairSteps.setItemLabelGenerator(ExperienceWords::label);
		FormLayout form = new FormLayout(happenedAt, setting);
		form.add(risk, 2);
		form.add(feared, beliefBefore);
		form.add(whatHappened, beliefAfter);
		form.add(learned, 2);
		form.add(learnedAbout, 2);
		form.add(body, 2);
		form.add(repairSteps, 2);
		add(form);
		bind(clock);
		show(existing, clock);
		Button saveButton = Submit.primary(getTranslation("action.save"), click -> save(save, saved));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), saveButton);
		setWidth("min(48rem, 98vw)");
	}

	private <T extends Translatable> Select<T> select(String labelKey, T[] values) {
		Select<T> select = new Select<>();
		select.setLabel(getTranslation(labelKey));
		select.setItems(values);
		select.setItemLabelGenerator(ExperienceWords::label);
		return select;
	}

	private TextArea area(String labelKey, int max) {
		TextArea area = new TextArea(getTranslation(labelKey));
		area.setMaxLength(max);
		return area;
	}

	private WholeNumberField percent(String labelKey) {
		WholeNumberField field = new WholeNumberField(getTranslation(labelKey), 0, 100);
		field.setHelperText(getTranslation("experience.field.percent.help"));
		return field;
	}

	/**
	 * Each field is checked as it is typed; the record's own rule, which the service
	 * applies too, runs before anything is sent.
	 */
	private void bind(Clock clock) {
		binder.forField(happenedAt).bind("happenedAt");
		binder.forField(setting).bind("setting");
		binder.forField(risk).bind("risk");
		binder.text(feared, "feared", text -> FreeText.problem(text, NewExperience.TEXT_MAX));
		binder.number(beliefBefore, "beliefBefore");
		binder.text(whatHappened, "whatHappened", text -> FreeText.problem(text, NewExperience.TEXT_MAX));
		binder.number(beliefAfter, "beliefAfter");
		binder.text(learned, "learned", text -> FreeText.problem(text, NewExperience.TEXT_MAX));
		binder.forField(learnedAbout).bind("learnedAbout");
		binder.text(body, "body", text -> FreeText.problem(text, NewExperience.BODY_MAX));
		binder.forField(repairSteps).bind("repairSteps");
		binder.checkWhole(experience -> ExperienceRules.problemOf(experience, Dates.today(clock)));
		binder.conflictShownAt("feared", "experience.conflict");
	}

	private void show(@Nullable ExperienceView existing, Clock clock) {
		if (existing == null) {
			happenedAt.setValue(Dates.now(clock));
			return;
		}
		binder.readRecord(existing.experience());
	}

	private void save(Function<NewExperience, ExperienceView> save, Consumer<ExperienceView> saved) {
		binder.submit(save).ifPresent(result -> {
			close();
			saved.accept(result);
		});
	}

}
