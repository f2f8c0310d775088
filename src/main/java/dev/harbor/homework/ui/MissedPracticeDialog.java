package dev.harbor.homework.ui;

import java.time.Clock;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.ui.Dates;
import dev.harbor.homework.AssignmentView;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.PracticeLogService;
import dev.harbor.homework.MissedReason;
import dev.harbor.homework.MissedView;
import dev.harbor.common.ui.Submit;
import dev.harbor.common.ui.FieldErrors;

/**
 * Notes, in session, why a planned practice did not happen. The reasons are the client's
 * own words for it, offered without blame.
 */
class MissedPracticeDialog extends Dialog {

	private final DatePicker missedOn = new DatePicker();

	private final RadioButtonGroup<MissedReason> reason = new RadioButtonGroup<>();

	private final TextArea note = new TextArea();

	MissedPracticeDialog(PracticeLogService practice, AssignmentView assignment, Clock clock,
			Consumer<MissedView> noted) {
		setHeaderTitle(getTranslation("homework.missed.title", assignment.text().name()));
		missedOn.setLabel(getTranslation("homework.missed.on"));
		missedOn.setValue(Dates.today(clock));
		missedOn.setMin(assignment.start());
		missedOn.setMax(Dates.today(clock));
		reason.setLabel(getTranslation("homework.missed.reason"));
		reason.setItems(MissedReason.values());
		reason.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		note.setLabel(getTranslation("homework.missed.note"));
		note.setMaxLength(MissedView.NOTE_MAX);
		note.setWidthFull();
		add(new Paragraph(getTranslation("homework.missed.intro")), missedOn, reason, note);
		FieldErrors errors = new FieldErrors().field("missedOn", missedOn).field("reason", reason).field("note", note);
		Button save = new Button(getTranslation("action.save"), click -> {
			errors.clear();
			try {
				MissedView view = practice.noteMissedPractice(assignment.id(), missedOn.getValue(), reason.getValue(),
						note.getValue());
				close();
				noted.accept(view);
			}
			catch (InvalidInputException problem) {
				errors.show(problem);
			}
		});
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Submit.once(save);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
		setWidth("min(34rem, 96vw)");
	}

}
