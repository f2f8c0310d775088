package dev.harbor.ladder.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.textfield.TextArea;
import dev.harbor.common.FreeText;
import dev.harbor.common.ui.EntryForm;
import dev.harbor.common.ui.WholeNumberField;
import dev.harbor.ladder.LadderRules;
import dev.harbor.ladder.NewStep;

/**
 * One step as a form: what the client will do, for how long or how far, what they fear
 * will happen, how likely it feels and the distress they expect.
 */
class StepForm extends EntryForm<NewStep> {

	private final TextArea action = area("ladder.step.field.action", NewStep.ACTION_MAX);

	private final TextArea dose = area("ladder.step.field.dose", NewStep.DOSE_MAX);

	private final TextArea feared = area("ladder.step.field.feared", NewStep.FEARED_MAX);

	private final WholeNumberField likelihood = new WholeNumberField(getTranslation("ladder.step.field.likelihood"), 0,
			100);

	private final WholeNumberField predicted = new WholeNumberField(getTranslation("ladder.step.field.predicted"), 0,
			100);

	StepForm() {
		super(NewStep.class);
		dose.setHelperText(getTranslation("ladder.step.field.dose.help"));
		likelihood.setHelperText(getTranslation("ladder.step.field.likelihood.help"));
		predicted.setHelperText(getTranslation("ladder.distress.help"));
		add(action, 2);
		add(dose, 2);
		add(feared, 2);
		add(likelihood, predicted);
		binder.text(action, "action", text -> FreeText.problem(text, NewStep.ACTION_MAX));
		binder.text(dose, "dose", text -> FreeText.problem(text, NewStep.DOSE_MAX));
		binder.text(feared, "feared", text -> FreeText.problem(text, NewStep.FEARED_MAX));
		binder.number(likelihood, "likelihood");
		binder.number(predicted, "predictedDistress");
		binder.checkWhole(LadderRules::problemOf);
		binder.conflictShownAt("action", "ladder.conflict");
	}

	private static TextArea area(String labelKey, int max) {
		TextArea area = new TextArea();
		area.setLabel(area.getTranslation(labelKey));
		area.setMaxLength(max);
		return area;
	}

	@Override
	public Map<String, TextArea> wordFields() {
		Map<String, TextArea> fields = new LinkedHashMap<>();
		fields.put("action", action);
		fields.put("dose", dose);
		fields.put("feared", feared);
		return fields;
	}

}
