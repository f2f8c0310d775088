package dev.harbor.report.ui;

import java.io.IOException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import dev.harbor.common.ui.Notifications;
import dev.harbor.common.ui.SessionPart;
import dev.harbor.report.ReportService;
import dev.harbor.report.SummaryFile;

/**
 * The session's summary as PDF: the time since the previous session, with this session's
 * note. The practice's paper and the client's name; the Summary PDF part of the client
 * page offers the other choices.
 */
@org.springframework.stereotype.Component
class SessionSummaryPart implements SessionPart {

	private final ReportService reports;

	SessionSummaryPart(ReportService reports) {
		this.reports = reports;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public Component create(long sessionId, long clientId) {
		Anchor download = new Anchor((DownloadEvent event) -> send(event, sessionId),
				UI.getCurrentOrThrow().getTranslation("session.summary.download"));
		download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
		download.addClassName("harbor-export");
		download.getElement().setAttribute("download", true);
		return download;
	}

	private void send(DownloadEvent event, long sessionId) throws IOException {
		try {
			SummaryFile file = reports.sessionSummary(sessionId, reports.practicePaper(), false,
					event.getUI().getLocale());
			PdfDownload.send(event, file);
		}
		catch (RuntimeException refused) {
			event.getResponse().setStatus(400);
			event.getUI().access(() -> Notifications.problem("report.gone"));
		}
	}

}
