package dev.harbor.diary.ui;

import dev.harbor.common.ui.DateTimeField;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import dev.harbor.common.FreeText;
import dev.harbor.common.i18n.Translatable;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.EntryForm;
import dev.harbor.diary.Behaviour;
import dev.harbor.diary.DiaryRelationship;
import dev.harbor.diary.DiaryRules;
import dev.harbor.diary.Need;
import dev.harbor.diary.NewDiaryEntry;
import dev.harbor.diary.ThinkingTrap;

/**
 * The trigger-diary worksheet as a form: when, the situation, the thoughts, each feeling
 * with how strong it was, the body, what the client did or wanted to do, the need
 * underneath, the thinking traps noticed, what they tried instead and how it went, and
 * whom it concerns. The clinician's dialog and the client's portal page both use it, so
 * both check the same rules as they are typed.
 */
class DiaryForm extends EntryForm<NewDiaryEntry> {

	private final DateTimePicker happenedAt = new DateTimeField();

	private final DateTimePicker writtenAt = new DateTimeField();

	private final TextArea situation = area("diary.field.situation", NewDiaryEntry.SITUATION_MAX);

	private final TextArea thoughts = area("diary.field.thoughts", NewDiaryEntry.THOUGHTS_MAX);

	private final FeelingStrengths feelings = new FeelingStrengths();

	private final TextArea body = area("diary.field.body", NewDiaryEntry.BODY_MAX);

	private final CheckboxGroup<Behaviour> behaviours = choices("diary.field.behaviours", Behaviour.values());

	private final CheckboxGroup<Need> needs = choices("diary.field.needs", Need.values());

	private final CheckboxGroup<ThinkingTrap> traps = choices("diary.field.traps", ThinkingTrap.values());

	private final TextArea triedInstead = area("diary.field.triedInstead", NewDiaryEntry.TRIED_MAX);

	private final TextArea howItWent = area("diary.field.howItWent", NewDiaryEntry.WENT_MAX);

	private final Select<DiaryRelationship> relationship = new Select<>();

	private final Clock clock;

	/**
	 * @param withWrittenAt whether to ask when it was written down: the clinician types
	 * in paper diaries; a client writing in the portal writes it now
	 */
	DiaryForm(Clock clock, boolean withWrittenAt) {
		super(NewDiaryEntry.class);
		this.clock = clock;
		happenedAt.setLabel(getTranslation("diary.field.happenedAt"));
		happenedAt.setMax(Dates.now(clock).plusDays(1));
		writtenAt.setLabel(getTranslation("diary.field.writtenAt"));
		writtenAt.setHelperText(getTranslation("diary.field.writtenAt.help"));
		writtenAt.setVisible(withWrittenAt);
		relationship.setLabel(getTranslation("diary.field.relationship"));
		relationship.setItems(DiaryRelationship.values());
		relationship.setItemLabelGenerator(DiaryWords::label);
		add(happenedAt, writtenAt);
		add(situation, 2);
		add(thoughts, 2);
		add(feelings, 2);
		add(body, 2);
		add(behaviours, 2);
		add(needs, traps);
		add(triedInstead, howItWent);
		add(relationship);
		bind();
		happenedAt.setValue(Dates.now(clock));
		relationship.setValue(DiaryRelationship.PARTNER);
	}

	/** The portal's labels, which speak to the client rather than about them. */
	void inTheClientsOwnWords() {
		behaviours.setLabel(getTranslation(DiaryWords.CLIENTS_OWN.get("diary.field.behaviours")));
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

	/**
	 * Each field is checked as it is typed; the entry's own rule, which the service
	 * applies too, runs before anything is sent.
	 */
	private void bind() {
		binder.forField(happenedAt).bind("happenedAt");
		binder.forField(writtenAt).bind("writtenAt");
		binder.text(situation, "situation", text -> FreeText.problem(text, NewDiaryEntry.SITUATION_MAX));
		binder.text(thoughts, "thoughts", text -> FreeText.problem(text, NewDiaryEntry.THOUGHTS_MAX));
		binder.forField(feelings).withValidator(feelings.eachFits()).bind("feelings");
		binder.text(body, "body", text -> FreeText.problem(text, NewDiaryEntry.BODY_MAX));
		binder.forField(behaviours).bind("behaviours");
		binder.forField(needs).bind("needs");
		binder.forField(traps).bind("traps");
		binder.text(triedInstead, "triedInstead", text -> FreeText.problem(text, NewDiaryEntry.TRIED_MAX));
		binder.text(howItWent, "howItWent", text -> FreeText.problem(text, NewDiaryEntry.WENT_MAX));
		binder.forField(relationship).bind("relationship");
		binder.checkWhole(entry -> DiaryRules.problemOf(entry, Dates.today(clock)));
		binder.conflictShownAt("situation", "diary.conflict");
	}

	@Override
	public Map<String, TextArea> wordFields() {
		Map<String, TextArea> fields = new LinkedHashMap<>();
		fields.put("situation", situation);
		fields.put("thoughts", thoughts);
		fields.put("body", body);
		fields.put("triedInstead", triedInstead);
		fields.put("howItWent", howItWent);
		return fields;
	}

}
