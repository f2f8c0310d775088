package dev.harbor.correctiveexperience.ui;

import dev.harbor.common.ui.DateTimeField;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import dev.harbor.common.FreeText;
import dev.harbor.common.i18n.Translatable;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.EntryForm;
import dev.harbor.common.ui.WholeNumberField;
import dev.harbor.correctiveexperience.ExperienceRules;
import dev.harbor.correctiveexperience.Learning;
import dev.harbor.correctiveexperience.NewExperience;
import dev.harbor.correctiveexperience.RepairStep;
import dev.harbor.correctiveexperience.Risk;
import dev.harbor.correctiveexperience.Setting;

/**
 * A corrective experience as a form: what the client risked, what they feared and how
 * strongly they believed it, what actually happened and the belief afterwards, what they
 * learned, and for a repair which steps they took. The clinician's dialog and the
 * client's portal page both use it, so both check the same rules as they are typed.
 */
class ExperienceForm extends EntryForm<NewExperience> {

	private final DateTimePicker happenedAt = new DateTimeField();

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

	private final Clock clock;

	ExperienceForm(Clock clock) {
		super(NewExperience.class);
		this.clock = clock;
		happenedAt.setLabel(getTranslation("experience.field.happenedAt"));
		happenedAt.setMax(Dates.now(clock).plusDays(1));
		learnedAbout.setLabel(getTranslation("experience.field.learnedAbout"));
		learnedAbout.setItems(Learning.values());
		learnedAbout.setItemLabelGenerator(ExperienceWords::label);
		repairSteps.setLabel(getTranslation("experience.field.repairSteps"));
		repairSteps.setHelperText(getTranslation("experience.field.repairSteps.help"));
		repairSteps.setItems(RepairStep.values());
		repairSteps.setItemLabelGenerator(ExperienceWords::label);
		add(happenedAt, setting);
		add(risk, 2);
		add(feared, beliefBefore);
		add(whatHappened, beliefAfter);
		add(learned, 2);
		add(learnedAbout, 2);
		add(body, 2);
		add(repairSteps, 2);
		bind();
		happenedAt.setValue(Dates.now(clock));
	}

	/** The portal's labels, which speak to the client rather than about them. */
	void inTheClientsOwnWords() {
		relabel(risk, "experience.field.risk");
		relabel(feared, "experience.field.feared");
		relabel(beliefBefore, "experience.field.beliefBefore");
		relabel(beliefAfter, "experience.field.beliefAfter");
		relabel(learned, "experience.field.learned");
	}

	private void relabel(HasLabel field, String key) {
		field.setLabel(getTranslation(ExperienceWords.CLIENTS_OWN.get(key)));
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
	private void bind() {
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

	@Override
	public Map<String, TextArea> wordFields() {
		Map<String, TextArea> fields = new LinkedHashMap<>();
		fields.put("feared", feared);
		fields.put("whatHappened", whatHappened);
		fields.put("learned", learned);
		fields.put("body", body);
		return fields;
	}

}
