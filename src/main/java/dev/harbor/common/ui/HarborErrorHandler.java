package dev.harbor.common.ui;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import dev.harbor.common.LogSafety;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches what a click or a field change throws after the page is open. The user gets a
 * short note with a reference instead of a stack trace; the log gets the reference and
 * the trace. Exception messages never hold client data (house rule), so logging them is
 * safe.
 */
public class HarborErrorHandler implements ErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(HarborErrorHandler.class);

	@Override
	public void error(ErrorEvent event) {
		String id = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected error in the UI, reference {}", id, LogSafety.forLog(event.getThrowable()));
		UI ui = UI.getCurrent();
		if (ui != null) {
			ui.access(() -> Notifications.problem("error.unexpected.toast", id));
		}
	}

}
