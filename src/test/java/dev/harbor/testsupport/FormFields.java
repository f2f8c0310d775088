package dev.harbor.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import org.jspecify.annotations.Nullable;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person filling in a form: types into the field with a given label, and sees which
 * fields say something is wrong.
 */
public final class FormFields {

	/** What every free-text field says of text over its limit. */
	public static final String TOO_LONG = "This is longer than fits. Please shorten it.";

	/** What every free-text field says of invisible control characters. */
	public static final String INVISIBLE = "This contains invisible control characters. Please retype it.";

	private FormFields() {
	}

	/**
	 * One bad value for the field with this label, and the message the person should read
	 * beside the field labelled {@code shownAt}: the same field, unless the rule is about
	 * two fields together.
	 */
	public record BadValue(String label, @Nullable Object value, String message, String shownAt) {

		public BadValue(String label, @Nullable Object value, String message) {
			this(label, value, message, label);
		}

		@Override
		public String toString() {
			String shown = String.valueOf(value);
			return label + " ← "
					+ (shown.length() > 24 ? shown.substring(0, 24) + "… (" + shown.length() + ")" : shown);
		}

	}

	/** Types the value into the field with this label, as the browser would send it. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static void type(Component form, String label, @Nullable Object value) {
		LocatorJ._setValue((HasValue) field(form, label), value);
	}

	/**
	 * The field with this label shows exactly this message, and no other field of the
	 * form says something is wrong (a group holding the field may say so too).
	 */
	public static void assertRefusedOnlyAt(Component form, String label, String message) {
		Component field = field(form, label);
		assertThat(((HasValidation) field).isInvalid()).as("%s is marked", label).isTrue();
		assertThat(((HasValidation) field).getErrorMessage()).as("the message beside %s", label).isEqualTo(message);
		List<Component> around = ancestors(field);
		List<String> othersMarked = _find(form, Component.class).stream()
			.filter(other -> other != field && !around.contains(other) && !ancestors(other).contains(field))
			.filter(other -> other instanceof HasValidation validated && validated.isInvalid())
			.map(FormFields::name)
			.toList();
		assertThat(othersMarked).as("other fields marked").isEmpty();
	}

	private static Component field(Component form, String label) {
		return _get(form, Component.class,
				spec -> spec.withLabel(label).withPredicate(component -> component instanceof HasValue<?, ?>));
	}

	private static List<Component> ancestors(Component field) {
		List<Component> ancestors = new ArrayList<>();
		Optional<Component> parent = field.getParent();
		while (parent.isPresent()) {
			ancestors.add(parent.get());
			parent = parent.get().getParent();
		}
		return ancestors;
	}

	private static String name(Component component) {
		return component instanceof HasLabel labelled && labelled.getLabel() != null ? labelled.getLabel()
				: component.getClass().getSimpleName();
	}

}
