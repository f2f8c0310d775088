package dev.harbor.therapysession.ui;

import dev.harbor.common.ui.DateTimeField;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.RecordBinder;
import dev.harbor.common.ui.Submit;
import dev.harbor.common.ui.WholeNumberField;
import dev.harbor.therapysession.NewSession;
import dev.harbor.therapysession.SessionRules;
import dev.harbor.therapysession.SessionView;

/** Starts a session: when it begins and how long it is planned to be. */
class NewSessionDialog extends Dialog {

	private final DateTimePicker startsAt = new DateTimeField(getTranslation("session.field.startsAt"));

	private final WholeNumberField minutes = new WholeNumberField(getTranslation("session.field.minutes"),
			NewSession.MINUTES_MIN, NewSession.MINUTES_MAX);

	private final RecordBinder<NewSession> binder = new RecordBinder<>(NewSession.class);

	/**
	 * @param start starts the session and answers it
	 * @param started told the session once it has started
	 */
	NewSessionDialog(Clock clock, int usualMinutes, Function<NewSession, SessionView> start,
			Consumer<SessionView> started) {
		setHeaderTitle(getTranslation("session.new"));
		binder.forField(startsAt)
			.withValidator(RecordBinder.rule(when -> SessionRules.startsAtProblem(when, Dates.today(clock))))
			.bind("startsAt");
		binder.forField(minutes)
			.withConverter(minutes.asNumber())
			.withValidator(RecordBinder.rule(SessionRules::minutesProblem))
			.bind("minutes");
		binder.readRecord(new NewSession(Dates.now(clock), usualMinutes));
		add(new FormLayout(startsAt, minutes));
		Button create = Submit.primary(getTranslation("session.create"),
				click -> binder.submit(start).ifPresent(created -> {
					close();
					started.accept(created);
				}));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
		setWidth("min(32rem, 96vw)");
	}

}
