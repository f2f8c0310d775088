package dev.harbor.client.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.harbor.common.ui.Dates;
import dev.harbor.client.AttachmentLabel;
import dev.harbor.client.CaseloadFilter;
import dev.harbor.client.ClientListItem;
import dev.harbor.client.ClientPaths;
import dev.harbor.client.ClientService;
import dev.harbor.client.ClientStatus;
import dev.harbor.common.i18n.Translatable;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The clinician's caseload: a lazy list that can be searched and narrowed, and "New
 * client".
 */
@Route("clients")
@RolesAllowed(Role.Names.CLINICIAN)
@Menu(order = 10, title = "nav.clients", icon = "vaadin:users")
class ClientsView extends VerticalLayout implements HasDynamicTitle {

	private final ClientService clients;

	private final Clock clock;

	private final TextField search = new TextField();

	private final Select<ClientStatus> status = new Select<>();

	private final Select<AttachmentLabel> label = new Select<>();

	private final Grid<ClientListItem> grid = new Grid<>();

	ClientsView(ClientService clients, Clock clock) {
		this.clock = clock;
		this.clients = clients;
		addClassName("harbor-page");
		setSizeFull();
		add(toolbar(), grid);
		configureGrid();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("clients.title");
	}

	private FlexLayout toolbar() {
		search.setPlaceholder(getTranslation("clients.search.placeholder"));
		search.setAriaLabel(getTranslation("clients.search.label"));
		search.setPrefixComponent(VaadinIcon.SEARCH.create());
		search.setClearButtonVisible(true);
		search.setValueChangeMode(ValueChangeMode.LAZY);
		search.addValueChangeListener(change -> refresh());
		configureFilter(status, ClientStatus.values(), "clients.filter.status", "clients.filter.anyStatus");
		configureFilter(label, AttachmentLabel.values(), "clients.filter.attachment", "clients.filter.anyAttachment");
		Button add = new Button(getTranslation("clients.new"), VaadinIcon.PLUS.create(),
				click -> openNewClientDialog());
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div spacer = new Div();
		spacer.addClassName("harbor-grow");
		FlexLayout toolbar = new FlexLayout(search, status, label, spacer, add);
		toolbar.addClassName("harbor-toolbar");
		return toolbar;
	}

	private <T extends Translatable> void configureFilter(Select<T> select, T[] values, String labelKey,
			String anyKey) {
		select.setLabel(getTranslation(labelKey));
		select.setItems(values);
		select.setEmptySelectionAllowed(true);
		select.setEmptySelectionCaption(getTranslation(anyKey));
		select.setItemLabelGenerator(
				value -> value == null ? getTranslation(anyKey) : getTranslation(value.translationKey()));
		select.addValueChangeListener(change -> refresh());
	}

	private void configureGrid() {
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		grid.setSizeFull();
		// Templates, not components: a page of rows costs a few properties each on the
		// server instead of a component tree. Lit sets the values as text and attributes,
		// never as markup.
		grid.addColumn(LitRenderer.<ClientListItem>of("<a href=\"${item.href}\" router-link>${item.name}</a>")
			.withProperty("href", item -> ClientPaths.detail(item.id()))
			.withProperty("name", ClientListItem::displayName))
			.setHeader(getTranslation("clients.column.name"))
			.setSortProperty("displayName")
			.setFlexGrow(2);
		grid.addColumn(ClientListItem::referenceCode)
			.setHeader(getTranslation("clients.column.code"))
			.setAutoWidth(true);
		grid.addColumn(LitRenderer
			.<ClientListItem>of("<span class=\"harbor-status harbor-status-${item.statusClass}\">${item.status}</span>")
			.withProperty("statusClass", item -> StatusBadge.styleOf(item.status()))
			.withProperty("status", item -> getTranslation(item.status().translationKey())))
			.setHeader(getTranslation("clients.column.status"));
		grid.addColumn(item -> item.attachmentLabel() == null ? getTranslation("clients.attachment.none")
				: getTranslation(item.attachmentLabel().translationKey()))
			.setHeader(getTranslation("clients.column.attachment"));
		grid.addColumn(item -> Dates.shortDate(item.lastActivityAt()))
			.setHeader(getTranslation("clients.column.lastActivity"))
			.setSortProperty("lastActivityAt");
		grid.setEmptyStateText(getTranslation("clients.empty"));
		grid.setItemsPageable(pageable -> clients.myCaseload(currentFilter(), pageable).getContent());
	}

	private CaseloadFilter currentFilter() {
		return new CaseloadFilter(search.getValue(), status.getValue(), label.getValue());
	}

	private void refresh() {
		grid.getDataProvider().refreshAll();
	}

	private void openNewClientDialog() {
		new NewClientDialog(clock, newClient -> {
			long id = clients.addClient(newClient);
			getUI().ifPresent(ui -> ui.navigate(ClientDetailView.class, ClientDetailView.parameters(id)));
		}).open();
	}

}
