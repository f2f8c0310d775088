package dev.harbor.audit.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.harbor.audit.AuditEvent;
import dev.harbor.audit.AuditService;
import dev.harbor.common.i18n.Translatable;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The audit trail for the practice admin: who did what, when, and from where. It shows
 * events and ids only, never clinical content.
 */
@Route("admin/audit")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 90, title = "nav.auditLog", icon = "vaadin:clipboard-text")
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

	private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	AuditLogView(AuditService audit) {
		setSizeFull();
		Paragraph intro = new Paragraph(getTranslation("audit.intro"));
		intro.addClassName("harbor-lead");
		Grid<AuditEvent> grid = grid();
		grid.setItemsPageable(pageable -> audit.recentEvents(pageable).getContent());
		add(intro, grid);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("audit.title");
	}

	private Grid<AuditEvent> grid() {
		Grid<AuditEvent> grid = new Grid<>();
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		grid.setSizeFull();
		grid.setColumnReorderingAllowed(false);
		grid.addColumn(event -> UTC_TIME.format(event.getOccurredAt()))
			.setHeader(getTranslation("audit.column.time"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(AuditEvent::getActorLabel).setHeader(getTranslation("audit.column.actor")).setAutoWidth(true);
		grid.addColumn(event -> label(event.getAction())).setHeader(getTranslation("audit.column.action"));
		grid.addColumn(event -> label(event.getSubjectType()) + idSuffix(event.getSubjectId()))
			.setHeader(getTranslation("audit.column.subject"));
		grid.addColumn(event -> event.getClientId() == null ? "" : String.valueOf(event.getClientId()))
			.setHeader(getTranslation("audit.column.client"))
			.setTextAlign(ColumnTextAlign.END)
			.setFlexGrow(0);
		grid.addColumn(event -> label(event.getOutcome())).setHeader(getTranslation("audit.column.outcome"));
		grid.addColumn(event -> event.getDetail() == null ? "" : event.getDetail())
			.setHeader(getTranslation("audit.column.detail"));
		grid.addColumn(event -> event.getRemoteAddress() == null ? "" : event.getRemoteAddress())
			.setHeader(getTranslation("audit.column.address"));
		grid.getColumns().forEach(column -> column.setResizable(true).setAutoWidth(true));
		return grid;
	}

	private String label(@Nullable Translatable value) {
		return value == null ? "" : getTranslation(value.translationKey());
	}

	private static String idSuffix(@Nullable Long id) {
		return id == null ? "" : " #" + id;
	}

}
