package dev.harbor.common.ui;

import java.time.LocalDateTime;
import java.util.function.Function;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import dev.harbor.common.EnteredBy;
import dev.harbor.common.ReviewedEntry;

/**
 * The "When" column of an entry list on the client page, which also says who wrote the
 * entry: "Portal" when the client wrote it, and "New" when that was after the clinician's
 * previous sitting with the record. Rendered with Lit, which sets the words as text,
 * never as markup.
 */
public final class EntryMarks {

	/** The column's key, for tests that read a row. */
	public static final String KEY = "when";

	private EntryMarks() {
	}

	public static <T extends ReviewedEntry> void addWhenColumn(Grid<T> grid, ClientVisit visit,
			Function<T, LocalDateTime> happenedAt) {
		UI ui = UI.getCurrent();
		String fromPortal = ui.getTranslation("entries.mark.portal");
		String fresh = ui.getTranslation("entries.mark.new");
		grid.addColumn(LitRenderer
			.<T>of("<div>${item.when}</div><div class=\"harbor-entry-marks\">"
					+ "<span class=\"harbor-entry-new\" ?hidden=${!item.fresh}>${item.fresh}</span> "
					+ "<span class=\"harbor-entry-portal\" ?hidden=${!item.portal}>${item.portal}</span></div>")
			.withProperty("when", entry -> Dates.shortDateTime(happenedAt.apply(entry)))
			.withProperty("fresh", entry -> visit.isNew(entry.enteredBy(), entry.enteredAt()) ? fresh : "")
			.withProperty("portal", entry -> entry.enteredBy() == EnteredBy.CLIENT ? fromPortal : ""))
			.setKey(KEY)
			.setHeader(ui.getTranslation("entries.column.when"))
			.setAutoWidth(true)
			.setFlexGrow(0);
	}

}
