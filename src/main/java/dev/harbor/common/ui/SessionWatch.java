package dev.harbor.common.ui;

import java.time.Duration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * Asks the server now and then whether the session still lives, and reloads once it has
 * ended, so a page left open does not keep showing what it showed. Static code; the
 * address and the interval come in as parameters. For every signed-in frame.
 */
public final class SessionWatch {

	private static final String WATCH = """
			if (!window.harborSessionWatch) {
			  window.harborSessionWatch = setInterval(() => {
			    fetch($0, { credentials: 'same-origin', cache: 'no-store' })
			      .then(response => { if (response.status === 401) { window.location.reload(); } })
			      .catch(() => {});
			  }, $1);
			}""";

	private SessionWatch() {
	}

	public static void start(Component frame, String statusPath, Duration interval) {
		String path = VaadinServletRequest.getCurrent() == null ? statusPath
				: VaadinServletRequest.getCurrent().getContextPath() + statusPath;
		frame.getElement().getNode().runWhenAttached(ui -> ui.getPage().executeJs(WATCH, path, interval.toMillis()));
	}

}
