package dev.harbor.homework.ui;

import dev.harbor.common.ui.DateField;
import java.time.Clock;

import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dev.harbor.common.ui.Dates;
import dev.harbor.homework.AssignmentView;
import dev.harbor.homework.PracticeLogService;
import dev.harbor.homework.MissedReason;
import dev.harbor.homework.MissedView;
import dev.harbor.common.ui.Submit;
import dev.harbor.common.ui.RecordBinder;
import dev.harbor.homework.HomeworkRules;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Notes why a planned practice did not happen: in session by the clinician, or by the
 * client in the portal ("not today"). The reasons are the client's own words for it,
 * offered without blame.
 */
class MissedPracticeDialog extends Dialog {

	private final DatePicker missedOn = new DateField();

	private final RadioButtonGroup<MissedReason> reason = new RadioButtonGroup<>();

	private final TextArea note = new TextArea();

	private final Paragraph intro = new Paragraph(getTranslation("homework.missed.intro"));

	MissedPracticeDialog(PracticeLogService practice, AssignmentView assignment, Clock clock,
			Consumer<MissedView> noted) {
		this(assignment.text().name(), assignment.start(), clock, missed -> practice.noteMissedPractice(assignment.id(),
				missed.missedOn(), missed.reason(), missed.note()), noted);
	}

	/**
	 * @param name the exercise's name, for the heading
	 * @param start the plan's first day: nothing can be missed before it
	 */
	<V> MissedPracticeDialog(String name, LocalDate start, Clock clock, Function<Missed, V> store, Consumer<V> noted) {
		setHeaderTitle(getTranslation("homework.missed.title", name));
		missedOn.setLabel(getTranslation("homework.missed.on"));
		missedOn.setValue(Dates.today(clock));
		missedOn.setMin(start);
		missedOn.setMax(Dates.today(clock));
		reason.setLabel(getTranslation("homework.missed.reason"));
		reason.setItems(MissedReason.values());
		reason.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		note.setLabel(getTranslation("homework.missed.note"));
		note.setMaxLength(MissedView.NOTE_MAX);
		note.setWidthFull();
		add(intro, missedOn, reason, note);
		RecordBinder<Missed> binder = new RecordBinder<>(Missed.class);
		binder.forField(missedOn)
			.withValidator(RecordBinder.rule(day -> HomeworkRules.missedOnProblem(day, start, Dates.today(clock))))
			.bind("missedOn");
		binder.forField(reason).withValidator(RecordBinder.required("homework.rule.required")).bind("reason");
		binder.text(note, "note", text -> HomeworkRules.optionalText(text, MissedView.NOTE_MAX));
		Button save = new Button(getTranslation("action.save"), click -> binder.submit(store).ifPresent(view -> {
			close();
			noted.accept(view);
		}));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Submit.once(save);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
		setWidth("min(34rem, 96vw)");
	}

	/** Worded for the client, who notes it themselves in the portal. */
	void inTheClientsOwnWords() {
		setHeaderTitle(getTranslation("portal.notToday.title"));
		intro.setText(getTranslation("portal.notToday.intro"));
		note.setLabel(getTranslation("portal.notToday.note"));
	}

	/** What the dialog asks: the day, the reason and a note in the client's words. */
	public record Missed(@Nullable LocalDate missedOn, @Nullable MissedReason reason, @Nullable String note) {

		@Override
		public String toString() {
			return "Missed[missedOn=" + missedOn + ", reason=" + reason + "]";
		}

	}

}
