package dev.harbor.correctiveexperience.ui;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import dev.harbor.common.ui.ClientTab;
import dev.harbor.common.ui.ClientVisit;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;

/** Puts the Experiences part on the client page. */
@org.springframework.stereotype.Component
class ExperiencesClientTab implements ClientTab {

	private final CorrectiveExperienceService experiences;

	private final Clock clock;

	ExperiencesClientTab(CorrectiveExperienceService experiences, Clock clock) {
		this.experiences = experiences;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String id() {
		return "experiences";
	}

	@Override
	public String labelKey() {
		return "client.tab.experiences";
	}

	@Override
	public Component create(ClientVisit visit) {
		return new ExperiencesTab(visit, experiences, clock);
	}

}
