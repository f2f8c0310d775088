package dev.harbor.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

/**
 * A dashboard list shows its first rows only, so the page stays the same size whether a
 * clinician has thirty clients or three hundred; how many more there are is said in one
 * line.
 */
final class ShortList {

	/** The most rows a dashboard list shows. */
	static final int MOST = 10;

	private ShortList() {
	}

	static <T> List<T> shown(List<T> rows) {
		return rows.size() <= MOST ? rows : rows.subList(0, MOST);
	}

	/** "And 4 more", or nothing when every row is shown. */
	static @Nullable Paragraph more(List<?> rows, String messageKey) {
		if (rows.size() <= MOST) {
			return null;
		}
		Paragraph more = new Paragraph();
		more.setText(more.getTranslation(messageKey, rows.size() - MOST));
		more.addClassNames("harbor-muted", "harbor-more");
		return more;
	}

}
