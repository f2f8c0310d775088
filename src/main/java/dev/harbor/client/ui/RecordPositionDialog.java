package dev.harbor.client.ui;

import java.time.Clock;
import java.math.BigDecimal;
import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import dev.harbor.common.ui.Dates;
import dev.harbor.client.ClientRules;
import dev.harbor.common.InvalidInputException;
import dev.harbor.client.NewPosition;
import dev.harbor.client.Relationship;
import dev.harbor.common.ui.Submit;
import dev.harbor.common.ui.DecimalField;

/**
 * A new reading of the dials. The caller saves; the dialog checks each field as typed.
 */
class RecordPositionDialog extends Dialog {

	private final DecimalField anxiety = dial("client.field.anxiety", "client.field.anxiety.help");

	private final DecimalField avoidance = dial("client.field.avoidance", "client.field.avoidance.help");

	private final Select<Relationship> relationship = new Select<>();

	private final DatePicker observedOn = new DatePicker();

	RecordPositionDialog(Clock clock, Predicate<NewPosition> save) {
		setHeaderTitle(getTranslation("client.attachment.record"));
		relationship.setLabel(getTranslation("client.field.relationship"));
		relationship.setItems(Relationship.values());
		relationship.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		relationship.setValue(Relationship.PARTNER);
		observedOn.setLabel(getTranslation("client.field.observedOn"));
		observedOn.setMax(Dates.today(clock));
		observedOn.setValue(Dates.today(clock));
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

	private void save(Predicate<NewPosition> save) {
		boolean anxietyOk = anxiety.check();
		boolean avoidanceOk = avoidance.check();
		if (!anxietyOk || !avoidanceOk || relationship.getValue() == null || observedOn.getValue() == null
				|| observedOn.isInvalid()) {
			return;
		}
		try {
			BigDecimal anxietyValue = anxiety.getNumber();
			BigDecimal avoidanceValue = avoidance.getNumber();
			if (save
				.test(new NewPosition(anxietyValue, avoidanceValue, relationship.getValue(), observedOn.getValue()))) {
				close();
			}
		}
		catch (InvalidInputException problem) {
			observedOn.setErrorMessage(getTranslation(problem.messageKey()));
			observedOn.setInvalid(true);
		}
	}

}
