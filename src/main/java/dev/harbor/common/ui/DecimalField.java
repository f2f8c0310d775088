package dev.harbor.common.ui;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import org.jspecify.annotations.Nullable;

/**
 * A field for a number with decimals that keeps exactly what was typed, taking a point or
 * a comma as the decimal mark ("3.5" and "3,5" alike). Vaadin's BigDecimalField drops the
 * keys it does not expect, so "3,5" in an English browser became 35. What is not a
 * number, or breaks the rule given, is refused beside the field.
 */
public class DecimalField extends TextField {

	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,6}([.,]\\d{1,6})?");

	private final Function<@Nullable BigDecimal, @Nullable String> rule;

	/**
	 * @param rule the translation key of what is wrong with a number (also given nothing
	 * when the text is no number), or nothing when it is fine
	 */
	public DecimalField(String label, Function<@Nullable BigDecimal, @Nullable String> rule) {
		super(label);
		this.rule = rule;
		getElement().setAttribute("inputmode", "decimal");
		addValueChangeListener(change -> {
			if (change.isFromClient()) {
				check();
			}
		});
	}

	/**
	 * Whether what is typed is a number the rule accepts; otherwise it says so beside
	 * itself.
	 */
	public boolean check() {
		String problem = rule.apply(getNumber());
		setErrorMessage(problem == null ? null : getTranslation(problem));
		setInvalid(problem != null);
		return problem == null;
	}

	/** The number typed, or nothing when the text is empty or no number. */
	public @Nullable BigDecimal getNumber() {
		return parsed(getValue());
	}

	private static @Nullable BigDecimal parsed(String text) {
		String typed = text.strip();
		return DECIMAL.matcher(typed).matches() ? new BigDecimal(typed.replace(',', '.')) : null;
	}

	/**
	 * For a binder: the text as a number the rule accepts, or the rule's message beside
	 * the field.
	 */
	public Converter<String, @Nullable BigDecimal> asNumber() {
		return Converter.from(text -> {
			BigDecimal number = parsed(text == null ? "" : text);
			String problem = rule.apply(number);
			return problem == null ? Result.ok(number) : Result.error(getTranslation(problem));
		}, number -> number == null ? "" : number.toPlainString());
	}

	public void setNumber(@Nullable BigDecimal number) {
		setValue(number == null ? "" : number.toPlainString());
	}

}
