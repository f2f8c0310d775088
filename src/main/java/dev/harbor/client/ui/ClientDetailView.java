package dev.harbor.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.harbor.client.ClientNotFoundException;
import dev.harbor.client.ClientPaths;
import dev.harbor.client.ClientProfile;
import dev.harbor.client.ClientService;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * One client: a header with name, code, status and the attachment plot, and tabs. The
 * address carries only the id; the title shows the reference code, never the name,
 * because titles end up in browser history.
 */
@Route(ClientPaths.DETAIL_ROUTE)
@RolesAllowed(Role.Names.CLINICIAN)
class ClientDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private static final String CLIENT_ID = "clientId";

	private final ClientService clients;

	private final H1 name = new H1();

	private final Span code = new Span();

	private final Div status = new Div();

	private final AttachmentPlot plot = new AttachmentPlot();

	private final Div conflict = new Div();

	private final Div tabs = new Div();

	private String title = "";

	ClientDetailView(ClientService clients) {
		this.clients = clients;
		addClassNames("harbor-page", "harbor-client");
		conflict.addClassName("harbor-conflict");
		conflict.setVisible(false);
		add(header(), conflict, tabs);
	}

	static RouteParameters parameters(long clientId) {
		return new RouteParameters(CLIENT_ID, String.valueOf(clientId));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			long id = Long.parseLong(event.getRouteParameters().get(CLIENT_ID).orElse(""));
			show(clients.openClient(id));
		}
		catch (NumberFormatException | ClientNotFoundException notHere) {
			event.rerouteToError(NotFoundException.class);
		}
	}

	@Override
	public String getPageTitle() {
		return title;
	}

	private Div header() {
		code.addClassName("harbor-code");
		Div identity = new Div(name, new Div(code, status));
		identity.addClassName("harbor-client-identity");
		Div header = new Div(identity, plot);
		header.addClassName("harbor-client-header");
		return header;
	}

	private void show(ClientProfile profile) {
		conflict.setVisible(false);
		ClientEditor editor = new ClientEditor(profile, this::showConflict, this::leave);
		editor.onChange(this::showHeader);
		// One tab so far: a tab strip appears with the second (homework, diary, ...), not
		// before.
		tabs.removeAll();
		tabs.add(new OverviewTab(clients, editor));
		tabs.setWidthFull();
	}

	private void showHeader(ClientProfile profile) {
		name.setText(profile.displayName());
		code.setText(profile.referenceCode());
		status.removeAll();
		status.add(StatusBadge.of(profile.status()));
		plot.show(profile.positions());
		title = getTranslation("client.pageTitle", profile.referenceCode());
		getUI().ifPresent(ui -> ui.getPage().setTitle(title));
	}

	/** Keeps whatever the clinician typed on screen and offers a fresh copy beside it. */
	private void showConflict() {
		conflict.removeAll();
		Span message = new Span(getTranslation("client.conflict"));
		Button reload = new Button(getTranslation("client.conflict.reload"), click -> reload());
		conflict.add(message, reload);
		conflict.setVisible(true);
	}

	private void reload() {
		getUI().ifPresent(ui -> ui.getPage().reload());
	}

	private void leave() {
		getUI().ifPresent(ui -> ui.navigate(ClientsView.class));
	}

}
