package dev.harbor.keepingplan.ui;

import com.vaadin.flow.component.Component;
import dev.harbor.common.ui.ClientTab;
import dev.harbor.common.ui.ClientVisit;
import dev.harbor.keepingplan.KeepingPlanService;
import dev.harbor.report.ReportService;

/** Puts "Keeping it going", the plan for keeping what was built, on the client page. */
@org.springframework.stereotype.Component
class KeepingPlanClientTab implements ClientTab {

	private final KeepingPlanService plans;

	private final ReportService reports;

	KeepingPlanClientTab(KeepingPlanService plans, ReportService reports) {
		this.plans = plans;
		this.reports = reports;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public String id() {
		return "plan";
	}

	@Override
	public String labelKey() {
		return "client.tab.plan";
	}

	@Override
	public Component create(ClientVisit visit) {
		return new PlanTab(visit.clientId(), plans, reports.practicePaper());
	}

}
