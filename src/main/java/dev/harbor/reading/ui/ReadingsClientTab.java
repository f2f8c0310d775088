package dev.harbor.reading.ui;

import com.vaadin.flow.component.Component;
import dev.harbor.common.ui.ClientTab;
import dev.harbor.common.ui.ClientVisit;
import dev.harbor.reading.ReadingService;
import dev.harbor.report.ReportService;

/** Puts the Readings part on the client page. */
@org.springframework.stereotype.Component
class ReadingsClientTab implements ClientTab {

	private final ReadingService readings;

	private final ReportService reports;

	ReadingsClientTab(ReadingService readings, ReportService reports) {
		this.readings = readings;
		this.reports = reports;
	}

	@Override
	public int order() {
		return 42;
	}

	@Override
	public String id() {
		return "readings";
	}

	@Override
	public String labelKey() {
		return "client.tab.readings";
	}

	@Override
	public Component create(ClientVisit visit) {
		return new ReadingsTab(visit.clientId(), readings, reports.practicePaper());
	}

}
