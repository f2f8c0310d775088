package dev.harbor.common.ui;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A feature's form for one kind of entry, as the portal's pages use it.
 *
 * @param <R> the record the form fills in
 */
public interface EntryForm<R> {

	/** The form itself, to place on a page. */
	Component asComponent();

	/** Fills the form with what was written before. */
	void show(R written);

	/**
	 * Checks every field and saves through the given call; empty when something is wrong.
	 */
	<V> Optional<V> submit(Function<R, V> save);

	/** The free-text fields by name: what a draft keeps. */
	Map<String, TextArea> wordFields();

}
