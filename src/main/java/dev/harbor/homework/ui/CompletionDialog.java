package dev.harbor.homework.ui;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import dev.harbor.client.ClientNotFoundException;
import dev.harbor.common.ui.Notifications;
import dev.harbor.common.ui.Submit;
import dev.harbor.homework.AssignmentView;
import dev.harbor.homework.CompletionView;
import dev.harbor.homework.HomeworkNotFoundException;
import dev.harbor.homework.NewCompletion;
import org.jspecify.annotations.Nullable;

/**
 * Logs a practice for the clinician, or corrects one, on the same record the client fills
 * in after practising in the portal ({@link PracticeForm}).
 */
class CompletionDialog extends Dialog {

	private final PracticeForm form;

	CompletionDialog(AssignmentView assignment, @Nullable CompletionView existing, Clock clock,
			Function<NewCompletion, CompletionView> save, Consumer<CompletionView> saved) {
		setHeaderTitle(getTranslation(existing == null ? "homework.practice.title" : "homework.practice.correct",
				assignment.text().name()));
		form = new PracticeForm(assignment.text().prompts(), assignment.currentTargetMinutes(), clock);
		if (existing != null) {
			form.show(new NewCompletion(existing.happenedAt(), existing.minutes(), existing.distressBefore(),
					existing.distressAfter(), existing.answers(), existing.note()));
		}
		add(new Paragraph(getTranslation("homework.practice.intro")), form);
		Button saveButton = Submit.primary(getTranslation("action.save"), click -> save(save, saved));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), saveButton);
		setWidth("min(40rem, 96vw)");
	}

	private void save(Function<NewCompletion, CompletionView> save, Consumer<CompletionView> saved) {
		try {
			form.submit(save).ifPresent(result -> {
				close();
				saved.accept(result);
			});
		}
		catch (HomeworkNotFoundException | ClientNotFoundException gone) {
			close();
			Notifications.problem("homework.gone");
		}
	}

}
