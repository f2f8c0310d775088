package dev.harbor.therapysession.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.harbor.common.FreeText;
import dev.harbor.common.ui.RecordBinder;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.Optional;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.LiveCount;
import dev.harbor.common.ui.Notifications;
import dev.harbor.common.ui.SessionInProgress;
import dev.harbor.common.ui.SessionPart;
import dev.harbor.common.ui.Submit;
import dev.harbor.therapysession.SessionNote;
import dev.harbor.therapysession.SessionView;
import dev.harbor.therapysession.TherapySessionService;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One session's note. While it is a draft, every pause in typing (two seconds) saves it,
 * so a dropped connection loses almost nothing. Signing locks it; after that only dated
 * amendments are added, each kept.
 */
class SessionEditor extends Section {

	/**
	 * A pause this long in typing saves the draft; well within the 30 seconds promised.
	 */
	static final int SAVE_AFTER_MS = 2000;

	private final TherapySessionService sessions;

	private final List<SessionPart> parts;

	private final TextArea focus = part("session.field.focus");

	private final TextArea interventions = part("session.field.interventions");

	private final TextArea clientResponse = part("session.field.clientResponse");

	private final TextArea plan = part("session.field.plan");

	private final TextArea relationshipStrain = part("session.field.relationshipStrain");

	private final TextArea relationshipRepair = part("session.field.relationshipRepair");

	/** Optional, and folded away until there is something in it. */
	private final Details relationship = new Details();

	private final Paragraph saved = new Paragraph();

	private final RecordBinder<SessionNote> note = new RecordBinder<>(SessionNote.class);

	private SessionView session;

	private final Div since = new Div();

	private final SinceLastSession.Services services;

	private final boolean inProgress;

	private final Runnable closed;

	/**
	 * Opening a session of today makes it the client's open session: what is reviewed and
	 * assigned meanwhile is linked to it.
	 * @param closed told when the clinician closes the session
	 */
	SessionEditor(SessionView session, TherapySessionService sessions, List<SessionPart> parts,
			SinceLastSession.Services services, Clock clock, Runnable closed) {
		this.sessions = sessions;
		this.parts = parts.stream().sorted(Comparator.comparingInt(SessionPart::order)).toList();
		this.session = session;
		this.services = services;
		this.closed = closed;
		bindPart(focus, "focus");
		bindPart(interventions, "interventions");
		bindPart(clientResponse, "clientResponse");
		bindPart(plan, "plan");
		bindPart(relationshipStrain, "relationshipStrain");
		bindPart(relationshipRepair, "relationshipRepair");
		relationshipStrain.setHelperText(getTranslation("session.relationship.strain.help"));
		relationshipRepair.setHelperText(getTranslation("session.relationship.repair.help"));
		relationship.setSummaryText(getTranslation("session.relationship.heading"));
		relationship.add(new Paragraph(getTranslation("session.relationship.intro")), relationshipStrain,
				relationshipRepair);
		relationship.addClassName("harbor-session-relationship");
		// The note as a whole: signed meanwhile, in another tab or by a colleague.
		note.aboutTheWhole("note", Notifications::problem);
		addClassNames("harbor-panel", "harbor-session");
		LocalDate day = session.startsAt().toLocalDate();
		inProgress = day.equals(Dates.today(clock));
		if (inProgress) {
			SessionInProgress.begin(session.clientId(), session.id(), session.startsAt());
		}
		LocalDate previous = sessions.previousSessionDay(session.id());
		since.add(new SinceLastSession(session.clientId(), previous == null ? day.minusWeeks(4) : previous.plusDays(1),
				day, services));
		show();
	}

	/**
	 * One part of the note. No length limit in the browser, which would cut a long paste
	 * without a word: a counter shows the limit while typing, and a part over it is
	 * marked and left unsaved until it fits.
	 */
	private TextArea part(String labelKey) {
		TextArea area = new TextArea(getTranslation(labelKey));
		area.setWidthFull();
		area.setValueChangeMode(ValueChangeMode.TIMEOUT);
		area.setValueChangeTimeout(SAVE_AFTER_MS);
		LiveCount.show(area, SessionNote.PART_MAX);
		area.addValueChangeListener(change -> {
			if (change.isFromClient()) {
				saveDraft();
			}
		});
		return area;
	}

	private void bindPart(TextArea area, String component) {
		note.forField(area).withNullRepresentation("").withValidator(partFits(area)).bind(component);
	}

	/**
	 * The text rule the service applies to each part; a part too long says how long it
	 * is.
	 */
	private Validator<@Nullable String> partFits(TextArea area) {
		return (text, context) -> {
			String problem = FreeText.problem(text, SessionNote.PART_MAX);
			return problem == null ? ValidationResult.ok() : ValidationResult.error(message(area, problem));
		};
	}

	private String message(TextArea area, String messageKey) {
		return FreeText.TOO_LONG.equals(messageKey)
				? getTranslation("session.note.tooLong", area.getValue().strip().length(), SessionNote.PART_MAX)
				: getTranslation(messageKey);
	}

	private void show() {
		removeAll();
		note.readRecord(session.note());
		List.of(focus, interventions, clientResponse, plan, relationshipStrain, relationshipRepair)
			.forEach(area -> area.setReadOnly(session.signed()));
		boolean aboutTheRelationship = session.note().relationshipStrain() != null
				|| session.note().relationshipRepair() != null;
		relationship.setOpened(aboutTheRelationship);
		relationship.setVisible(aboutTheRelationship || !session.signed());
		Button close = new Button(getTranslation("session.close"), VaadinIcon.CLOSE_SMALL.create(), click -> close());
		close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		Div header = new Div(
				new H2(getTranslation("session.heading", Dates.shortDateTime(session.startsAt()), session.minutes())),
				close);
		header.addClassName("harbor-toolbar");
		add(header);
		if (inProgress) {
			Paragraph open = new Paragraph(getTranslation("session.inProgress.here"));
			open.addClassName("harbor-in-session");
			add(open);
		}
		add(since, new GoneThrough(session.clientId(), session.id(), inProgress, services), focus, interventions,
				clientResponse, plan, relationship);
		saved.addClassName("harbor-muted");
		saved.setText(session.signed()
				? getTranslation("session.signedBy", session.signedByName(), Dates.shortDateTime(session.signedAt()))
				: session.draftSavedAt() == null ? getTranslation("session.draft.new")
						: getTranslation("session.draft.saved", Dates.shortDateTime(session.draftSavedAt())));
		add(saved);
		if (session.signed()) {
			add(amendments());
		}
		else {
			Button sign = Submit.primary(getTranslation("session.sign"), click -> confirmSign());
			add(sign);
		}
		parts.forEach(part -> add(part.create(session.id(), session.clientId())));
	}

	private void close() {
		if (inProgress) {
			SessionInProgress.end(session.clientId());
		}
		closed.run();
	}

	private Div amendments() {
		UnorderedList list = new UnorderedList();
		session.amendments()
			.forEach(amendment -> list.add(new ListItem(getTranslation("session.amendment.shown",
					Dates.shortDateTime(amendment.addedAt()), amendment.addedByName(), amendment.text()))));
		TextArea text = new TextArea(getTranslation("session.amendment.new"));
		text.setWidthFull();
		LiveCount.show(text, SessionNote.PART_MAX);
		RecordBinder<Amendment> newAmendment = new RecordBinder<>(Amendment.class);
		newAmendment.forField(text)
			.withNullRepresentation("")
			.withValidator(RecordBinder.required("session.rule.amendment"))
			.withValidator(partFits(text))
			.bind("amendment");
		Button add = Submit.once(new Button(getTranslation("session.amendment.add"),
				click -> newAmendment.submit(added -> sessions.addAmendment(session.id(), added.amendment()))
					.ifPresent(amended -> {
						session = amended;
						Notifications.success("session.amendment.done");
						show();
					})));
		return new Div(new H3(getTranslation("session.amendments")), list, text, add);
	}

	/**
	 * Saves the note as it is on the screen, or says beside the part why it cannot, and
	 * that the stored draft differs from the screen until then.
	 * @return whether what is on the screen is now the stored draft
	 */
	private boolean saveDraft() {
		saved.removeClassName("harbor-not-saved");
		Optional<SessionNote> typed = note.record();
		if (typed.isEmpty()) {
			notSaved();
			return false;
		}
		try {
			session = sessions.saveDraft(session.id(), session.version(), typed.get());
			saved.setText(getTranslation("session.draft.saved", Dates.shortDateTime(session.draftSavedAt())));
			return true;
		}
		catch (OptimisticLockingFailureException conflict) {
			Notifications.problem("session.conflict");
		}
		catch (InvalidInputException problem) {
			if (note.show(problem)) {
				notSaved();
			}
		}
		return false;
	}

	private void notSaved() {
		saved.setText(getTranslation("session.draft.notSaved"));
		saved.addClassName("harbor-not-saved");
	}

	private void confirmSign() {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(getTranslation("session.sign.title"));
		dialog.setText(getTranslation("session.sign.text"));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("action.cancel"));
		dialog.setConfirmText(getTranslation("session.sign"));
		dialog.addConfirmListener(confirmed -> sign());
		dialog.open();
	}

	private void sign() {
		if (!saveDraft()) {
			return;
		}
		try {
			session = sessions.sign(session.id(), session.version());
			Notifications.success("session.sign.done");
			show();
		}
		catch (OptimisticLockingFailureException conflict) {
			Notifications.problem("session.conflict");
		}
	}

	/** An amendment to a signed note, in the clinician's words. */
	public record Amendment(@Nullable String amendment) {

		@Override
		public String toString() {
			return "Amendment";
		}

	}

}
