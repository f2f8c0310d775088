package dev.harbor.client.ui;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
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
import dev.harbor.common.ui.ClientTab;
import dev.harbor.common.ui.ClientVisit;
import dev.harbor.security.Role;
import dev.harbor.common.ui.HasOwnHeading;
import jakarta.annotation.security.RolesAllowed;

/**
 * One client: a header with name, code, status and the attachment plot, and its parts.
 * The address carries only the id (and which tab is open); the title shows the reference
 * code, never the name, because titles end up in browser history. Other features add
 * their parts as {@link ClientTab} beans; only the open part is built.
 */
@Route(ClientPaths.DETAIL_ROUTE)
@RolesAllowed(Role.Names.CLINICIAN)
class ClientDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, HasOwnHeading {

	private static final String CLIENT_ID = "clientId";

	private static final String TAB = "tab";

	private final ClientService clients;

	private final Clock clock;

	private final List<ClientTab> featureTabs;

	private final H1 name = new H1();

	private final Span code = new Span();

	private final Div status = new Div();

	private final AttachmentPlot plot = new AttachmentPlot();

	private final Div conflict = new Div();

	private final Nav sections = new Nav();

	private final Div content = new Div();

	private String title = "";

	ClientDetailView(ClientService clients, List<ClientTab> featureTabs, Clock clock) {
		this.clock = clock;
		this.clients = clients;
		this.featureTabs = featureTabs.stream().sorted(Comparator.comparingInt(ClientTab::order)).toList();
		addClassNames("harbor-page", "harbor-client");
		conflict.addClassName("harbor-conflict");
		conflict.setVisible(false);
		sections.addClassName("harbor-sections");
		sections.getElement().setAttribute("aria-label", getTranslation("client.sections"));
		content.setWidthFull();
		add(header(), conflict, sections, content);
	}

	static RouteParameters parameters(long clientId) {
		return new RouteParameters(CLIENT_ID, String.valueOf(clientId));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			long id = Long.parseLong(event.getRouteParameters().get(CLIENT_ID).orElse(""));
			show(clients.openClient(id), event.getLocation().getQueryParameters().getSingleParameter(TAB).orElse(""));
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

	private void show(ClientProfile profile, String openTab) {
		conflict.setVisible(false);
		ClientEditor editor = new ClientEditor(profile, this::showConflict, this::leave);
		editor.onChange(this::showHeader);
		ClientTab open = featureTabs.stream().filter(tab -> tab.id().equals(openTab)).findFirst().orElse(null);
		sections.removeAll();
		sections.add(section(getTranslation("client.tab.overview"), ClientPaths.detail(profile.id()), open == null));
		featureTabs.forEach(tab -> sections
			.add(section(getTranslation(tab.labelKey()), ClientPaths.detail(profile.id(), tab.id()), tab == open)));
		content.removeAll();
		content.add(open == null ? new OverviewTab(clients, editor, clock)
				: open.create(new ClientVisit(profile.id(), profile.lookedBefore())));
	}

	/**
	 * A link to one part of the client page. Plain links rather than ARIA tabs: each part
	 * has its own address, and only the open part is built (and read, and audited).
	 */
	private Anchor section(String label, String path, boolean current) {
		Anchor link = new Anchor(path, label);
		link.getElement().setAttribute("router-link", true);
		link.addClassName("harbor-section-link");
		if (current) {
			link.getElement().setAttribute("aria-current", "page");
		}
		return link;
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
