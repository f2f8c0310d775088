package dev.harbor.correctiveexperience.ui;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import dev.harbor.common.ui.Submit;
import dev.harbor.correctiveexperience.ExperienceView;
import dev.harbor.correctiveexperience.NewExperience;
import org.jspecify.annotations.Nullable;

/**
 * Enters or corrects a corrective experience for the clinician, on the same form the
 * client uses in the portal ({@link ExperienceForm}).
 */
class ExperienceDialog extends Dialog {

	private final ExperienceForm form;

	ExperienceDialog(@Nullable ExperienceView existing, Clock clock, Function<NewExperience, ExperienceView> save,
			Consumer<ExperienceView> saved) {
		setHeaderTitle(getTranslation(existing == null ? "experience.new.title" : "experience.correct.title"));
		form = new ExperienceForm(clock);
		if (existing != null) {
			form.show(existing.experience());
		}
		add(form);
		Button saveButton = Submit.primary(getTranslation("action.save"), click -> save(save, saved));
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), saveButton);
		setWidth("min(48rem, 98vw)");
	}

	private void save(Function<NewExperience, ExperienceView> save, Consumer<ExperienceView> saved) {
		form.submit(save).ifPresent(result -> {
			close();
			saved.accept(result);
		});
	}

}
