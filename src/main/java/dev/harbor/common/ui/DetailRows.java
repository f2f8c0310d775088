package dev.harbor.common.ui;

import java.util.Map;

import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;

/**
 * A record's parts as label-and-text rows, those left empty left out; what a client wrote
 * is always set as text.
 */
public final class DetailRows extends Div {

	private final Map<String, String> ownWords;

	public DetailRows() {
		this(Map.of());
	}

	/**
	 * @param ownWords labels to use instead, by the key they replace: how the client's
	 * portal words a part the clinician's screen words about them
	 */
	public DetailRows(Map<String, String> ownWords) {
		this.ownWords = Map.copyOf(ownWords);
		addClassName("harbor-details");
	}

	/** Adds a row unless the value is empty. */
	public DetailRows row(String labelKey, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return this;
		}
		Div label = new Div(getTranslation(ownWords.getOrDefault(labelKey, labelKey)));
		label.addClassName("harbor-detail-label");
		Div text = new Div(value);
		text.addClassName("harbor-detail-value");
		add(new Div(label, text));
		return this;
	}

}
