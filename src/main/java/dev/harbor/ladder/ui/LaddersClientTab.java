package dev.harbor.ladder.ui;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import dev.harbor.common.ui.ClientTab;
import dev.harbor.common.ui.ClientVisit;
import dev.harbor.ladder.LadderService;

/** Puts the Ladders part on the client page. */
@org.springframework.stereotype.Component
class LaddersClientTab implements ClientTab {

	private final LadderService ladders;

	private final Clock clock;

	LaddersClientTab(LadderService ladders, Clock clock) {
		this.ladders = ladders;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public String id() {
		return "ladders";
	}

	@Override
	public String labelKey() {
		return "client.tab.ladders";
	}

	@Override
	public Component create(ClientVisit visit) {
		return new LaddersTab(visit, ladders, clock);
	}

}
