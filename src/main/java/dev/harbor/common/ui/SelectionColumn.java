package dev.harbor.common.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * Names the tick-box column of a multi-select grid. With a lazy list the grid hides its
 * "select all" box (it could not select rows it has not fetched) and leaves the column's
 * header empty, which a screen reader announces as a blank header; here it says what the
 * boxes are for. Vaadin 25.3 labels the cell itself (its grid i18n
 * "selectAllUnavailable").
 */
public final class SelectionColumn {

	private SelectionColumn() {
	}

	public static void name(Grid<?> grid, String labelKey) {
		String label = grid.getTranslation(labelKey);
		// The label is our own translated word, set as text, never markup.
		grid.addAttachListener(
				attach -> grid.getElement()
					.executeJs(
							"const column = this.querySelector('vaadin-grid-flow-selection-column');"
									+ "if (column) { column.headerRenderer = root => { root.textContent = $0; }; }",
							label));
	}

}
