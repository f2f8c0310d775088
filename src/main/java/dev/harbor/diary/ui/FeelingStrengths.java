package dev.harbor.diary.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import dev.harbor.common.ui.WholeNumberField;
import dev.harbor.diary.Feeling;

/**
 * How strong each feeling was, 0 to 100, one small field a feeling; the ones left empty
 * were not felt. A strength that is not a whole number in range is refused at its own
 * field, and the group says that one of them needs a look.
 */
class FeelingStrengths extends CustomField<Map<Feeling, Integer>> {

	private final Map<Feeling, WholeNumberField> strengths = new EnumMap<>(Feeling.class);

	FeelingStrengths() {
		super(Map.of());
		Div fields = new Div();
		fields.addClassName("harbor-feeling-fields");
		for (Feeling feeling : Feeling.values()) {
			WholeNumberField strength = new WholeNumberField(DiaryWords.label(feeling), 0, 100);
			strength.addValueChangeListener(change -> updateValue());
			strengths.put(feeling, strength);
			fields.add(strength);
		}
		setLabel(getTranslation("diary.field.feelings"));
		setHelperText(getTranslation("diary.field.feelings.help"));
		add(fields);
	}

	/** Every strength typed is a whole number in range; each that is not says so. */
	Validator<Map<Feeling, Integer>> eachFits() {
		return (value, context) -> {
			boolean fits = WholeNumberField.checkAll(strengths.values().toArray(WholeNumberField[]::new));
			return fits ? ValidationResult.ok() : ValidationResult.error(getTranslation("diary.rule.intensities"));
		};
	}

	@Override
	protected Map<Feeling, Integer> generateModelValue() {
		Map<Feeling, Integer> felt = new EnumMap<>(Feeling.class);
		strengths.forEach((feeling, field) -> Optional.ofNullable(field.getNumber())
			.ifPresent(strength -> felt.put(feeling, strength)));
		return felt;
	}

	@Override
	protected void setPresentationValue(Map<Feeling, Integer> felt) {
		strengths.forEach((feeling, field) -> field.setNumber(felt == null ? null : felt.get(feeling)));
	}

}
