package dev.harbor.security.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Recovery codes, shown once: each opens Harbor once when the phone is not at hand. They
 * are stored hashed, so nobody can show them again.
 */
final class RecoveryCodesPanel extends Div {

	RecoveryCodesPanel(List<String> codes, Button next) {
		addClassName("harbor-recovery");
		UnorderedList list = new UnorderedList();
		list.addClassName("harbor-recovery-codes");
		for (String code : codes) {
			ListItem item = new ListItem(code);
			item.addClassName("harbor-code");
			list.add(item);
		}
		add(new Paragraph(getTranslation("twoStep.recovery.intro", codes.size())), list,
				new Paragraph(getTranslation("twoStep.recovery.keep")), next);
	}

}
