package dev.harbor.client.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.harbor.common.ui.Dates;
import dev.harbor.client.ClientProfile;
import dev.harbor.client.ClientService;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.ui.Submit;
import org.jspecify.annotations.Nullable;

/** Who the client is: read at a glance, edited in place with a buffered form. */
class ProfileCard extends Div {

	private final ClientService clients;

	private final ClientEditor editor;

	private final Div details = new Div();

	private final Clock clock;

	/**
	 * The form while the profile is edited, made on "Edit" and dropped after: a page that
	 * is only looked at holds no form.
	 */
	private final Div editing = new Div();

	private final Button edit = new Button();

	ProfileCard(ClientService clients, ClientEditor editor, Clock clock) {
		this.clients = clients;
		this.editor = editor;
		this.clock = clock;
		details.addClassName("harbor-details");
		edit.setText(getTranslation("action.edit"));
		edit.addClickListener(click -> startEditing());
		add(Card.titled(getTranslation("client.card.profile"), details, editing, edit));
		editor.onChange(this::show);
	}

	private void show(ClientProfile profile) {
		details.removeAll();
		row("client.field.displayName", profile.displayName());
		row("client.field.code", profile.referenceCode());
		row("client.field.startDate", Dates.shortDate(profile.startDate()));
		row("client.field.dateOfBirth", Dates.shortDate(profile.dateOfBirth()));
		row("client.field.email", profile.email());
		row("client.field.phone", profile.phone());
		row("client.field.language", profile.language().ownName());
	}

	private void row(String labelKey, @Nullable String value) {
		Span label = new Span(getTranslation(labelKey));
		label.addClassName("harbor-detail-label");
		Span text = new Span(value == null || value.isBlank() ? getTranslation("client.notGiven") : value);
		text.addClassName("harbor-detail-value");
		details.add(new Div(label, text));
	}

	private void startEditing() {
		ProfileForm opened = new ProfileForm(clock);
		Button save = new Button(getTranslation("client.profile.save"), click -> save(opened));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Submit.once(save);
		Button cancel = new Button(getTranslation("action.cancel"), click -> stopEditing());
		editing.add(opened, new HorizontalLayout(save, cancel));
		opened.show(editor.profile().editableProfile());
		details.setVisible(false);
		edit.setVisible(false);
		opened.focus();
	}

	private void stopEditing() {
		editing.removeAll();
		details.setVisible(true);
		edit.setVisible(true);
	}

	private void save(ProfileForm form) {
		form.validChanges().ifPresent(changes -> {
			try {
				long id = editor.profile().id();
				if (editor.apply(current -> clients.updateProfile(id, current.version(), changes), "client.saved")) {
					stopEditing();
				}
			}
			catch (InvalidInputException problem) {
				form.showProblem(problem);
			}
		});
	}

}
