package dev.harbor.common.ui;

import java.io.IOException;
import java.io.OutputStream;

import com.vaadin.flow.server.streams.DownloadEvent;

/**
 * A download that holds a client's record or the audit trail: named, typed, and never
 * kept by the browser's or a proxy's cache, so it leaves no copy on a shared computer.
 */
public final class PrivateDownload {

	private PrivateDownload() {
	}

	public static void prepare(DownloadEvent event, String fileName, String contentType) {
		event.setFileName(fileName);
		event.setContentType(contentType);
		event.getResponse().setHeader("Cache-Control", "no-store");
		event.getResponse().setHeader("Pragma", "no-cache");
	}

	/** A whole PDF, made before the response starts, so a refusal can still say so. */
	public static void sendPdf(DownloadEvent event, String fileName, byte[] pdf) throws IOException {
		prepare(event, fileName, "application/pdf");
		event.setContentLength(pdf.length);
		try (OutputStream out = event.getOutputStream()) {
			out.write(pdf);
		}
	}

}
