package dev.harbor.common.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import org.jspecify.annotations.Nullable;

/**
 * An upload kept in memory only up to a limit, enforced on the server while the file
 * streams in: a file that declares itself larger is refused before a byte is read, and
 * one that turns out larger is refused as soon as it passes the limit, without reading
 * the rest. The browser's own size check is a courtesy; this one holds.
 */
public final class LimitedUpload implements UploadHandler {

	/** Told the file's name and content once it is whole and within the limit. */
	public interface Received {

		void accept(String fileName, byte[] content) throws IOException;

	}

	private final int maxBytes;

	private final Received received;

	private final Runnable tooLarge;

	/**
	 * @param tooLarge told, on the upload's thread, that a file was refused for its size
	 */
	public LimitedUpload(int maxBytes, Received received, Runnable tooLarge) {
		this.maxBytes = maxBytes;
		this.received = received;
		this.tooLarge = tooLarge;
	}

	@Override
	public void handleUploadRequest(UploadEvent event) throws IOException {
		if (event.getFileSize() > maxBytes) {
			refuse(event);
			return;
		}
		byte[] content;
		try (InputStream in = event.getInputStream()) {
			content = readAtMost(in, maxBytes);
		}
		if (content == null) {
			refuse(event);
			return;
		}
		received.accept(event.getFileName(), content);
	}

	private void refuse(UploadEvent event) {
		event.reject("larger than " + maxBytes + " bytes");
		tooLarge.run();
	}

	/** The whole stream if it holds at most {@code max} bytes; otherwise nothing. */
	static byte @Nullable [] readAtMost(InputStream in, int max) throws IOException {
		ByteArrayOutputStream content = new ByteArrayOutputStream(Math.min(max, 64 * 1024));
		byte[] buffer = new byte[8192];
		int total = 0;
		int read;
		while ((read = in.read(buffer)) != -1) {
			total += read;
			if (total > max) {
				return null;
			}
			content.write(buffer, 0, read);
		}
		return content.toByteArray();
	}

}
