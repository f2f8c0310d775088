package dev.harbor.keepingplan.ui;

import java.io.IOException;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadEvent;
import dev.harbor.common.FreeText;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.LiveCount;
import dev.harbor.common.ui.Notifications;
import dev.harbor.common.ui.PrivateDownload;
import dev.harbor.common.ui.RecordBinder;
import dev.harbor.common.ui.Submit;
import dev.harbor.keepingplan.KeepingPlanService;
import dev.harbor.keepingplan.PlanText;
import dev.harbor.keepingplan.PlanView;
import dev.harbor.report.Paper;
import dev.harbor.report.SummaryFile;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The plan for keeping what was built, written with the client: five parts, a first draft
 * from the record on request (into the parts still empty, never over the words already
 * there), saving with the version read, showing it in the client's portal, and the PDF in
 * the client's language.
 */
class PlanTab extends Section {

	private final KeepingPlanService plans;

	private final long clientId;

	private final Paper paper;

	private final RecordBinder<PlanText> form = new RecordBinder<>(PlanText.class);

	private final Paragraph saved = new Paragraph();

	private final Checkbox shared = new Checkbox();

	private PlanView plan;

	PlanTab(long clientId, KeepingPlanService plans, Paper paper) {
		this.plans = plans;
		this.clientId = clientId;
		this.paper = paper;
		addClassNames("harbor-panel", "harbor-plan");
		this.plan = plans.plan(clientId);
		FormLayout parts = new FormLayout();
		parts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		plan.text().parts().keySet().forEach(part -> parts.add(part(part)));
		form.conflictShownAt("helpedMost", "plan.conflict");
		Button draft = new Button(getTranslation("plan.draft"), VaadinIcon.MAGIC.create(), click -> draft());
		draft.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		Button save = Submit.primary(getTranslation("plan.save"), click -> save());
		Div actions = new Div(save, draft);
		actions.addClassName("harbor-actions");
		shared.setLabel(getTranslation("plan.share"));
		shared.setHelperText(getTranslation("plan.share.help"));
		shared.addValueChangeListener(change -> {
			if (change.isFromClient()) {
				share(change.getValue());
			}
		});
		add(new H2(getTranslation("plan.heading")), new Paragraph(getTranslation("plan.intro")), parts, actions, saved,
				shared, download());
		show(plan);
	}

	private TextArea part(String part) {
		TextArea area = new TextArea(getTranslation("plan.part." + part));
		// The hint waits in the empty part: the line under it counts the characters.
		area.setPlaceholder(getTranslation("plan.part." + part + ".help"));
		area.setWidthFull();
		area.setMinRows(3);
		LiveCount.show(area, PlanText.PART_MAX);
		form.text(area, part, text -> FreeText.problem(text, PlanText.PART_MAX));
		return area;
	}

	private Anchor download() {
		Anchor download = new Anchor((DownloadEvent event) -> sendPdf(event), getTranslation("plan.download"));
		download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
		download.addClassName("harbor-export");
		download.getElement().setAttribute("download", true);
		return download;
	}

	private void show(PlanView shown) {
		plan = shown;
		form.readRecord(shown.text());
		shared.setValue(shown.shared());
		shared.setEnabled(shown.saved());
		saved.setText(shown.saved() ? getTranslation("plan.savedAt", Dates.shortDateTime(shown.savedAt()))
				: getTranslation("plan.notSaved"));
		saved.addClassName("harbor-muted");
	}

	/** Fills only the parts still empty, so nothing already written is lost. */
	private void draft() {
		Optional<PlanText> typed = form.record();
		if (typed.isEmpty()) {
			return;
		}
		PlanText now = typed.get();
		PlanText suggested = plans.draftFromRecord(clientId);
		if (suggested.isEmpty()) {
			Notifications.problem("plan.draft.none");
			return;
		}
		PlanText merged = new PlanText(either(now.helpedMost(), suggested.helpedMost()),
				either(now.earlySigns(), suggested.earlySigns()), either(now.whatToDo(), suggested.whatToDo()),
				either(now.whoToTurnTo(), suggested.whoToTurnTo()),
				either(now.whenToComeBack(), suggested.whenToComeBack()));
		if (merged.equals(now)) {
			Notifications.problem("plan.draft.full");
			return;
		}
		form.readRecord(merged);
		Notifications.success("plan.draft.done");
	}

	private static @Nullable String either(@Nullable String written, @Nullable String suggested) {
		return written == null || written.isBlank() ? suggested : written;
	}

	private void save() {
		form.submit(text -> plans.savePlan(clientId, plan.version(), text)).ifPresent(stored -> {
			show(stored);
			Notifications.success("plan.saved");
		});
	}

	private void share(boolean show) {
		try {
			show(plans.share(clientId, plan.version(), show));
			Notifications.success(show ? "plan.shared" : "plan.unshared");
		}
		catch (InvalidInputException refusal) {
			shared.setValue(!show);
			Notifications.problem(refusal.messageKey());
		}
		catch (OptimisticLockingFailureException conflict) {
			shared.setValue(!show);
			Notifications.problem("plan.conflict");
		}
	}

	private void sendPdf(DownloadEvent event) throws IOException {
		SummaryFile file = plans.planPdf(clientId, paper);
		PrivateDownload.sendPdf(event, file.fileName(), file.content());
	}

}
