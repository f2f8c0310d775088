package dev.harbor.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.harbor.client.ClientProfile;
import dev.harbor.client.ClientService;
import dev.harbor.client.GoalStatus;
import dev.harbor.client.GoalView;
import dev.harbor.client.ClientRules;
import dev.harbor.common.ui.RecordBinder;
import org.jspecify.annotations.Nullable;
import dev.harbor.client.TreatmentGoal;

/** Short goals with where each stands; a goal is set aside, never deleted. */
class GoalsCard extends Div {

	private final ClientService clients;

	private final ClientEditor editor;

	private final Div list = new Div();

	private final TextField newGoal = new TextField();

	private final RecordBinder<NewGoal> binder = new RecordBinder<>(NewGoal.class);

	GoalsCard(ClientService clients, ClientEditor editor) {
		this.clients = clients;
		this.editor = editor;
		newGoal.setLabel(getTranslation("client.goal.new"));
		newGoal.setMaxLength(TreatmentGoal.DESCRIPTION_MAX);
		newGoal.setWidthFull();
		binder.text(newGoal, "goal", ClientRules::goalProblem);
		Button add = new Button(getTranslation("client.goal.add"), click -> addGoal());
		Div adder = new Div(newGoal, add);
		adder.addClassName("harbor-inline-form");
		add(Card.titled(getTranslation("client.card.goals"), list, adder));
		editor.onChange(this::show);
	}

	private void show(ClientProfile profile) {
		list.removeAll();
		if (profile.goals().isEmpty()) {
			list.add(new Paragraph(getTranslation("client.goal.none")));
		}
		profile.goals().forEach(goal -> list.add(row(goal)));
	}

	private Div row(GoalView goal) {
		Span text = new Span(goal.description());
		text.addClassName("harbor-goal-text");
		Select<GoalStatus> status = new Select<>();
		status.setItems(GoalStatus.values());
		status.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		status.setValue(goal.status());
		status.setAriaLabel(getTranslation("client.goal.status", goal.description()));
		status.addValueChangeListener(change -> {
			if (change.isFromClient()) {
				editor.apply(
						current -> clients.updateGoal(goal.id(), goal.version(), goal.description(), change.getValue()),
						"client.saved");
			}
		});
		Div row = new Div(text, status);
		row.addClassName("harbor-goal");
		return row;
	}

	private void addGoal() {
		long id = editor.profile().id();
		binder.submit(
				typed -> editor.apply(current -> clients.addGoal(id, current.version(), typed.goal()), "client.saved"))
			.filter(Boolean::booleanValue)
			.ifPresent(added -> binder.readRecord(new NewGoal(null)));
	}

	/** A goal as the clinician writes it, in a few words. */
	public record NewGoal(@Nullable String goal) {

		@Override
		public String toString() {
			return "NewGoal";
		}

	}

}
