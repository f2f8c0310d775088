package dev.harbor.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The PDFs' fonts, read from the class path once per process and parsed into a few copies
 * that are lent to one document at a time. Parsing a font for every PDF cost about 15 MB
 * and 15 ms each time. A parsed font is not safe to share between threads, and a document
 * reads its fonts until it is saved (that is when the subset it embeds is made), so a
 * document borrows each font it needs and gives it back when it is closed. At most
 * {@link #IDLE} parsed copies of each font wait between documents; a document that finds
 * none parses its own, and extra ones are let go.
 */
final class FontShelf {

	/** Parsed copies of one font kept for the next documents. */
	static final int IDLE = 4;

	private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

	private static final Map<String, BlockingQueue<TrueTypeFont>> SHELVES = new ConcurrentHashMap<>();

	private FontShelf() {
	}

	/** A parsed copy of the font at this class-path location, for one document only. */
	static TrueTypeFont borrow(String path) {
		TrueTypeFont idle = shelf(path).poll();
		return idle != null ? idle : parse(path);
	}

	/** The document that borrowed it is closed: the font may serve another. */
	static void giveBack(String path, TrueTypeFont font) {
		if (!shelf(path).offer(font)) {
			try {
				font.close();
			}
			catch (IOException ignored) {
				// It reads from memory; nothing is left open.
			}
		}
	}

	/** How many parsed copies of the font wait for a document now. */
	static int idleCopies(String path) {
		return shelf(path).size();
	}

	private static BlockingQueue<TrueTypeFont> shelf(String path) {
		return SHELVES.computeIfAbsent(path, any -> new ArrayBlockingQueue<>(IDLE));
	}

	private static TrueTypeFont parse(String path) {
		byte[] file = FILES.computeIfAbsent(path, FontShelf::read);
		try {
			// Each copy reads the shared bytes through a buffer of its own.
			return new TTFParser().parse(new RandomAccessReadBuffer(file));
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static byte[] read(String path) {
		try (InputStream in = FontShelf.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Font " + path + " is missing from the class path");
			}
			return in.readAllBytes();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

}
