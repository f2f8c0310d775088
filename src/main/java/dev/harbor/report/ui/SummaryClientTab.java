package dev.harbor.report.ui;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import dev.harbor.common.ui.ClientTab;
import dev.harbor.common.ui.ClientVisit;
import dev.harbor.report.ClientRecordExport;
import dev.harbor.report.ReportService;

/** Puts the Summary part (PDF download) on the client page. */
@org.springframework.stereotype.Component
class SummaryClientTab implements ClientTab {

	private final ReportService reports;

	private final ClientRecordExport records;

	private final Clock clock;

	SummaryClientTab(ReportService reports, ClientRecordExport records, Clock clock) {
		this.reports = reports;
		this.records = records;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String id() {
		return "summary";
	}

	@Override
	public String labelKey() {
		return "client.tab.summary";
	}

	@Override
	public Component create(ClientVisit visit) {
		return new SummaryPanel(visit.clientId(), reports, records, clock);
	}

}
