package dev.harbor.common.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A counter under a long text, "1,234 of 4,000 characters", kept by the browser as the
 * person types and by the server whenever the value arrives, so the limit is in view
 * before it is reached. Nothing is cut: a text over its limit is refused beside the
 * field.
 */
public final class LiveCount {

	/** Stands for the count in the translated line the browser fills in. */
	private static final String COUNT = "#";

	private LiveCount() {
	}

	public static void show(TextArea area, int max) {
		update(area, max);
		area.addValueChangeListener(change -> update(area, max));
		// Only the translated line and the language travel as parameters; no markup. On
		// every attach: a text area shown again may be a new element in the browser.
		area.addAttachListener(
				attach -> area.getElement()
					.executeJs("const area = this; const line = $0; const language = $1;"
							+ "area.addEventListener('input', () => {"
							+ " area.helperText = line.replace($2, area.value.length.toLocaleString(language)); });",
							area.getTranslation("text.count", COUNT, max), language(), COUNT));
	}

	private static String language() {
		UI ui = UI.getCurrent();
		return (ui == null ? Locale.ENGLISH : ui.getLocale()).toLanguageTag();
	}

	private static void update(TextArea area, int max) {
		area.setHelperText(area.getTranslation("text.count", area.getValue().length(), max));
	}

}
