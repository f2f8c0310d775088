package dev.harbor.homework.ui;

import dev.harbor.common.ui.DateField;
import java.time.Clock;

import java.util.List;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.harbor.client.CaseloadFilter;
import dev.harbor.client.ClientListItem;
import dev.harbor.client.ClientNotFoundException;
import dev.harbor.client.ClientService;
import dev.harbor.client.ClientStatus;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.Notifications;
import dev.harbor.homework.ExerciseLibraryService;
import dev.harbor.homework.ExerciseText;
import dev.harbor.homework.HomeworkNotFoundException;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.LibraryEntry;
import dev.harbor.homework.NewAssignment;
import dev.harbor.homework.Progression;
import dev.harbor.common.ui.Submit;
import dev.harbor.common.ui.WholeNumberField;
import dev.harbor.common.ui.RecordBinder;
import dev.harbor.homework.HomeworkRules;
import dev.harbor.homework.Rhythm;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;

/**
 * Assigns an exercise to a client: from the library (choose the client) or from a
 * client's Homework tab (choose the exercise). The plan starts from the exercise's
 * suggestion and can be changed before saving.
 */
class AssignDialog extends Dialog {

	private final HomeworkService homework;

	private final ComboBox<LibraryEntry> exercise = new ComboBox<>();

	private final ComboBox<ClientListItem> client = new ComboBox<>();

	private final DatePicker start = new DateField();

	private final DatePicker end = new DateField();

	private final RhythmField rhythm;

	private final WholeNumberField targetMinutes = new WholeNumberField(getTranslation("homework.field.minutes"), 1,
			ExerciseText.MINUTES_MAX);

	private final Checkbox buildUp = new Checkbox();

	private final WholeNumberField stepMinutes = new WholeNumberField(getTranslation("homework.field.step"), 1,
			Progression.STEP_MAX);

	private final WholeNumberField capMinutes = new WholeNumberField(getTranslation("homework.field.cap"), 1,
			ExerciseText.MINUTES_MAX);

	private final TextArea personalNote = new TextArea();

	private final @Nullable Long fixedClientId;

	private final @Nullable Long sessionId;

	private final Clock clock;

	private final RecordBinder<Plan> binder = new RecordBinder<>(Plan.class);

	/**
	 * @param chosen the exercise, when assigning from the library; null to choose one
	 * @param clientId the client, when assigning from their page; null to choose one
	 * @param sessionId the client's session the homework is given in, if any; only with a
	 * client
	 * @param assigned told the new assignment's id
	 */
	AssignDialog(HomeworkService homework, ExerciseLibraryService library, ClientService clients, Clock clock,
			@Nullable LibraryEntry chosen, @Nullable Long clientId, @Nullable Long sessionId, LongConsumer assigned) {
		this.homework = homework;
		this.fixedClientId = clientId;
		this.sessionId = clientId == null ? null : sessionId;
		this.clock = clock;
		rhythm = new RhythmField(getTranslation("homework.field.rhythm"));
		setHeaderTitle(getTranslation("homework.assign.title"));
		configureExercise(library, chosen);
		configureClient(clients);
		configurePlan();
		FormLayout form = new FormLayout();
		if (chosen == null) {
			form.add(exercise, 2);
		}
		if (clientId == null) {
			form.add(client, 2);
		}
		form.add(start, end);
		form.add(rhythm, 2);
		form.add(targetMinutes, buildUp);
		form.add(stepMinutes, capMinutes);
		form.add(personalNote, 2);
		if (this.sessionId != null) {
			Paragraph inSession = new Paragraph(getTranslation("homework.assign.inSession"));
			inSession.addClassName("harbor-muted");
			add(inSession);
		}
		add(form);
		bind();
		Button save = Submit.primary(getTranslation("homework.assign.save"), click -> save(assigned));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
		setWidth("min(44rem, 96vw)");
		if (chosen != null) {
			exercise.setValue(chosen);
		}
	}

	private void configureExercise(ExerciseLibraryService library, @Nullable LibraryEntry chosen) {
		exercise.setLabel(getTranslation("homework.field.exercise"));
		exercise.setItems(chosen == null ? library.browse(null, null, getLocale()) : List.of(chosen));
		exercise.setItemLabelGenerator(entry -> entry.text().name());
		exercise.addValueChangeListener(change -> {
			if (change.getValue() != null) {
				suggest(change.getValue().text());
			}
		});
	}

	private void configureClient(ClientService clients) {
		client.setLabel(getTranslation("homework.field.client"));
		client.setItemLabelGenerator(item -> item.displayName() + " · " + item.referenceCode());
		client.setItems(
				query -> clients
					.myCaseload(new CaseloadFilter(query.getFilter().orElse(""), ClientStatus.ACTIVE, null),
							PageRequest.of(query.getPage(), query.getPageSize()))
					.stream());
	}

	private void configurePlan() {
		start.setLabel(getTranslation("homework.field.start"));
		start.setValue(Dates.today(clock));
		end.setLabel(getTranslation("homework.field.end"));
		end.setHelperText(getTranslation("homework.field.end.help"));
		start.addValueChangeListener(change -> end.setMin(change.getValue()));
		buildUp.setLabel(getTranslation("homework.field.buildUp"));
		stepMinutes.setNumber(1);
		capMinutes.setNumber(10);
		buildUp.addValueChangeListener(change -> showBuildUp());
		personalNote.setLabel(getTranslation("homework.field.note"));
		personalNote.setHelperText(getTranslation("homework.field.note.help"));
		personalNote.setMaxLength(NewAssignment.NOTE_MAX);
		showBuildUp();
	}

	private void showBuildUp() {
		stepMinutes.setVisible(buildUp.getValue());
		capMinutes.setVisible(buildUp.getValue());
	}

	private void suggest(ExerciseText text) {
		rhythm.setValue(text.rhythm());
		targetMinutes.setNumber(text.startMinutes());
	}

	/**
	 * Each field keeps the rule the service applies, checked as it is typed; the plan as
	 * a whole (its end after its start, a build-up that fits the minutes) before it is
	 * sent.
	 */
	private void bind() {
		binder.forField(exercise).withValidator(RecordBinder.required("homework.rule.template")).bind("template");
		binder.forField(client)
			.withValidator(RecordBinder
				.rule(chosen -> chosen == null && fixedClientId == null ? "homework.rule.client" : null))
			.bind("client");
		binder.forField(start)
			.withValidator(RecordBinder.rule(day -> HomeworkRules.startProblem(day, Dates.today(clock))))
			.bind("start");
		binder.forField(end).bind("end");
		binder.forField(rhythm).withValidator(RecordBinder.required("homework.rule.required")).bind("rhythm");
		binder.forField(targetMinutes)
			.withConverter(targetMinutes.asNumber())
			.withValidator(
					RecordBinder.rule(minutes -> HomeworkRules.minutesProblem(minutes, 1, ExerciseText.MINUTES_MAX)))
			.bind("targetMinutes");
		binder.forField(buildUp).bind("buildUp");
		binder.number(stepMinutes, "stepMinutes");
		binder.number(capMinutes, "capMinutes");
		binder.text(personalNote, "personalNote", text -> HomeworkRules.optionalText(text, NewAssignment.NOTE_MAX));
		binder.alsoName("progression", stepMinutes);
		binder.checkWhole(plan -> {
			String end = HomeworkRules.endProblem(plan.end(), plan.start());
			if (end != null) {
				return new InvalidInputException("end", end);
			}
			boolean incomplete = plan.buildUp() && (plan.stepMinutes() == null || plan.capMinutes() == null);
			String progression = incomplete ? "homework.rule.progression"
					: HomeworkRules.progressionProblem(plan.assignment().progression(), plan.targetMinutes());
			return progression == null ? null : new InvalidInputException("progression", progression);
		});
	}

	private void save(LongConsumer assigned) {
		try {
			binder.submit(plan -> {
				long clientId = fixedClientId != null ? fixedClientId : Objects.requireNonNull(plan.client()).id();
				return sessionId == null ? homework.assignHomework(clientId, plan.assignment())
						: homework.assignHomeworkInSession(clientId, sessionId, plan.assignment());
			}).ifPresent(id -> {
				Notifications.success("homework.assign.done");
				close();
				assigned.accept(id);
			});
		}
		catch (ClientNotFoundException | HomeworkNotFoundException gone) {
			Notifications.problem("homework.gone");
		}
	}

	/**
	 * What the dialog asks, field by field: the exercise, the client (unless fixed), the
	 * plan, and the build-up when chosen.
	 */
	public record Plan(@Nullable LibraryEntry template, @Nullable ClientListItem client, @Nullable LocalDate start,
			@Nullable LocalDate end, @Nullable Rhythm rhythm, @Nullable Integer targetMinutes, boolean buildUp,
			@Nullable Integer stepMinutes, @Nullable Integer capMinutes, @Nullable String personalNote) {

		NewAssignment assignment() {
			Progression progression = buildUp && stepMinutes != null && capMinutes != null
					? new Progression(stepMinutes, capMinutes) : null;
			return new NewAssignment(template == null ? null : template.ref(), start, end, rhythm, targetMinutes,
					progression, personalNote);
		}

		@Override
		public String toString() {
			return "Plan[start=" + start + ", end=" + end + ", buildUp=" + buildUp + "]";
		}

	}

}
