package dev.harbor.homework.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.harbor.homework.NewCompletion;
import dev.harbor.common.ui.Submit;
import dev.harbor.common.ui.RecordBinder;
import dev.harbor.homework.HomeworkRules;
import org.jspecify.annotations.Nullable;

/** Asks why a practice is struck out; the record stays, crossed out, with the reason. */
class ReasonDialog extends Dialog {

	private final TextArea reason = new TextArea();

	/**
	 * @param strike told the reason; answers whether it was saved
	 */
	ReasonDialog(Predicate<String> strike) {
		setHeaderTitle(getTranslation("homework.strike.title"));
		reason.setLabel(getTranslation("homework.strike.reason"));
		reason.setMaxLength(NewCompletion.STRIKE_REASON_MAX);
		reason.setWidthFull();
		add(new Paragraph(getTranslation("homework.strike.intro")), reason);
		RecordBinder<StrikeReason> binder = new RecordBinder<>(StrikeReason.class);
		binder.text(reason, "reason", text -> HomeworkRules.requiredText(text, NewCompletion.STRIKE_REASON_MAX));
		Button confirm = new Button(getTranslation("homework.strike.confirm"),
				click -> binder.submit(given -> strike.test(given.reason()))
					.filter(Boolean::booleanValue)
					.ifPresent(struck -> close()));
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Submit.once(confirm);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
		setWidth("min(32rem, 96vw)");
	}

	/** Why the practice is struck out, in the clinician's words. */
	public record StrikeReason(@Nullable String reason) {

		@Override
		public String toString() {
			return "StrikeReason";
		}

	}

}
