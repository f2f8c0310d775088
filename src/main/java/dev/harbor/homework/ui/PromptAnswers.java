package dev.harbor.homework.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import dev.harbor.homework.HomeworkRules;
import dev.harbor.homework.NewCompletion;

/**
 * The client's answer to each of the exercise's prompts, one box a prompt; a skipped
 * prompt is a blank answer. An answer that breaks the text rule is refused at its own
 * box.
 */
class PromptAnswers extends CustomField<List<String>> {

	private final List<TextArea> answers = new ArrayList<>();

	PromptAnswers(List<String> prompts) {
		super(List.of());
		Div boxes = new Div();
		for (String prompt : prompts) {
			TextArea answer = new TextArea(prompt);
			answer.setMaxLength(NewCompletion.ANSWER_MAX);
			answer.setWidthFull();
			answer.addValueChangeListener(change -> updateValue());
			answers.add(answer);
			boxes.add(answer);
		}
		add(boxes);
		setVisible(!prompts.isEmpty());
	}

	/** Each answer keeps the text rule; each that does not says so in its own box. */
	Validator<List<String>> eachFits() {
		return (value, context) -> {
			boolean allFit = true;
			for (TextArea answer : answers) {
				String problem = HomeworkRules.optionalText(answer.getValue(), NewCompletion.ANSWER_MAX);
				answer.setErrorMessage(problem == null ? null : getTranslation(problem));
				answer.setInvalid(problem != null);
				allFit &= problem == null;
			}
			return allFit ? ValidationResult.ok() : ValidationResult.error(getTranslation("homework.rule.answer"));
		};
	}

	@Override
	protected List<String> generateModelValue() {
		return answers.stream().map(TextArea::getValue).toList();
	}

	@Override
	protected void setPresentationValue(List<String> given) {
		for (int i = 0; i < answers.size(); i++) {
			answers.get(i).setValue(given != null && i < given.size() ? given.get(i) : "");
		}
	}

}
