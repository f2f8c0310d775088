package dev.harbor.common.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.SerializableFunction;
import dev.harbor.common.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The one form pattern: a form's fields are bound by name to the components of the record
 * it builds, the feature's rules check each field as it is typed, and the record comes
 * out only when every rule holds. A refusal, from the record's own rule or from the
 * service, names a record component and lands beside that component's field; a name the
 * form has no field for fails loudly rather than landing somewhere else.
 *
 * <p>
 * Vaadin's built-in field checks are off: their messages are empty unless configured, and
 * our rules say the same things in our words.
 *
 * @param <R> the record the form builds
 */
public class RecordBinder<R extends Record> extends Binder<R> {

	private final Map<String, HasValidation> otherNames = new LinkedHashMap<>();

	private final Map<String, Consumer<String>> wholeForm = new LinkedHashMap<>();

	private Function<R, @Nullable InvalidInputException> wholeRecordRule = record -> null;

	private @Nullable String conflictField;

	private @Nullable String conflictMessageKey;

	public RecordBinder(Class<R> recordType) {
		super(recordType);
		setDefaultValidatorsEnabled(false);
	}

	/**
	 * Binds a text field to a text component, with the rule's message (a translation key)
	 * beside it; an empty field is written as no text.
	 */
	public void text(HasValue<?, String> field, String component,
			SerializableFunction<@Nullable String, @Nullable String> rule) {
		forField(field).withNullRepresentation("").withValidator(rule(rule)).bind(component);
	}

	/** Binds a whole-number field to a number component; what is not one is refused. */
	public void number(WholeNumberField field, String component) {
		forField(field).withConverter(field.asNumber()).bind(component);
	}

	/**
	 * The rule for the record as a whole, run once every field is fine; its refusal lands
	 * beside the field it names.
	 */
	public void checkWhole(Function<R, @Nullable InvalidInputException> rule) {
		wholeRecordRule = rule;
	}

	/**
	 * A field for a name the service uses that is not one of the record's components,
	 * such as the record itself ("this practice was struck out meanwhile").
	 */
	public void alsoName(String name, HasValidation field) {
		otherNames.put(name, field);
	}

	/**
	 * A name the service uses for the form as a whole (a note signed meanwhile, in
	 * another tab): its message, a translation key, is said by the caller, not beside a
	 * field.
	 */
	public void aboutTheWhole(String name, Consumer<String> say) {
		wholeForm.put(name, say);
	}

	/**
	 * The record as typed, when every rule holds; otherwise nothing, with each problem
	 * shown beside its field.
	 */
	public Optional<R> record() {
		R record;
		try {
			record = writeRecord();
		}
		catch (ValidationException problems) {
			return Optional.empty();
		}
		InvalidInputException problem = wholeRecordRule.apply(record);
		if (problem != null) {
			show(problem);
			return Optional.empty();
		}
		return Optional.of(record);
	}

	/**
	 * Where {@link #submit} says that someone else saved the same record meanwhile:
	 * beside this field, in these words.
	 */
	public void conflictShownAt(String field, String messageKey) {
		conflictField = field;
		conflictMessageKey = messageKey;
	}

	/**
	 * Saves the record when every rule holds, and answers what the save returned; a
	 * refusal from the service lands beside its field, and so does a conflict when the
	 * form has said where ({@link #conflictShownAt}).
	 */
	public <V> Optional<V> submit(Function<R, V> save) {
		Optional<R> typed = record();
		if (typed.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(save.apply(typed.get()));
		}
		catch (InvalidInputException refusal) {
			show(refusal);
		}
		catch (OptimisticLockingFailureException conflict) {
			if (conflictField == null || conflictMessageKey == null) {
				throw conflict;
			}
			show(conflictField, conflictMessageKey);
		}
		return Optional.empty();
	}

	/**
	 * Shows a refusal's message beside the field it names, or has it said for the whole
	 * form.
	 * @return whether it is shown beside a field
	 */
	public boolean show(InvalidInputException refusal) {
		Consumer<String> whole = wholeForm.get(refusal.field());
		if (whole != null) {
			whole.accept(refusal.messageKey());
			return false;
		}
		show(refusal.field(), refusal.messageKey());
		return true;
	}

	/**
	 * Shows a message of the form's own, say a conflict, beside the named field; the
	 * arguments fill the message's placeholders.
	 */
	public void show(String name, String messageKey, Object... arguments) {
		HasValidation field = fieldNamed(name);
		field.setErrorMessage(((Component) field).getTranslation(messageKey, arguments));
		field.setInvalid(true);
	}

	private HasValidation fieldNamed(String name) {
		HasValidation other = otherNames.get(name);
		if (other != null) {
			return other;
		}
		return getBinding(name).map(binding -> (HasValidation) binding.getField())
			.orElseThrow(() -> new IllegalStateException(
					"This form has no field for \"" + name + "\"; bind it or give it with alsoName"));
	}

	/** A validator that asks for a choice, with the feature's words for it. */
	public static <T> Validator<T> required(String messageKey) {
		return rule(value -> value == null ? messageKey : null);
	}

	/**
	 * A validator from one of the features' rules, which answer with a translation key or
	 * nothing when the value is fine.
	 */
	public static <T> Validator<T> rule(SerializableFunction<T, @Nullable String> check) {
		return (value, context) -> {
			String problem = check.apply(value);
			if (problem == null) {
				return ValidationResult.ok();
			}
			return ValidationResult
				.error(context.getComponent().map(field -> field.getTranslation(problem)).orElse(problem));
		};
	}

}
