package dev.harbor.correctiveexperience.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import dev.harbor.common.ui.EntryForm;
import dev.harbor.common.ui.PortalEntryPage;
import dev.harbor.correctiveexperience.MyExperience;
import dev.harbor.correctiveexperience.MyExperienceService;
import dev.harbor.correctiveexperience.NewExperience;
import dev.harbor.review.DraftKind;
import dev.harbor.review.DraftService;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The client's log of corrective experiences in the portal: a new one written soon after,
 * or one of theirs again, to correct or, once read, to add to.
 */
@Route("portal/experience/:" + PortalEntryPage.ENTRY + "?([0-9]{1,18})")
@RolesAllowed(Role.Names.CLIENT)
class PortalExperienceView extends PortalEntryPage<NewExperience, MyExperience> {

	private final MyExperienceService experiences;

	private final DraftService drafts;

	private final Clock clock;

	PortalExperienceView(MyExperienceService experiences, DraftService drafts, Clock clock) {
		super("portal.experience.title");
		this.experiences = experiences;
		this.drafts = drafts;
		this.clock = clock;
	}

	@Override
	protected EntryForm<NewExperience> newForm() {
		ExperienceForm form = new ExperienceForm(clock);
		form.inTheClientsOwnWords();
		return form;
	}

	@Override
	protected MyExperience mine(long id) {
		return experiences.myExperience(id);
	}

	@Override
	protected void write(NewExperience written, boolean bringToSession) {
		experiences.logExperience(written, bringToSession);
	}

	@Override
	protected void correct(MyExperience mine, NewExperience written, boolean bringToSession) {
		experiences.correctExperience(mine.id(), mine.version(), written, bringToSession);
	}

	@Override
	protected void addTo(MyExperience mine, String text) {
		experiences.addToExperience(mine.id(), text);
	}

	@Override
	protected Component words(NewExperience written) {
		return ExperienceDetail.inTheClientsOwnWords(written, this);
	}

	@Override
	protected Optional<Map.Entry<Instant, Map<String, String>>> keptDraft() {
		return drafts.myDraft(DraftKind.EXPERIENCE).map(draft -> Map.entry(draft.savedAt(), draft.fields()));
	}

	@Override
	protected void keepDraft(Map<String, String> typed) {
		drafts.keepDraft(DraftKind.EXPERIENCE, typed);
	}

	@Override
	protected void discardDraft() {
		drafts.discardDraft(DraftKind.EXPERIENCE);
	}

}
