package dev.harbor.common.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.http.Part;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A 50 MB file sent at a 1 MB limit is refused while it streams in: the server reads
 * barely past the limit, keeps nothing, and says the file is too large.
 */
class LimitedUploadTest {

	static final int LIMIT = 1_048_576;

	static final long FIFTY_MB = 50L * 1024 * 1024;

	final AtomicReference<byte[]> received = new AtomicReference<>();

	final AtomicInteger refusals = new AtomicInteger();

	final LimitedUpload upload = new LimitedUpload(LIMIT, (name, content) -> received.set(content),
			refusals::incrementAndGet);

	@Test
	void a_file_larger_than_the_limit_is_cut_off_as_it_streams_and_refused() throws IOException {
		Endless body = new Endless(FIFTY_MB);
		UploadEvent event = event(-1, body);

		upload.handleUploadRequest(event);

		assertThat(event.isRejected()).isTrue();
		assertThat(event.getRejectionMessage()).contains(String.valueOf(LIMIT));
		assertThat(refusals).hasValue(1);
		assertThat(received.get()).isNull();
		assertThat(body.read.get()).isLessThanOrEqualTo(LIMIT + 8192L);
	}

	@Test
	void a_file_that_says_it_is_too_large_is_refused_before_a_byte_is_read() throws IOException {
		Endless body = new Endless(FIFTY_MB);
		UploadEvent event = event(FIFTY_MB, body);

		upload.handleUploadRequest(event);

		assertThat(event.isRejected()).isTrue();
		assertThat(body.read.get()).isZero();
	}

	@Test
	void a_file_within_the_limit_arrives_whole() throws IOException {
		UploadEvent event = event(LIMIT, new Endless(LIMIT));

		upload.handleUploadRequest(event);

		assertThat(event.isRejected()).isFalse();
		assertThat(received.get()).hasSize(LIMIT);
		assertThat(refusals).hasValue(0);
	}

	private static UploadEvent event(long declaredSize, InputStream body) throws IOException {
		Part part = mock(Part.class);
		when(part.getInputStream()).thenReturn(body);
		return new UploadEvent(null, null, null, "diary.csv", declaredSize, "text/csv", null, part);
	}

	/** A stream of so many bytes made as they are read, counting how many were. */
	static final class Endless extends InputStream {

		final AtomicLong read = new AtomicLong();

		private final long size;

		Endless(long size) {
			this.size = size;
		}

		@Override
		public int read() {
			if (read.get() >= size) {
				return -1;
			}
			read.incrementAndGet();
			return 'x';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			long left = size - read.get();
			if (left <= 0) {
				return -1;
			}
			int count = (int) Math.min(length, left);
			java.util.Arrays.fill(buffer, offset, offset + count, (byte) 'x');
			read.addAndGet(count);
			return count;
		}

	}

}
