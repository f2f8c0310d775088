package dev.harbor.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import dev.harbor.client.Client;
import dev.harbor.client.ClientPattern;
import dev.harbor.client.ClientProfile;
import dev.harbor.client.ClientService;
import dev.harbor.common.InvalidInputException;

/**
 * Patterns the clinician has noticed, ticked from a list or described in their own words.
 */
class PatternsCard extends Div {

	private final ClientService clients;

	private final ClientEditor editor;

	private final CheckboxGroup<ClientPattern> patterns = new CheckboxGroup<>();

	private final TextArea note = new TextArea();

	PatternsCard(ClientService clients, ClientEditor editor) {
		this.clients = clients;
		this.editor = editor;
		patterns.setLabel(getTranslation("client.patterns.label"));
		patterns.setItems(ClientPattern.values());
		patterns.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		note.setLabel(getTranslation("client.patterns.note"));
		note.setMaxLength(Client.PATTERN_NOTE_MAX);
		note.setWidthFull();
		Button save = new Button(getTranslation("client.patterns.save"), click -> save());
		add(Card.titled(getTranslation("client.card.patterns"), patterns, note, save));
		editor.onChange(this::show);
	}

	private void show(ClientProfile profile) {
		patterns.setValue(profile.patterns());
		note.setValue(profile.patternNote() == null ? "" : profile.patternNote());
	}

	private void save() {
		long id = editor.profile().id();
		try {
			editor.apply(current -> clients.updatePatterns(id, current.version(), patterns.getValue(), note.getValue()),
					"client.saved");
		}
		catch (InvalidInputException problem) {
			note.setErrorMessage(getTranslation(problem.messageKey()));
			note.setInvalid(true);
		}
	}

}
