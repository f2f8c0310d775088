package dev.harbor.client.ui;

import java.time.Clock;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.InvalidInputException;
import dev.harbor.client.NewClient;
import dev.harbor.client.ProfileChanges;
import dev.harbor.common.i18n.Language;
import dev.harbor.common.ui.Submit;

/**
 * Adds a client. The caller saves; the dialog only collects and checks what was typed.
 */
class NewClientDialog extends Dialog {

	private final ProfileForm form;

	NewClientDialog(Clock clock, Consumer<NewClient> save) {
		this.form = new ProfileForm(clock);
		setHeaderTitle(getTranslation("clients.new.title"));
		Paragraph intro = new Paragraph(getTranslation("clients.new.intro"));
		intro.addClassName("harbor-lead");
		form.show(new ProfileChanges("", null, null, null, Dates.today(clock), Language.of(getLocale())));
		add(intro, form);
		Button cancel = new Button(getTranslation("action.cancel"), click -> close());
		Button saveButton = Submit.primary(getTranslation("clients.new.save"), click -> save(save));
		getFooter().add(cancel, saveButton);
		setWidth("min(40rem, 95vw)");
		addOpenedChangeListener(opened -> form.focus());
	}

	private void save(Consumer<NewClient> save) {
		form.validChanges().ifPresent(changes -> {
			try {
				save.accept(new NewClient(changes.displayName(), changes.dateOfBirth(), changes.email(),
						changes.phone(), changes.startDate(), changes.language()));
				close();
			}
			catch (InvalidInputException problem) {
				form.showProblem(problem);
			}
		});
	}

}
