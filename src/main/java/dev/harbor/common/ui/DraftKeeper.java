package dev.harbor.common.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.harbor.common.InvalidInputException;

/**
 * Keeps a client's words while they write: a moment after they stop typing in any of the
 * given fields, everything typed so far goes to the draft store, so a dropped connection
 * or a closed tab loses nothing. A draft that cannot be kept (a field over its length) is
 * left as it was; the field itself says what is wrong.
 */
public final class DraftKeeper {

	/** How long after the last key press the words are kept, in milliseconds. */
	static final int PAUSE_MILLIS = 1500;

	private final Map<String, TextArea> fields;

	private final Consumer<Map<String, String>> keep;

	private boolean keeping = true;

	private DraftKeeper(Map<String, TextArea> fields, Consumer<Map<String, String>> keep) {
		this.fields = Map.copyOf(fields);
		this.keep = keep;
	}

	/**
	 * Starts keeping what is typed into these fields, by name, through the given store.
	 */
	public static DraftKeeper watch(Map<String, TextArea> fields, Consumer<Map<String, String>> keep) {
		DraftKeeper keeper = new DraftKeeper(fields, keep);
		fields.values().forEach(field -> {
			field.setValueChangeMode(ValueChangeMode.TIMEOUT);
			field.setValueChangeTimeout(PAUSE_MILLIS);
			field.addValueChangeListener(change -> {
				if (change.isFromClient()) {
					keeper.keepNow();
				}
			});
		});
		return keeper;
	}

	/** Puts a kept draft's words back into their fields. */
	public void restore(Map<String, String> draft) {
		draft.forEach((name, text) -> {
			TextArea field = fields.get(name);
			if (field != null) {
				field.setValue(text);
			}
		});
	}

	/** Empties the fields, when the client starts afresh. */
	public void clear() {
		fields.values().forEach(TextArea::clear);
	}

	/** No more keeping, once the entry itself is saved. */
	public void stop() {
		keeping = false;
	}

	void keepNow() {
		if (!keeping) {
			return;
		}
		Map<String, String> typed = new LinkedHashMap<>();
		fields.forEach((name, field) -> typed.put(name, field.getValue()));
		try {
			keep.accept(typed);
		}
		catch (InvalidInputException tooLong) {
			// The field shows its own message; the draft before stays.
		}
	}

}
