package dev.harbor.common.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import dev.harbor.common.InvalidInputException;

/**
 * Where a form shows a service's refusal: the service names the field by the name of the
 * record component it checked, and the form says once which of its fields that is. A name
 * the form does not know is a mistake in the form, not something to guess at: it fails
 * loudly, and the test that feeds each field a bad value finds it.
 */
public final class FieldErrors {

	private final Map<String, HasValidation> fields = new LinkedHashMap<>();

	/** The form's field for a name the service uses in its refusals. */
	public FieldErrors field(String name, HasValidation field) {
		fields.put(name, field);
		return this;
	}

	/** Clears every field's message, before a save is tried again. */
	public void clear() {
		fields.values().forEach(field -> field.setInvalid(false));
	}

	/** Shows the refusal's message beside the field it names. */
	public void show(InvalidInputException refusal) {
		show(refusal.field(), refusal.messageKey());
	}

	/**
	 * Shows a message beside the named field; a message of the form's own, say a
	 * conflict.
	 */
	public void show(String name, String messageKey) {
		HasValidation field = fields.get(name);
		if (field == null) {
			throw new IllegalStateException("This form has no field for \"" + name + "\"; add it to its FieldErrors");
		}
		field.setErrorMessage(((Component) field).getTranslation(messageKey));
		field.setInvalid(true);
	}

}
