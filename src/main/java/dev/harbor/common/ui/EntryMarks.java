package dev.harbor.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import dev.harbor.common.EnteredBy;
import dev.harbor.common.ReviewedEntry;

/**
 * How an entry list on the client page says who wrote an entry: "From the portal" when
 * the client wrote it, and "New" when that was after the clinician's previous sitting
 * with the record. Rendered with Lit, which sets the words as text, never as markup.
 */
public final class EntryMarks {

	private EntryMarks() {
	}

	/** A narrow first column with the marks; empty for what the clinician typed in. */
	public static <T extends ReviewedEntry> void addColumn(Grid<T> grid, ClientVisit visit) {
		UI ui = UI.getCurrent();
		String fromPortal = ui.getTranslation("entries.mark.portal");
		String fresh = ui.getTranslation("entries.mark.new");
		grid.addColumn(LitRenderer
			.<T>of("<span class=\"harbor-entry-new\" ?hidden=${!item.fresh}>${item.fresh}</span> "
					+ "<span class=\"harbor-entry-portal\" ?hidden=${!item.portal}>${item.portal}</span>")
			.withProperty("fresh", entry -> visit.isNew(entry.enteredBy(), entry.enteredAt()) ? fresh : "")
			.withProperty("portal", entry -> entry.enteredBy() == EnteredBy.CLIENT ? fromPortal : ""))
			.setKey("from")
			.setHeader(ui.getTranslation("entries.column.from"))
			.setAutoWidth(true)
			.setFlexGrow(0);
	}

}
