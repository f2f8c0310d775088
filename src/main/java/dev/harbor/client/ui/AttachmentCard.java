package dev.harbor.client.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dev.harbor.common.ui.Dates;
import dev.harbor.client.ClientProfile;
import dev.harbor.client.ClientService;
import dev.harbor.client.PositionView;

/**
 * The two dials, now and over time. The familiar label is offered as a hint about the
 * region, never as a diagnosis.
 */
class AttachmentCard extends Div {

	private final ClientService clients;

	private final ClientEditor editor;

	private final Clock clock;

	private final Div content = new Div();

	AttachmentCard(ClientService clients, ClientEditor editor, Clock clock) {
		this.clock = clock;
		this.clients = clients;
		this.editor = editor;
		Button record = new Button(getTranslation("client.attachment.record"), click -> openDialog());
		add(Card.titled(getTranslation("client.card.attachment"), content, record));
		editor.onChange(this::show);
	}

	private void show(ClientProfile profile) {
		content.removeAll();
		PositionView current = profile.currentPosition();
		if (current == null) {
			content.add(new Paragraph(getTranslation("client.attachment.noneYet")));
			return;
		}
		Paragraph now = new Paragraph(getTranslation("client.attachment.current", current.anxiety().toPlainString(),
				current.avoidance().toPlainString(), getTranslation(current.relationship().translationKey())));
		Paragraph hint = new Paragraph(
				getTranslation("client.attachment.hint", getTranslation(current.label().translationKey())));
		hint.addClassName("harbor-lead");
		content.add(now, hint, history(profile.positions()));
	}

	private UnorderedList history(List<PositionView> positions) {
		UnorderedList list = new UnorderedList();
		list.addClassName("harbor-history");
		for (PositionView position : positions.reversed()) {
			list.add(new ListItem(getTranslation("client.attachment.historyItem",
					Dates.shortDate(position.observedOn()), position.anxiety().toPlainString(),
					position.avoidance().toPlainString(), getTranslation(position.relationship().translationKey()))));
		}
		return list;
	}

	private void openDialog() {
		long id = editor.profile().id();
		new RecordPositionDialog(clock, position -> editor
			.apply(current -> clients.recordAttachmentPosition(id, current.version(), position), "client.saved"))
			.open();
	}

}
