package dev.harbor.common.ui;

import java.time.Instant;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.harbor.common.AdditionView;
import dev.harbor.common.FreeText;
import dev.harbor.common.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The parts the portal's diary and log pages share: the wish to talk about an entry at
 * the next session, the note that a draft was kept, and adding to an entry the clinician
 * has already read.
 */
public final class PortalEntryParts {

	private PortalEntryParts() {
	}

	/** "I would like to talk about this at my next session." */
	public static Checkbox bringToSession(Component owner) {
		Checkbox wish = new Checkbox(owner.getTranslation("entry.bringToSession.ask"));
		wish.addClassName("harbor-bring-to-session-ask");
		return wish;
	}

	/** Says that what they were writing was kept, and offers to start afresh. */
	public static Div draftKept(Component owner, Instant savedAt, Runnable startAfresh) {
		Div note = new Div();
		note.addClassName("harbor-portal-draft");
		Button afresh = new Button(owner.getTranslation("portal.draft.afresh"), click -> {
			startAfresh.run();
			note.setVisible(false);
		});
		afresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		note.add(new Paragraph(owner.getTranslation("portal.draft.kept", Dates.shortDateTime(savedAt))), afresh);
		return note;
	}

	/**
	 * A box to add to an entry after it was read: the entry stays as it was, the words go
	 * beside it with the date.
	 */
	public static Div addTo(Component owner, Consumer<String> add) {
		TextArea text = new TextArea(owner.getTranslation("portal.addition.label"));
		text.setHelperText(owner.getTranslation("portal.addition.help"));
		text.setMaxLength(AdditionView.TEXT_MAX);
		text.setWidthFull();
		Button save = Submit.primary(owner.getTranslation("portal.addition.save"), click -> {
			String problem = problemOf(text.getValue());
			if (problem != null) {
				text.setErrorMessage(owner.getTranslation(problem));
				text.setInvalid(true);
				return;
			}
			try {
				add.accept(text.getValue());
				text.setInvalid(false);
			}
			catch (InvalidInputException refused) {
				text.setErrorMessage(owner.getTranslation(refused.messageKey()));
				text.setInvalid(true);
			}
		});
		Div box = new Div(new H3(owner.getTranslation("portal.addition.title")),
				new Paragraph(owner.getTranslation("portal.addition.intro")), text, save);
		box.addClassName("harbor-portal-addition");
		return box;
	}

	private static @Nullable String problemOf(@Nullable String text) {
		return text == null || text.isBlank() ? "portal.rule.additionRequired"
				: FreeText.problem(text, AdditionView.TEXT_MAX);
	}

}
