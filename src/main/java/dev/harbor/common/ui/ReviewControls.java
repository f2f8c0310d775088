package dev.harbor.common.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import dev.harbor.common.EntryReview;
import dev.harbor.common.FreeText;
import org.jspecify.annotations.Nullable;

/**
 * The review part of an entry's detail (diary entry, corrective experience): mark
 * reviewed, flag for the next session, and the clinician's own comment. The caller
 * supplies the changes; each returns whether it was saved.
 */
public class ReviewControls extends Div {

	private final TextArea comment = new TextArea();

	private final RecordBinder<Comment> binder = new RecordBinder<>(Comment.class);

	/**
	 * What the controls can do to the entry on show; each answers whether it was saved.
	 */
	public interface Actions {

		boolean markReviewed();

		boolean flag(boolean flagged);

		boolean comment(@Nullable String text);

	}

	public ReviewControls(boolean reviewed, boolean flagged, @Nullable String currentComment, Actions actions) {
		addClassName("harbor-review");
		Span state = new Span(getTranslation(reviewed ? "review.state.reviewed" : "review.state.waiting"));
		state.addClassNames("harbor-status", reviewed ? "harbor-status-active" : "harbor-status-paused");
		Button review = new Button(getTranslation("review.markReviewed"), VaadinIcon.CHECK.create(),
				click -> actions.markReviewed());
		review.setEnabled(!reviewed);
		Button flag = new Button(getTranslation(flagged ? "review.unflag" : "review.flag"), VaadinIcon.FLAG.create(),
				click -> actions.flag(!flagged));
		if (flagged) {
			flag.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		}
		comment.setLabel(getTranslation("review.comment"));
		comment.setMaxLength(EntryReview.COMMENT_MAX);
		comment.setWidthFull();
		binder.text(comment, "comment", text -> FreeText.problem(text, EntryReview.COMMENT_MAX));
		binder.readRecord(new Comment(currentComment));
		Button save = new Button(getTranslation("review.saveComment"), click -> saveComment(actions));
		Div buttons = new Div(state, review, flag);
		buttons.addClassName("harbor-actions");
		add(buttons, comment, save);
	}

	private void saveComment(Actions actions) {
		binder.submit(typed -> actions.comment(typed.comment()));
	}

	/** The clinician's comment on an entry; no comment is none. */
	public record Comment(@Nullable String comment) {

		@Override
		public String toString() {
			return "Comment";
		}

	}

}
