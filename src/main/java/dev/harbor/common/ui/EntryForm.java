package dev.harbor.common.ui;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A feature's form for one kind of entry, bound to its record: the clinician's dialog and
 * the portal's pages fill it, check it and save it the same way.
 *
 * @param <R> the record the form fills in
 */
public abstract class EntryForm<R extends Record> extends FormLayout {

	/** The subclass binds its fields to this in its constructor. */
	protected final RecordBinder<R> binder;

	protected EntryForm(Class<R> recordType) {
		this.binder = new RecordBinder<>(recordType);
	}

	/** The form itself, to place on a page. */
	public Component asComponent() {
		return this;
	}

	/** Fills the form with what was written before. */
	public void show(R written) {
		binder.readRecord(written);
	}

	/**
	 * Checks every field and saves through the given call; empty when something is wrong.
	 */
	public <V> Optional<V> submit(Function<R, V> save) {
		return binder.submit(save);
	}

	/** The free-text fields by name: what a draft keeps. */
	public abstract Map<String, TextArea> wordFields();

}
