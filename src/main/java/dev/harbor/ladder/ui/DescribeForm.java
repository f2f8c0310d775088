package dev.harbor.ladder.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.harbor.common.FreeText;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.ui.EntryForm;
import dev.harbor.ladder.Anchors;
import dev.harbor.ladder.LadderRules;
import dev.harbor.ladder.LadderView;
import org.jspecify.annotations.Nullable;

/**
 * The ladder's goal in the client's words and the anchors of their distress scale, which
 * the clinician writes with the client once.
 */
class DescribeForm extends EntryForm<DescribeForm.Description> {

	/** What the form fills in: the goal and the five anchors. */
	public record Description(@Nullable String goal, @Nullable String calm, @Nullable String quarter,
			@Nullable String half, @Nullable String threeQuarters, @Nullable String worst) {

		static Description of(LadderView ladder) {
			Anchors anchors = ladder.anchors();
			return new Description(ladder.goal(), anchors.calm(), anchors.quarter(), anchors.half(),
					anchors.threeQuarters(), anchors.worst());
		}

		Anchors anchors() {
			return new Anchors(calm, quarter, half, threeQuarters, worst);
		}

		@Override
		public String toString() {
			return "Description";
		}

	}

	private final TextField goal = new TextField();

	private final Map<String, TextArea> anchors = new LinkedHashMap<>();

	DescribeForm() {
		super(Description.class);
		goal.setLabel(getTranslation("ladder.field.goal"));
		goal.setHelperText(getTranslation("ladder.field.goal.help"));
		goal.setMaxLength(LadderRules.GOAL_MAX);
		add(goal, 2);
		binder.text(goal, "goal", text -> FreeText.problem(text, LadderRules.GOAL_MAX));
		String[] names = { "calm", "quarter", "half", "threeQuarters", "worst" };
		for (int i = 0; i < names.length; i++) {
			TextArea area = new TextArea(getTranslation("ladder.anchor.field", i * 25));
			area.setMaxLength(Anchors.TEXT_MAX);
			area.setHelperText(getTranslation("ladder.anchor.field.help." + names[i]));
			anchors.put(names[i], area);
			add(area, i == names.length - 1 ? 2 : 1);
			binder.text(area, names[i], text -> FreeText.problem(text, Anchors.TEXT_MAX));
		}
		binder.checkWhole(DescribeForm::problem);
		binder.conflictShownAt("goal", "ladder.conflict");
	}

	private static @Nullable InvalidInputException problem(Description description) {
		InvalidInputException problem = LadderRules.goalProblem(description.goal());
		return problem != null ? problem : LadderRules.problemOf(description.anchors());
	}

	@Override
	public Map<String, TextArea> wordFields() {
		return Map.copyOf(anchors);
	}

}
