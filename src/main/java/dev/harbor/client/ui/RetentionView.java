package dev.harbor.client.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.harbor.client.ClientService;
import dev.harbor.client.PastRetention;
import dev.harbor.common.ui.Dates;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;

/**
 * The admin's list of discharged records kept longer than the practice's retention period
 * ({@code HARBOR_RETENTION_YEARS} years after discharge), longest ago first, a page at a
 * time. Reference codes, caseloads and dates only. Harbor deletes nothing: the admin and
 * the clinician decide, under the rules where the practice works.
 */
@Route("admin/retention")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 86, title = "nav.retention", icon = "vaadin:archive")
class RetentionView extends VerticalLayout implements HasDynamicTitle {

	private final Grid<PastRetention> records = new Grid<>();

	RetentionView(ClientService clients) {
		addClassName("harbor-page");
		Paragraph intro = new Paragraph(getTranslation("retention.intro", clients.retentionYears()));
		intro.addClassName("harbor-lead");
		records.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		records.addColumn(PastRetention::referenceCode)
			.setHeader(getTranslation("retention.column.code"))
			.setKey("code");
		records.addColumn(PastRetention::clinicianName)
			.setHeader(getTranslation("retention.column.clinician"))
			.setKey("clinician");
		records.addColumn(record -> Dates.shortDate(record.dischargedOn()))
			.setHeader(getTranslation("retention.column.discharged"))
			.setKey("discharged");
		records.addColumn(record -> Dates.shortDate(record.keptUntil()))
			.setHeader(getTranslation("retention.column.keptUntil"))
			.setKey("keptUntil");
		records.getColumns().forEach(column -> column.setAutoWidth(true));
		records.setItems(query -> clients.pastRetention(PageRequest.of(query.getPage(), query.getPageSize())).stream());
		records.setHeight("28rem");
		records.setEmptyStateText(getTranslation("retention.none"));
		add(intro, records);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("retention.title");
	}

}
