package dev.harbor.diary.ui;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import dev.harbor.common.ui.ClientTab;
import dev.harbor.common.ui.ClientVisit;
import dev.harbor.diary.DiaryService;

/** Puts the Diary part on the client page. */
@org.springframework.stereotype.Component
class DiaryClientTab implements ClientTab {

	private final DiaryService diary;

	private final Clock clock;

	DiaryClientTab(DiaryService diary, Clock clock) {
		this.diary = diary;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String id() {
		return "diary";
	}

	@Override
	public String labelKey() {
		return "client.tab.diary";
	}

	@Override
	public Component create(ClientVisit visit) {
		return new DiaryTab(visit, diary, clock);
	}

}
