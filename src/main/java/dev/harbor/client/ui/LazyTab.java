package dev.harbor.client.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * A tab's content, built the first time the tab is opened: a tab nobody opens reads
 * nothing and leaves nothing in the audit trail.
 */
final class LazyTab extends Div {

	LazyTab(Supplier<Component> content) {
		setWidthFull();
		addAttachListener(attach -> {
			if (getComponentCount() == 0) {
				add(content.get());
			}
		});
	}

}
