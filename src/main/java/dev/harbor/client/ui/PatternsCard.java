package dev.harbor.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import dev.harbor.client.Client;
import dev.harbor.client.ClientPattern;
import dev.harbor.client.ClientProfile;
import dev.harbor.client.ClientService;
import dev.harbor.client.ClientRules;
import dev.harbor.common.ui.RecordBinder;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Patterns the clinician has noticed, ticked from a list or described in their own words.
 */
class PatternsCard extends Div {

	private final ClientService clients;

	private final ClientEditor editor;

	private final CheckboxGroup<ClientPattern> patterns = new CheckboxGroup<>();

	private final TextArea note = new TextArea();

	private final RecordBinder<Patterns> binder = new RecordBinder<>(Patterns.class);

	PatternsCard(ClientService clients, ClientEditor editor) {
		this.clients = clients;
		this.editor = editor;
		patterns.setLabel(getTranslation("client.patterns.label"));
		patterns.setItems(ClientPattern.values());
		patterns.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		note.setLabel(getTranslation("client.patterns.note"));
		note.setMaxLength(Client.PATTERN_NOTE_MAX);
		note.setWidthFull();
		binder.forField(patterns).bind("patterns");
		binder.text(note, "patternNote", ClientRules::patternNoteProblem);
		Button save = new Button(getTranslation("client.patterns.save"), click -> save());
		add(Card.titled(getTranslation("client.card.patterns"), patterns, note, save));
		editor.onChange(this::show);
	}

	private void show(ClientProfile profile) {
		binder.readRecord(new Patterns(profile.patterns(), profile.patternNote()));
	}

	private void save() {
		long id = editor.profile().id();
		binder.submit(typed -> editor.apply(
				current -> clients.updatePatterns(id, current.version(), typed.patterns(), typed.patternNote()),
				"client.saved"));
	}

	/** The patterns ticked and the clinician's note on them. */
	public record Patterns(Set<ClientPattern> patterns, @Nullable String patternNote) {

		@Override
		public String toString() {
			return "Patterns[" + patterns + "]";
		}

	}

}
