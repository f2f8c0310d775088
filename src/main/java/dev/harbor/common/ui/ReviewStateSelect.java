package dev.harbor.common.ui;

import com.vaadin.flow.component.select.Select;

/**
 * "Any", "Not yet reviewed" or "Reviewed": the review filter of the diary and the
 * corrective-experience log. Its value is null for any, false for waiting, true for
 * reviewed.
 */
public class ReviewStateSelect extends Select<Boolean> {

	public ReviewStateSelect() {
		setLabel(getTranslation("entries.filter.review"));
		setItems(Boolean.FALSE, Boolean.TRUE);
		setEmptySelectionAllowed(true);
		setEmptySelectionCaption(getTranslation("entries.filter.any"));
		setItemLabelGenerator(value -> value == null ? getTranslation("entries.filter.any")
				: getTranslation(value ? "review.state.reviewed" : "review.state.waiting"));
	}

}
