package dev.harbor.ladder.ui;

import dev.harbor.common.ui.DateTimeField;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import dev.harbor.common.FreeText;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.EntryForm;
import dev.harbor.common.ui.WholeNumberField;
import dev.harbor.ladder.Anchors;
import dev.harbor.ladder.FearedOutcome;
import dev.harbor.ladder.LadderRules;
import dev.harbor.ladder.NewAttempt;
import dev.harbor.ladder.SafetyBehaviour;
import dev.harbor.ladder.StepView;
import org.jspecify.annotations.Nullable;

/**
 * One attempt as a form: when, which step, how long, the distress predicted (carried from
 * the step), at its peak and at the end on the client's own anchored scale, what they
 * leaned on, whether the feared outcome happened (the fear is shown beside the question),
 * what actually happened and what they learned. The clinician's dialog and the client's
 * portal page both use it.
 */
class AttemptForm extends EntryForm<NewAttempt> {

	private final DateTimePicker happenedAt = new DateTimeField();

	private final Select<StepView> step = new Select<>();

	private final WholeNumberField minutes;

	private final WholeNumberField predicted;

	private final WholeNumberField peak;

	private final WholeNumberField end;

	private final CheckboxGroup<SafetyBehaviour> safety = new CheckboxGroup<>();

	private final RadioButtonGroup<FearedOutcome> fearedHappened = new RadioButtonGroup<>();

	private final TextArea whatHappened = area("ladder.attempt.field.whatHappened", NewAttempt.TEXT_MAX);

	private final TextArea learned = area("ladder.attempt.field.learned", NewAttempt.TEXT_MAX);

	private final TextArea body = area("ladder.attempt.field.body", NewAttempt.SHORT_MAX);

	private final TextArea note = area("ladder.attempt.field.note", NewAttempt.SHORT_MAX);

	private final Clock clock;

	private final List<StepView> steps;

	/**
	 * @param steps the steps the attempt may be on, in order
	 * @param current the step to start with, if any
	 */
	AttemptForm(Clock clock, List<StepView> steps, @Nullable StepView current, Anchors anchors,
			boolean inTheClientsOwnWords) {
		super(NewAttempt.class);
		this.clock = clock;
		this.steps = List.copyOf(steps);
		addClassName("harbor-attempt-form");
		happenedAt.setLabel(getTranslation("ladder.attempt.field.happenedAt"));
		happenedAt.setMax(Dates.now(clock));
		step.setLabel(getTranslation("ladder.attempt.field.step"));
		step.setItems(this.steps);
		step.setItemLabelGenerator(LadderWords::stepName);
		minutes = new WholeNumberField(getTranslation("ladder.attempt.field.minutes"), 0, NewAttempt.MINUTES_MAX);
		predicted = distress("ladder.attempt.field.predicted");
		peak = distress("ladder.attempt.field.peak");
		end = distress("ladder.attempt.field.end");
		predicted.setHelperText(getTranslation("ladder.attempt.field.predicted.help"));
		safety.setLabel(getTranslation("ladder.attempt.field.safety"));
		safety.setHelperText(getTranslation("ladder.attempt.field.safety.help"));
		safety.setItems(SafetyBehaviour.values());
		safety.setItemLabelGenerator(LadderWords::label);
		fearedHappened.setLabel(getTranslation("ladder.attempt.field.fearedHappened"));
		fearedHappened.setItems(FearedOutcome.values());
		fearedHappened.setItemLabelGenerator(LadderWords::label);
		step.addValueChangeListener(change -> {
			if (change.getValue() != null) {
				showFear(change.getValue());
				if (change.isFromClient() || predicted.isEmpty()) {
					predicted.setNumber(change.getValue().step().predictedDistress());
				}
			}
		});
		Div scale = new Div(new ScaleAnchors(anchors, inTheClientsOwnWords));
		add(happenedAt, step);
		add(minutes, predicted);
		add(scale, 2);
		add(peak, end);
		add(fearedHappened, 2);
		add(whatHappened, 2);
		add(learned, 2);
		add(safety, 2);
		add(body, note);
		bind();
		happenedAt.setValue(Dates.now(clock));
		if (current != null) {
			step.setValue(current);
		}
		if (inTheClientsOwnWords) {
			relabel(fearedHappened, "ladder.attempt.field.fearedHappened");
			relabel(whatHappened, "ladder.attempt.field.whatHappened");
			relabel(learned, "ladder.attempt.field.learned");
			relabel(safety, "ladder.attempt.field.safety");
		}
	}

	private void showFear(StepView chosen) {
		fearedHappened
			.setHelperText(getTranslation("ladder.attempt.fear", chosen.step().feared(), chosen.step().likelihood()));
	}

	private void relabel(HasLabel field, String key) {
		field.setLabel(getTranslation(LadderWords.CLIENTS_OWN.get(key)));
	}

	private WholeNumberField distress(String labelKey) {
		WholeNumberField field = new WholeNumberField(getTranslation(labelKey), 0, 100);
		field.setHelperText(getTranslation("ladder.distress.help"));
		return field;
	}

	private TextArea area(String labelKey, int max) {
		TextArea area = new TextArea(getTranslation(labelKey));
		area.setMaxLength(max);
		return area;
	}

	private void bind() {
		binder.forField(happenedAt).bind("happenedAt");
		binder.forField(step)
			.withConverter(Converter.<StepView, Long>from(chosen -> Result.ok(chosen == null ? null : chosen.id()),
					id -> id == null ? null
							: steps.stream().filter(candidate -> candidate.id() == id).findFirst().orElse(null)))
			.bind("stepId");
		binder.number(minutes, "minutes");
		binder.number(predicted, "predictedDistress");
		binder.number(peak, "peakDistress");
		binder.number(end, "endDistress");
		binder.forField(safety).bind("safetyBehaviours");
		binder.forField(fearedHappened).bind("fearedHappened");
		binder.text(whatHappened, "whatHappened", text -> FreeText.problem(text, NewAttempt.TEXT_MAX));
		binder.text(learned, "learned", text -> FreeText.problem(text, NewAttempt.TEXT_MAX));
		binder.text(body, "body", text -> FreeText.problem(text, NewAttempt.SHORT_MAX));
		binder.text(note, "note", text -> FreeText.problem(text, NewAttempt.SHORT_MAX));
		binder.checkWhole(attempt -> LadderRules.problemOf(attempt, Dates.now(clock)));
		binder.conflictShownAt("whatHappened", "ladder.attempt.conflict");
	}

	@Override
	public Map<String, TextArea> wordFields() {
		Map<String, TextArea> fields = new LinkedHashMap<>();
		fields.put("whatHappened", whatHappened);
		fields.put("learned", learned);
		fields.put("body", body);
		fields.put("note", note);
		return fields;
	}

}
