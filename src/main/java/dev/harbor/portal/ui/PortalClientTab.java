package dev.harbor.portal.ui;

import com.vaadin.flow.component.Component;
import dev.harbor.common.ui.ClientTab;
import dev.harbor.common.ui.ClientVisit;
import dev.harbor.portal.PortalAccessService;
import dev.harbor.report.ReportService;

/** Puts the Portal part on the client page: the client's own way in. */
@org.springframework.stereotype.Component
class PortalClientTab implements ClientTab {

	private final PortalAccessService portal;

	private final ReportService reports;

	PortalClientTab(PortalAccessService portal, ReportService reports) {
		this.portal = portal;
		this.reports = reports;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public String id() {
		return "portal";
	}

	@Override
	public String labelKey() {
		return "client.tab.portal";
	}

	@Override
	public Component create(ClientVisit visit) {
		return new PortalTab(visit.clientId(), portal, reports);
	}

}
