package dev.harbor.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.harbor.client.CaseloadFilter;
import dev.harbor.client.ClientListItem;
import dev.harbor.client.ClientPaths;
import dev.harbor.client.ClientService;

import org.springframework.data.domain.PageRequest;

/**
 * The clinician's way back into their work: a quick search and the clients opened last.
 */
class CaseloadPanel extends Section {

	private static final int RECENT = 5;

	CaseloadPanel(ClientService clients) {
		addClassNames("harbor-panel", "harbor-caseload-panel");
		add(new H2(getTranslation("dashboard.find.heading")), quickSearch(clients),
				new H2(getTranslation("dashboard.recent.heading")), recent(clients.myRecentlyOpened(RECENT)));
	}

	private ComboBox<ClientListItem> quickSearch(ClientService clients) {
		ComboBox<ClientListItem> search = new ComboBox<>(getTranslation("dashboard.find.label"));
		search.setPlaceholder(getTranslation("clients.search.placeholder"));
		search.setItemLabelGenerator(item -> item.displayName() + " · " + item.referenceCode());
		search.setItems(
				query -> clients
					.myCaseload(new CaseloadFilter(query.getFilter().orElse(""), null, null),
							PageRequest.of(query.getPage(), query.getPageSize()))
					.stream());
		search.addValueChangeListener(change -> {
			if (change.getValue() != null) {
				UI.getCurrentOrThrow().navigate(ClientPaths.detail(change.getValue().id()));
			}
		});
		search.setWidthFull();
		return search;
	}

	private Div recent(List<ClientListItem> recent) {
		if (recent.isEmpty()) {
			return new Div(new Paragraph(getTranslation("dashboard.recent.none")));
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("harbor-link-list");
		for (ClientListItem client : recent) {
			// router-link: Vaadin's router handles the click inside the page, as it does
			// for RouterLink.
			Anchor link = new Anchor(ClientPaths.detail(client.id()), client.displayName());
			link.getElement().setAttribute("router-link", true);
			Span code = new Span(client.referenceCode());
			code.addClassName("harbor-code");
			list.add(new ListItem(link, code));
		}
		return new Div(list);
	}

}
