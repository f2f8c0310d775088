package dev.harbor.client.ui;

import java.time.Clock;

import com.vaadin.flow.component.html.Div;
import dev.harbor.client.ClientService;

/**
 * Profile, status, attachment picture, goals and patterns: the whole picture on one tab.
 */
class OverviewTab extends Div {

	OverviewTab(ClientService clients, ClientEditor editor, Clock clock) {
		addClassName("harbor-overview");
		add(new ProfileCard(clients, editor, clock), new StatusCard(clients, editor),
				new AttachmentCard(clients, editor, clock), new GoalsCard(clients, editor),
				new PatternsCard(clients, editor));
	}

}
