package dev.harbor.report.ui;

import dev.harbor.common.ui.PrivateDownload;
import java.io.IOException;
import java.io.OutputStream;

import com.vaadin.flow.server.streams.DownloadEvent;
import dev.harbor.report.SummaryFile;

/** Sends a finished PDF as a download, under its own name. */
final class PdfDownload {

	private PdfDownload() {
	}

	static void send(DownloadEvent event, SummaryFile file) throws IOException {
		PrivateDownload.prepare(event, file.fileName(), "application/pdf");
		event.setContentLength(file.content().length);
		try (OutputStream out = event.getOutputStream()) {
			out.write(file.content());
		}
	}

}
