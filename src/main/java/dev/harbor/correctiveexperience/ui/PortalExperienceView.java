package dev.harbor.correctiveexperience.ui;

import java.time.Clock;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.harbor.common.ui.DraftKeeper;
import dev.harbor.common.ui.LaterAdditions;
import dev.harbor.common.ui.Notifications;
import dev.harbor.common.ui.PortalEntryParts;
import dev.harbor.common.ui.PortalPage;
import dev.harbor.common.ui.Submit;
import dev.harbor.correctiveexperience.ExperienceNotFoundException;
import dev.harbor.correctiveexperience.MyExperience;
import dev.harbor.correctiveexperience.MyExperienceService;
import dev.harbor.review.DraftKind;
import dev.harbor.review.DraftService;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The client's log of corrective experiences in the portal: a new one written soon after,
 * kept as a draft while they type; or one of theirs again, to correct while their
 * clinician has not read it yet, or to add to once they have.
 */
@Route("portal/experience/:entry?([0-9]{1,18})")
@RolesAllowed(Role.Names.CLIENT)
class PortalExperienceView extends PortalPage implements BeforeEnterObserver {

	static final String ENTRY = "entry";

	/** Where the client's list of entries is; the portal's own page, by address. */
	static final String MY_ENTRIES = "portal/entries";

	private final MyExperienceService experiences;

	private final DraftService drafts;

	private final Clock clock;

	private final Div content = new Div();

	PortalExperienceView(MyExperienceService experiences, DraftService drafts, Clock clock) {
		super("portal.experience.title");
		this.experiences = experiences;
		this.drafts = drafts;
		this.clock = clock;
		content.setWidthFull();
		add(content);
	}

	static RouteParameters parameters(long entryId) {
		return new RouteParameters(ENTRY, Long.toString(entryId));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<String> entry = event.getRouteParameters().get(ENTRY);
		if (entry.isEmpty()) {
			writeNew();
			return;
		}
		try {
			MyExperience mine = experiences.myExperience(Long.parseLong(entry.get()));
			if (mine.reviewed()) {
				addTo(mine);
			}
			else {
				correct(mine);
			}
		}
		catch (NumberFormatException | ExperienceNotFoundException notHere) {
			event.rerouteToError(NotFoundException.class);
		}
	}

	private void writeNew() {
		content.removeAll();
		ExperienceForm form = new ExperienceForm(clock);
		Checkbox bring = PortalEntryParts.bringToSession(this);
		DraftKeeper keeper = DraftKeeper.watch(form.wordFields(),
				typed -> drafts.keepDraft(DraftKind.EXPERIENCE, typed));
		content.add(new Paragraph(getTranslation("portal.experience.intro")));
		drafts.myDraft(DraftKind.EXPERIENCE).ifPresent(draft -> {
			keeper.restore(draft.fields());
			content.add(PortalEntryParts.draftKept(this, draft.savedAt(), () -> {
				drafts.discardDraft(DraftKind.EXPERIENCE);
				keeper.clear();
			}));
		});
		Button save = Submit.primary(getTranslation("portal.experience.save"),
				click -> form.submit(entry -> experiences.logExperience(entry, bring.getValue())).ifPresent(saved -> {
					keeper.stop();
					Notifications.success("portal.entry.saved");
					getUI().ifPresent(ui -> ui.navigate(MY_ENTRIES));
				}));
		content.add(form, bring, actions(save));
	}

	private void correct(MyExperience mine) {
		setHeading(getTranslation("portal.experience.correctTitle"));
		content.removeAll();
		ExperienceForm form = new ExperienceForm(clock);
		form.show(mine.experience());
		Checkbox bring = PortalEntryParts.bringToSession(this);
		bring.setValue(mine.bringToSession());
		Button save = Submit.primary(getTranslation("action.save"),
				click -> form
					.submit(entry -> experiences.correctExperience(mine.id(), mine.version(), entry, bring.getValue()))
					.ifPresent(saved -> {
						Notifications.success("portal.entry.corrected");
						getUI().ifPresent(ui -> ui.navigate(MY_ENTRIES));
					}));
		content.add(new Paragraph(getTranslation("portal.entry.notYetRead")), form, bring, actions(save));
	}

	private void addTo(MyExperience mine) {
		setHeading(getTranslation("portal.experience.readTitle"));
		content.removeAll();
		LaterAdditions added = new LaterAdditions(mine.additions());
		content.add(new Paragraph(getTranslation("portal.entry.read")), ExperienceDetail.words(mine.experience(), this),
				added, PortalEntryParts.addTo(this, text -> {
					experiences.addToExperience(mine.id(), text);
					Notifications.success("portal.addition.saved");
					addTo(experiences.myExperience(mine.id()));
				}));
	}

	private Div actions(Button save) {
		Button back = new Button(getTranslation("portal.entry.back"),
				click -> getUI().ifPresent(ui -> ui.navigate(MY_ENTRIES)));
		Div actions = new Div(save, back);
		actions.addClassName("harbor-actions");
		return actions;
	}

}
