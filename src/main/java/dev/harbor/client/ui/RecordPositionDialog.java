package dev.harbor.client.ui;

import dev.harbor.common.ui.DateField;
import java.time.Clock;
import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import dev.harbor.common.ui.Dates;
import dev.harbor.client.ClientRules;
import dev.harbor.client.NewPosition;
import dev.harbor.client.Relationship;
import dev.harbor.common.ui.Submit;
import dev.harbor.common.ui.RecordBinder;
import dev.harbor.common.ui.DecimalField;

/**
 * A new reading of the dials. The caller saves; the dialog checks each field as typed.
 */
class RecordPositionDialog extends Dialog {

	private final DecimalField anxiety = dial("client.field.anxiety", "client.field.anxiety.help");

	private final DecimalField avoidance = dial("client.field.avoidance", "client.field.avoidance.help");

	private final Select<Relationship> relationship = new Select<>();

	private final DatePicker observedOn = new DateField();

	private final RecordBinder<NewPosition> binder = new RecordBinder<>(NewPosition.class);

	RecordPositionDialog(Clock clock, Predicate<NewPosition> save) {
		setHeaderTitle(getTranslation("client.attachment.record"));
		relationship.setLabel(getTranslation("client.field.relationship"));
		relationship.setItems(Relationship.values());
		relationship.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		relationship.setValue(Relationship.PARTNER);
		observedOn.setLabel(getTranslation("client.field.observedOn"));
		observedOn.setMax(Dates.today(clock));
		observedOn.setValue(Dates.today(clock));
		bind(clock);
		FormLayout form = new FormLayout(anxiety, avoidance, relationship, observedOn);
		add(new Paragraph(getTranslation("client.attachment.record.intro")), form);
		Button saveButton = Submit.primary(getTranslation("client.attachment.save"), click -> save(save));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), saveButton);
		setWidth("min(36rem, 95vw)");
	}

	private DecimalField dial(String labelKey, String helpKey) {
		DecimalField field = new DecimalField(getTranslation(labelKey), ClientRules::dialProblem);
		field.setHelperText(getTranslation(helpKey));
		return field;
	}

	/** Each field keeps the rule the service applies, checked as it is typed. */
	private void bind(Clock clock) {
		binder.forField(anxiety).withConverter(anxiety.asNumber()).bind("anxiety");
		binder.forField(avoidance).withConverter(avoidance.asNumber()).bind("avoidance");
		binder.forField(relationship)
			.withValidator(RecordBinder.required("client.rule.relationship"))
			.bind("relationship");
		binder.forField(observedOn)
			.withValidator(RecordBinder.rule(day -> ClientRules.observedOnProblem(day, Dates.today(clock))))
			.bind("observedOn");
	}

	private void save(Predicate<NewPosition> save) {
		binder.submit(save::test).filter(Boolean::booleanValue).ifPresent(saved -> close());
	}

}
