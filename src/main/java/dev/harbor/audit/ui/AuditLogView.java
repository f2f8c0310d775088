package dev.harbor.audit.ui;

import dev.harbor.common.ui.DateField;
import dev.harbor.common.ui.PrivateDownload;
import dev.harbor.common.ui.Submit;
import dev.harbor.audit.AuditTrailCheck;
import com.vaadin.flow.component.button.Button;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditEvent;
import dev.harbor.audit.AuditFilter;
import dev.harbor.audit.AuditOutcome;
import dev.harbor.audit.AuditService;
import dev.harbor.common.i18n.Translatable;
import dev.harbor.security.AccountView;
import dev.harbor.security.Role;
import dev.harbor.security.UserAccountService;
import dev.harbor.common.ui.WholeNumberField;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The audit trail for the practice admin: who did what, when, and from where, narrowed by
 * person, client, action, outcome and dates, and exported as CSV. Events and ids only,
 * never clinical content.
 */
@Route("admin/audit")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 90, title = "nav.auditLog", icon = "vaadin:clipboard-text")
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

	private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final AuditService audit;

	private final ComboBox<AccountView> person = new ComboBox<>();

	private static final long NO_CLIENT = -1;

	private final WholeNumberField clientId = new WholeNumberField(getTranslation("audit.filter.client"), 1,
			Integer.MAX_VALUE);

	private final Select<AuditAction> action = new Select<>();

	private final Select<AuditOutcome> outcome = new Select<>();

	private final DatePicker from = new DateField();

	private final DatePicker to = new DateField();

	private final Grid<AuditEvent> grid = new Grid<>();

	AuditLogView(AuditService audit, UserAccountService accounts) {
		this.audit = audit;
		addClassName("harbor-page");
		setSizeFull();
		Paragraph intro = new Paragraph(getTranslation("audit.intro"));
		intro.addClassName("harbor-lead");
		configureGrid();
		add(intro, filters(accounts), trailCheck(), grid);
	}

	/**
	 * "Check the trail": recomputes the hash chain and says in words whether it holds,
	 * and if not, the first event that does not follow.
	 */
	private Div trailCheck() {
		Paragraph result = new Paragraph();
		result.getElement().setAttribute("role", "status");
		result.addClassName("harbor-trail-check");
		Button check = new Button(getTranslation("audit.trail.check"), VaadinIcon.SHIELD.create(), click -> {
			AuditTrailCheck found = audit.checkTrail();
			result.setText(found.holds() ? getTranslation("audit.trail.intact", found.intact())
					: found.firstAltered() != null ? getTranslation("audit.trail.altered", found.firstAltered())
							: getTranslation("audit.trail.shortened", found.intact()));
			result.getElement().setAttribute("data-holds", String.valueOf(found.holds()));
			grid.getDataProvider().refreshAll();
		});
		Submit.once(check);
		Div bar = new Div(check, result);
		bar.addClassName("harbor-actions");
		return bar;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("audit.title");
	}

	private Div filters(UserAccountService accounts) {
		person.setLabel(getTranslation("audit.filter.person"));
		person.setItems(accounts.allAccounts());
		person.setItemLabelGenerator(account -> account.displayName() + " · " + account.email());
		person.setClearButtonVisible(true);
		clientId.setPlaceholder(null);
		clientId.setClearButtonVisible(true);
		choice(action, AuditAction.values(), "audit.filter.action");
		choice(outcome, AuditOutcome.values(), "audit.filter.outcome");
		from.setLabel(getTranslation("audit.filter.from"));
		to.setLabel(getTranslation("audit.filter.to"));
		for (HasValue<?, ?> field : new HasValue<?, ?>[] { person, clientId, action, outcome, from, to }) {
			field.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
		}
		Anchor export = new Anchor((DownloadEvent event) -> exportCsv(event), getTranslation("audit.export"));
		export.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
		export.addClassName("harbor-export");
		Div bar = new Div(person, clientId, action, outcome, from, to, export);
		bar.addClassName("harbor-toolbar");
		return bar;
	}

	private <T extends Translatable> void choice(Select<T> select, T[] values, String labelKey) {
		select.setLabel(getTranslation(labelKey));
		select.setItems(values);
		select.setEmptySelectionAllowed(true);
		select.setEmptySelectionCaption(getTranslation("audit.filter.any"));
		select.setItemLabelGenerator(
				value -> value == null ? getTranslation("audit.filter.any") : getTranslation(value.translationKey()));
	}

	private AuditFilter currentFilter() {
		LocalDate start = from.getValue();
		LocalDate end = to.getValue();
		return new AuditFilter(person.getValue() == null ? null : person.getValue().id(), clientIdFilter(),
				action.getValue(), outcome.getValue(), start, end);
	}

	/** What is typed that is no client id matches no event, rather than every one. */
	private @Nullable Long clientIdFilter() {
		if (clientId.getValue().isBlank()) {
			return null;
		}
		return clientId.getNumber() == null ? NO_CLIENT : clientId.getNumber().longValue();
	}

	private void exportCsv(DownloadEvent event) throws java.io.IOException {
		// The download runs outside the session lock; read the filter fields under it.
		AtomicReference<AuditFilter> filter = new AtomicReference<>();
		event.getUI().accessSynchronously(() -> filter.set(currentFilter()));
		PrivateDownload.prepare(event, "harbor-audit-" + LocalDate.now(ZoneOffset.UTC) + ".csv",
				"text/csv; charset=UTF-8");
		try (OutputStream out = event.getOutputStream()) {
			audit.exportCsv(filter.get(), out);
		}
	}

	private void configureGrid() {
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		grid.setSizeFull();
		grid.addColumn(event -> UTC_TIME.format(event.getOccurredAt())).setHeader(getTranslation("audit.column.time"));
		grid.addColumn(AuditEvent::getActorLabel).setHeader(getTranslation("audit.column.actor"));
		grid.addColumn(event -> label(event.getAction())).setHeader(getTranslation("audit.column.action"));
		grid.addColumn(event -> label(event.getSubjectType()) + idSuffix(event.getSubjectId()))
			.setHeader(getTranslation("audit.column.subject"));
		grid.addColumn(event -> event.getClientId() == null ? "" : String.valueOf(event.getClientId()))
			.setHeader(getTranslation("audit.column.client"))
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn(event -> label(event.getOutcome())).setHeader(getTranslation("audit.column.outcome"));
		grid.addColumn(event -> event.getDetail() == null ? "" : event.getDetail())
			.setHeader(getTranslation("audit.column.detail"));
		grid.addColumn(event -> event.getRemoteAddress() == null ? "" : event.getRemoteAddress())
			.setHeader(getTranslation("audit.column.address"));
		grid.getColumns().forEach(column -> column.setResizable(true).setAutoWidth(true));
		grid.setEmptyStateText(getTranslation("audit.empty"));
		grid.setItemsPageable(pageable -> audit.events(currentFilter(), pageable).getContent());
	}

	private String label(@Nullable Translatable value) {
		return value == null ? "" : getTranslation(value.translationKey());
	}

	private static String idSuffix(@Nullable Long id) {
		return id == null ? "" : " #" + id;
	}

}
