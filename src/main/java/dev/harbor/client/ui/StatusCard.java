package dev.harbor.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.harbor.client.ClientProfile;
import dev.harbor.client.ClientService;
import dev.harbor.client.ClientStatus;
import dev.harbor.common.ui.Submit;

/** Pause, resume, discharge or re-open. Discharging archives; nothing is ever deleted. */
class StatusCard extends Div {

	private final ClientService clients;

	private final ClientEditor editor;

	private final Div content = new Div();

	StatusCard(ClientService clients, ClientEditor editor) {
		this.clients = clients;
		this.editor = editor;
		add(Card.titled(getTranslation("client.card.status"), content));
		editor.onChange(this::show);
	}

	private void show(ClientProfile profile) {
		content.removeAll();
		content.add(new Paragraph(getTranslation("client.status.explain." + profile.status().name())));
		Div actions = new Div();
		actions.addClassName("harbor-actions");
		switch (profile.status()) {
			case ACTIVE -> actions.add(change("client.status.pause", ClientStatus.PAUSED), confirmDischarge());
			case PAUSED -> actions.add(change("client.status.resume", ClientStatus.ACTIVE), confirmDischarge());
			case DISCHARGED -> actions.add(change("client.status.reopen", ClientStatus.ACTIVE));
		}
		content.add(actions);
	}

	private Button change(String labelKey, ClientStatus target) {
		return new Button(getTranslation(labelKey), click -> apply(target));
	}

	private Button confirmDischarge() {
		return new Button(getTranslation("client.status.discharge"), click -> {
			Dialog confirm = new Dialog();
			confirm.setHeaderTitle(getTranslation("client.status.discharge.title"));
			confirm.add(new Paragraph(getTranslation("client.status.discharge.text")));
			Button yes = new Button(getTranslation("client.status.discharge"), yesClick -> {
				apply(ClientStatus.DISCHARGED);
				confirm.close();
			});
			yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			Submit.once(yes);
			confirm.getFooter().add(new Button(getTranslation("action.cancel"), noClick -> confirm.close()), yes);
			confirm.open();
		});
	}

	private void apply(ClientStatus target) {
		long id = editor.profile().id();
		editor.apply(current -> clients.changeStatus(id, current.version(), target), "client.saved");
	}

}
