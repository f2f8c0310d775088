package dev.harbor.common.ui;

import java.util.Arrays;
import java.util.regex.Pattern;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import org.jspecify.annotations.Nullable;

/**
 * A field for a whole number within a range that keeps exactly what was typed. Vaadin's
 * IntegerField drops every key that is not a digit, so "7.5" became 75 and "3,5" became
 * 35, and it reads a number too large for an int as empty, so a strength typed in the
 * diary vanished without a word. Here nothing typed is changed or dropped: what is not a
 * whole number in the range is refused beside the field, naming the rule.
 */
public class WholeNumberField extends TextField {

	private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");

	private final int min;

	private final int max;

	public WholeNumberField(String label, int min, int max) {
		super(label);
		this.min = min;
		this.max = max;
		setPlaceholder(min + "–" + max);
		// A phone shows its number pad; nothing is filtered, so a pasted "7.5" still
		// shows.
		getElement().setAttribute("inputmode", "numeric");
		addValueChangeListener(change -> {
			if (change.isFromClient()) {
				check();
			}
		});
	}

	/**
	 * Whether the field is empty or holds a whole number in its range; otherwise it says
	 * so beside itself.
	 */
	public boolean check() {
		boolean fits = getValue().isBlank() || parsed() != null;
		setErrorMessage(fits ? null : getTranslation("field.wholeNumber", min, max));
		setInvalid(!fits);
		return fits;
	}

	/** Checks every field, so that each one that does not fit says so at once. */
	public static boolean checkAll(WholeNumberField... fields) {
		return Arrays.stream(fields).map(WholeNumberField::check).reduce(true, Boolean::logicalAnd);
	}

	/**
	 * The number typed, or nothing when the field is empty or does not hold one in range.
	 */
	public @Nullable Integer getNumber() {
		return getValue().isBlank() ? null : parsed();
	}

	/**
	 * For a binder: the text as a number, or the rule named beside the field; an empty
	 * field is no number.
	 */
	public Converter<String, @Nullable Integer> asNumber() {
		return Converter.from(text -> {
			if (text == null || text.isBlank()) {
				return Result.ok(null);
			}
			Integer number = parsed(text);
			return number == null ? Result.error(getTranslation("field.wholeNumber", min, max)) : Result.ok(number);
		}, number -> number == null ? "" : Integer.toString(number));
	}

	public void setNumber(@Nullable Integer number) {
		setValue(number == null ? "" : Integer.toString(number));
	}

	private @Nullable Integer parsed() {
		return parsed(getValue());
	}

	private @Nullable Integer parsed(String text) {
		String typed = text.strip();
		if (!WHOLE.matcher(typed).matches()) {
			return null;
		}
		int number = Integer.parseInt(typed);
		return number < min || number > max ? null : number;
	}

}
