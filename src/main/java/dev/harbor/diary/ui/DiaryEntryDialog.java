package dev.harbor.diary.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.i18n.Translatable;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.WholeNumberField;
import dev.harbor.diary.Behaviour;
import dev.harbor.diary.DiaryEntryView;
import dev.harbor.diary.DiaryRelationship;
import dev.harbor.diary.Feeling;
import dev.harbor.diary.Need;
import dev.harbor.diary.NewDiaryEntry;
import dev.harbor.diary.ThinkingTrap;
import dev.harbor.common.ui.Submit;
import dev.harbor.common.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Enters or corrects a trigger-diary entry, as on the paper worksheet: when, the
 * situation, the thoughts, each feeling with how strong it was, the body, what the client
 * did or wanted to do, the need underneath, the thinking traps noticed, what they tried
 * instead and how it went, and whom it concerns.
 */
class DiaryEntryDialog extends Dialog {

	private final DateTimePicker happenedAt = new DateTimePicker();

	private final DateTimePicker writtenAt = new DateTimePicker();

	private final TextArea situation = area("diary.field.situation", NewDiaryEntry.SITUATION_MAX);

	private final TextArea thoughts = area("diary.field.thoughts", NewDiaryEntry.THOUGHTS_MAX);

	private final Map<Feeling, WholeNumberField> feelings = new EnumMap<>(Feeling.class);

	private final TextArea body = area("diary.field.body", NewDiaryEntry.BODY_MAX);

	private final CheckboxGroup<Behaviour> behaviours = choices("diary.field.behaviours", Behaviour.values());

	private final CheckboxGroup<Need> needs = choices("diary.field.needs", Need.values());

	private final CheckboxGroup<ThinkingTrap> traps = choices("diary.field.traps", ThinkingTrap.values());

	private final TextArea triedInstead = area("diary.field.triedInstead", NewDiaryEntry.TRIED_MAX);

	private final TextArea howItWent = area("diary.field.howItWent", NewDiaryEntry.WENT_MAX);

	private final Select<DiaryRelationship> relationship = new Select<>();

	private final Div feelingFields = new Div();

	private final FieldErrors errors = new FieldErrors().field("happenedAt", happenedAt)
		.field("writtenAt", writtenAt)
		.field("situation", situation)
		.field("thoughts", thoughts)
		.field("body", body)
		.field("triedInstead", triedInstead)
		.field("howItWent", howItWent)
		.field("relationship", relationship);

	DiaryEntryDialog(@Nullable DiaryEntryView existing, Clock clock, Function<NewDiaryEntry, DiaryEntryView> save,
			Consumer<DiaryEntryView> saved) {
		setHeaderTitle(getTranslation(existing == null ? "diary.new.title" : "diary.correct.title"));
		happenedAt.setLabel(getTranslation("diary.field.happenedAt"));
		happenedAt.setMax(Dates.now(clock).plusDays(1));
		writtenAt.setLabel(getTranslation("diary.field.writtenAt"));
		writtenAt.setHelperText(getTranslation("diary.field.writtenAt.help"));
		relationship.setLabel(getTranslation("diary.field.relationship"));
		relationship.setItems(DiaryRelationship.values());
		relationship.setItemLabelGenerator(DiaryWords::label);
		feelingFields.addClassName("harbor-feeling-fields");
		feelingFields.getElement().setAttribute("role", "group");
		feelingFields.getElement().setAttribute("aria-label", getTranslation("diary.field.feelings"));
		for (Feeling feeling : Feeling.values()) {
			WholeNumberField intensity = new WholeNumberField(DiaryWords.label(feeling), 0, 100);
			feelings.put(feeling, intensity);
			feelingFields.add(intensity);
		}
		// The service names the feelings as one; each strength is checked at its own
		// field.
		errors.field("feelings", feelings.get(Feeling.FEAR));
		FormLayout form = new FormLayout(happenedAt, writtenAt);
		form.add(situation, 2);
		form.add(thoughts, 2);
		form.add(new Paragraph(getTranslation("diary.field.feelings.help")), 2);
		form.add(feelingFields, 2);
		form.add(body, 2);
		form.add(behaviours, 2);
		form.add(needs, traps);
		form.add(triedInstead, howItWent);
		form.add(relationship);
		add(form);
		show(existing, clock);
		Button saveButton = Submit.primary(getTranslation("action.save"), click -> save(save, saved));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), saveButton);
		setWidth("min(52rem, 98vw)");
	}

	private TextArea area(String labelKey, int max) {
		TextArea area = new TextArea(getTranslation(labelKey));
		area.setMaxLength(max);
		return area;
	}

	private <T extends Translatable> CheckboxGroup<T> choices(String labelKey, T[] values) {
		CheckboxGroup<T> group = new CheckboxGroup<>(getTranslation(labelKey));
		group.setItems(values);
		group.setItemLabelGenerator(DiaryWords::label);
		return group;
	}

	private void show(@Nullable DiaryEntryView existing, Clock clock) {
		if (existing == null) {
			happenedAt.setValue(Dates.now(clock));
			relationship.setValue(DiaryRelationship.PARTNER);
			return;
		}
		NewDiaryEntry entry = existing.entry();
		happenedAt.setValue(entry.happenedAt());
		writtenAt.setValue(entry.writtenAt());
		situation.setValue(entry.situation());
		thoughts.setValue(entry.thoughts() == null ? "" : entry.thoughts());
		entry.feelings().forEach((feeling, intensity) -> feelings.get(feeling).setNumber(intensity));
		body.setValue(entry.body() == null ? "" : entry.body());
		behaviours.setValue(entry.behaviours());
		needs.setValue(entry.needs());
		traps.setValue(entry.traps());
		triedInstead.setValue(entry.triedInstead() == null ? "" : entry.triedInstead());
		howItWent.setValue(entry.howItWent() == null ? "" : entry.howItWent());
		relationship.setValue(entry.relationship());
	}

	private void save(Function<NewDiaryEntry, DiaryEntryView> save, Consumer<DiaryEntryView> saved) {
		fields().forEach(field -> field.setInvalid(false));
		if (!WholeNumberField.checkAll(feelings.values().toArray(WholeNumberField[]::new))) {
			return;
		}
		Map<Feeling, Integer> named = new EnumMap<>(Feeling.class);
		feelings.forEach((feeling, field) -> {
			if (field.getNumber() != null) {
				named.put(feeling, field.getNumber());
			}
		});
		try {
			DiaryEntryView result = save
				.apply(new NewDiaryEntry(happenedAt.getValue(), writtenAt.getValue(), situation.getValue(),
						thoughts.getValue(), named, body.getValue(), behaviours.getValue(), needs.getValue(),
						traps.getValue(), triedInstead.getValue(), howItWent.getValue(), relationship.getValue()));
			close();
			saved.accept(result);
		}
		catch (InvalidInputException problem) {
			errors.show(problem);
		}
		catch (OptimisticLockingFailureException conflict) {
			errors.show("situation", "diary.conflict");
		}
	}

	private List<HasValidation> fields() {
		List<HasValidation> all = new ArrayList<>(List.<HasValidation>of(happenedAt, writtenAt, situation, thoughts,
				body, triedInstead, howItWent, relationship));
		all.addAll(feelings.values());
		return all;
	}

}
