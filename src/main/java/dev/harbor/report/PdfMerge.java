package dev.harbor.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

/** Several finished PDFs as one, in order. */
final class PdfMerge {

	private PdfMerge() {
	}

	static byte[] of(List<byte[]> documents) {
		if (documents.size() == 1) {
			return documents.getFirst();
		}
		PDFMergerUtility merger = new PDFMergerUtility();
		documents.forEach(document -> merger.addSource(new RandomAccessReadBuffer(document)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		merger.setDestinationStream(out);
		try {
			merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return out.toByteArray();
	}

}
