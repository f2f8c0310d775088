package dev.harbor.common.ui;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import dev.harbor.common.MyEntry;
import dev.harbor.common.RecordNotFoundException;

/**
 * A portal page for one kind of the client's own entries. Without an id: a new one, kept
 * as a draft while they type. With the id of one of theirs: to correct while their
 * clinician has not read it yet, or to add to once they have. The feature supplies the
 * form, the words shown once read, and the calls to its services.
 *
 * @param <R> what is written
 * @param <M> how the client's own entry comes back
 */
public abstract class PortalEntryPage<R extends Record, M extends MyEntry<R>> extends PortalPage
		implements BeforeEnterObserver {

	/** The route parameter with the entry's id. */
	public static final String ENTRY = "entry";

	/** The portal's list of what the client wrote. */
	public static final String MY_ENTRIES = "portal/entries";

	private final String keys;

	private final Div content = new Div();

	/**
	 * @param titleKey the key of the page's title, {@code <prefix>.title}; the page's
	 * other words sit beside it: {@code .intro}, {@code .save}, {@code .correctTitle},
	 * {@code .readTitle}, {@code .back}
	 */
	protected PortalEntryPage(String titleKey) {
		super(titleKey);
		this.keys = titleKey.substring(0, titleKey.lastIndexOf('.'));
		content.setWidthFull();
		add(content);
	}

	protected abstract EntryForm<R> newForm();

	/** One of the client's own entries; a record not theirs is not found. */
	protected abstract M mine(long id);

	protected abstract void write(R written, boolean bringToSession);

	protected abstract void correct(M mine, R written, boolean bringToSession);

	protected abstract void addTo(M mine, String text);

	/** What was written, laid out to read. */
	protected abstract Component words(R written);

	/** The kept draft, if any: its words by field and when it was kept. */
	protected abstract Optional<Map.Entry<Instant, Map<String, String>>> keptDraft();

	protected abstract void keepDraft(Map<String, String> typed);

	protected abstract void discardDraft();

	/**
	 * Where the client goes back to, and lands after saving: the list of what they wrote.
	 */
	protected String backTo() {
		return MY_ENTRIES;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<String> entry = event.getRouteParameters().get(ENTRY);
		if (entry.isEmpty()) {
			showNew();
			return;
		}
		try {
			M mine = mine(Long.parseLong(entry.get()));
			if (mine.reviewed()) {
				showRead(mine);
			}
			else {
				showUnread(mine);
			}
		}
		catch (NumberFormatException | RecordNotFoundException notHere) {
			event.rerouteToError(NotFoundException.class);
		}
	}

	private void showNew() {
		content.removeAll();
		EntryForm<R> form = newForm();
		Checkbox bring = PortalEntryParts.bringToSession(this);
		DraftKeeper keeper = DraftKeeper.watch(form.wordFields(), this::keepDraft);
		content.add(new Paragraph(getTranslation(keys + ".intro")));
		keptDraft().ifPresent(draft -> {
			keeper.restore(draft.getValue());
			content.add(PortalEntryParts.draftKept(this, draft.getKey(), () -> {
				discardDraft();
				keeper.clear();
			}));
		});
		Button save = Submit.primary(getTranslation(keys + ".save"), click -> form.submit(written -> {
			write(written, bring.getValue());
			return written;
		}).ifPresent(saved -> {
			keeper.stop();
			Notifications.success("portal.entry.saved");
			getUI().ifPresent(ui -> ui.navigate(backTo()));
		}));
		content.add(form.asComponent(), bring, actions(save));
	}

	private void showUnread(M mine) {
		setHeading(getTranslation(keys + ".correctTitle"));
		content.removeAll();
		EntryForm<R> form = newForm();
		form.show(mine.words());
		Checkbox bring = PortalEntryParts.bringToSession(this);
		bring.setValue(mine.bringToSession());
		Button save = Submit.primary(getTranslation("action.save"), click -> form.submit(written -> {
			correct(mine, written, bring.getValue());
			return written;
		}).ifPresent(saved -> {
			Notifications.success("portal.entry.corrected");
			getUI().ifPresent(ui -> ui.navigate(backTo()));
		}));
		content.add(new Paragraph(getTranslation("portal.entry.notYetRead")), form.asComponent(), bring, actions(save));
	}

	private void showRead(M mine) {
		setHeading(getTranslation(keys + ".readTitle"));
		content.removeAll();
		content.add(new Paragraph(getTranslation("portal.entry.read")), words(mine.words()),
				new LaterAdditions(mine.additions()), PortalEntryParts.addTo(this, text -> {
					addTo(mine, text);
					Notifications.success("portal.addition.saved");
					showRead(mine(mine.id()));
				}));
	}

	private Div actions(Button save) {
		Button back = new Button(getTranslation(keys + ".back"),
				click -> getUI().ifPresent(ui -> ui.navigate(backTo())));
		Div actions = new Div(save, back);
		actions.addClassName("harbor-actions");
		return actions;
	}

}
