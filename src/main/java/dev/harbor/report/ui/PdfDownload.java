package dev.harbor.report.ui;

import dev.harbor.common.ui.PrivateDownload;
import java.io.IOException;

import com.vaadin.flow.server.streams.DownloadEvent;
import dev.harbor.report.SummaryFile;

/** Sends a finished PDF as a download, under its own name. */
final class PdfDownload {

	private PdfDownload() {
	}

	static void send(DownloadEvent event, SummaryFile file) throws IOException {
		PrivateDownload.sendPdf(event, file.fileName(), file.content());
	}

}
