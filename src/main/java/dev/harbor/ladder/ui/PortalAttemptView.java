package dev.harbor.ladder.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.ui.EntryForm;
import dev.harbor.common.ui.PortalEntryPage;
import dev.harbor.ladder.Anchors;
import dev.harbor.ladder.LadderView;
import dev.harbor.ladder.MyAttempt;
import dev.harbor.ladder.MyLadderService;
import dev.harbor.ladder.NewAttempt;
import dev.harbor.ladder.StepView;
import dev.harbor.review.DraftKind;
import dev.harbor.review.DraftService;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The client logs how a step went, soon after: a new attempt (kept as a draft while they
 * type), or one of theirs again, to correct while unread or to add to once read.
 */
@Route(PortalAttemptView.PATH + "/:" + PortalEntryPage.ENTRY + "?([0-9]{1,18})")
@RolesAllowed(Role.Names.CLIENT)
class PortalAttemptView extends PortalEntryPage<NewAttempt, MyAttempt> {

	static final String PATH = "portal/ladder/attempt";

	private final MyLadderService ladders;

	private final DraftService drafts;

	private final Clock clock;

	private final List<LadderView> mine;

	PortalAttemptView(MyLadderService ladders, DraftService drafts, Clock clock) {
		super("portal.attempt.title");
		this.ladders = ladders;
		this.drafts = drafts;
		this.clock = clock;
		this.mine = ladders.myLadders();
	}

	@Override
	protected EntryForm<NewAttempt> newForm() {
		List<StepView> steps = mine.stream()
			.flatMap(ladder -> ladder.steps().stream())
			.filter(step -> !step.setAside())
			.toList();
		StepView now = mine.stream().flatMap(ladder -> ladder.currentStep().stream()).findFirst().orElse(null);
		Anchors anchors = mine.isEmpty() ? Anchors.NONE : mine.getFirst().anchors();
		return new AttemptForm(clock, steps, now, anchors, true);
	}

	@Override
	protected MyAttempt mine(long id) {
		return ladders.myAttempt(id);
	}

	@Override
	protected void write(NewAttempt written, boolean bringToSession) {
		ladders.logAttempt(ladderOf(written), written, bringToSession);
	}

	@Override
	protected void correct(MyAttempt attempt, NewAttempt written, boolean bringToSession) {
		ladders.correctAttempt(attempt.id(), attempt.version(), written, bringToSession);
	}

	@Override
	protected void addTo(MyAttempt attempt, String text) {
		ladders.addToAttempt(attempt.id(), text);
	}

	@Override
	protected Component words(NewAttempt written) {
		return mine.stream()
			.filter(ladder -> ladder.step(written.stepId() == null ? -1 : written.stepId()).isPresent())
			.findFirst()
			.<Component>map(ladder -> AttemptDetail.words(written, ladder, this, LadderWords.CLIENTS_OWN))
			.orElseGet(Div::new);
	}

	@Override
	protected Optional<Map.Entry<Instant, Map<String, String>>> keptDraft() {
		return drafts.myDraft(DraftKind.LADDER_ATTEMPT).map(draft -> Map.entry(draft.savedAt(), draft.fields()));
	}

	@Override
	protected void keepDraft(Map<String, String> typed) {
		drafts.keepDraft(DraftKind.LADDER_ATTEMPT, typed);
	}

	@Override
	protected void discardDraft() {
		drafts.discardDraft(DraftKind.LADDER_ATTEMPT);
	}

	@Override
	protected String backTo() {
		return PortalLadderView.PATH;
	}

	private long ladderOf(NewAttempt written) {
		return mine.stream()
			.filter(ladder -> written.stepId() != null && ladder.step(written.stepId()).isPresent())
			.findFirst()
			.map(LadderView::id)
			.orElseThrow(() -> new InvalidInputException("stepId", "ladder.rule.step"));
	}

}
