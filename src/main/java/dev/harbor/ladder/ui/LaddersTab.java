package dev.harbor.ladder.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.ui.ClientVisit;
import dev.harbor.common.ui.Notifications;
import dev.harbor.common.ui.Submit;
import dev.harbor.ladder.LadderRules;
import dev.harbor.ladder.LadderService;
import dev.harbor.ladder.LadderSummary;
import dev.harbor.ladder.LadderTemplateView;
import dev.harbor.ladder.LadderView;
import org.jspecify.annotations.Nullable;

/**
 * A client's separation and closeness ladders: starting one from a starting ladder, and
 * the chosen one at a glance ({@link LadderPanel}). Most clients have one ladder at a
 * time; earlier ones stay, set aside, to read again.
 */
class LaddersTab extends Div {

	private final ClientVisit visit;

	private final LadderService ladders;

	private final Clock clock;

	private final Select<LadderSummary> choice = new Select<>();

	private final Div shown = new Div();

	LaddersTab(ClientVisit visit, LadderService ladders, Clock clock) {
		this.visit = visit;
		this.ladders = ladders;
		this.clock = clock;
		addClassName("harbor-ladders");
		choice.setLabel(getTranslation("ladder.choose"));
		choice.setItemLabelGenerator(
				summary -> getTranslation(summary.setAside() ? "ladder.choose.asideItem" : "ladder.choose.item",
						summary.goal(), LadderWords.label(summary.kind())));
		choice.addValueChangeListener(change -> {
			if (change.getValue() != null && change.isFromClient()) {
				show(ladders.ladder(change.getValue().id()));
			}
		});
		Button another = new Button(getTranslation("ladder.startAnother"), VaadinIcon.PLUS.create(),
				click -> startDialog());
		Div toolbar = new Div(new Paragraph(getTranslation("ladder.intro")), choice, another);
		toolbar.addClassName("harbor-toolbar");
		add(toolbar, shown);
		refresh(null);
	}

	/** Reads the client's ladders again and shows the given one, or the newest. */
	private void refresh(@Nullable Long showId) {
		List<LadderSummary> all = ladders.ladders(visit.clientId());
		choice.setItems(all);
		choice.setVisible(all.size() > 1);
		if (all.isEmpty()) {
			shown.removeAll();
			shown.add(startPanel(null));
			return;
		}
		LadderSummary chosen = all.stream()
			.filter(summary -> showId != null && summary.id() == showId)
			.findFirst()
			.orElseGet(() -> all.stream().filter(summary -> !summary.setAside()).findFirst().orElse(all.getFirst()));
		choice.setValue(chosen);
		show(ladders.ladder(chosen.id()));
	}

	private void show(LadderView ladder) {
		shown.removeAll();
		shown.add(new LadderPanel(visit, ladder, ladders, clock, changed -> refresh(changed.id())));
	}

	private void startDialog() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("ladder.start.title"));
		dialog.add(startPanel(dialog));
		dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()));
		dialog.setWidth("min(40rem, 98vw)");
		dialog.open();
	}

	/** Choosing a starting ladder and writing the goal with the client. */
	private Div startPanel(@Nullable Dialog dialog) {
		Select<LadderTemplateView> from = new Select<>();
		from.setLabel(getTranslation("ladder.start.from"));
		List<LadderTemplateView> templates = ladders.templates(getLocale());
		from.setItems(templates);
		from.setItemLabelGenerator(template -> template.builtIn() ? template.name()
				: getTranslation("ladder.start.own", template.name(), template.ownerName()));
		from.setValue(templates.getFirst());
		Paragraph about = new Paragraph();
		about.addClassName("harbor-muted");
		from.addValueChangeListener(change -> about.setText(
				change.getValue() == null ? "" : getTranslation(change.getValue().kind().translationKey() + ".help")));
		about.setText(getTranslation(templates.getFirst().kind().translationKey() + ".help"));
		Button archive = new Button(getTranslation("ladder.template.archive"), click -> {
			LadderTemplateView chosen = from.getValue();
			if (chosen != null && chosen.mine()) {
				ladders.archiveTemplate(chosen.ownId());
				Notifications.success("ladder.template.archived");
				List<LadderTemplateView> left = ladders.templates(getLocale());
				from.setItems(left);
				from.setValue(left.getFirst());
			}
		});
		archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		archive.setVisible(false);
		from.addValueChangeListener(
				change -> archive.setVisible(change.getValue() != null && change.getValue().mine()));
		TextField goal = new TextField(getTranslation("ladder.field.goal"));
		goal.setHelperText(getTranslation("ladder.field.goal.help"));
		goal.setMaxLength(LadderRules.GOAL_MAX);
		goal.setWidthFull();
		Button start = Submit.primary(getTranslation("ladder.start"), click -> {
			try {
				LadderView started = ladders.startLadder(visit.clientId(),
						from.getValue() == null ? "" : from.getValue().key(), goal.getValue());
				if (dialog != null) {
					dialog.close();
				}
				Notifications.success("ladder.started");
				refresh(started.id());
			}
			catch (InvalidInputException refused) {
				if ("template".equals(refused.field())) {
					from.setErrorMessage(getTranslation(refused.messageKey()));
					from.setInvalid(true);
				}
				else {
					goal.setErrorMessage(getTranslation(refused.messageKey()));
					goal.setInvalid(true);
				}
			}
		});
		start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div panel = new Div();
		if (dialog == null) {
			panel.add(new H2(getTranslation("ladder.start.title")),
					new Paragraph(getTranslation("ladder.start.intro")));
			panel.addClassNames("harbor-panel", "harbor-ladder-start");
		}
		panel.add(from, archive, about, goal, start);
		return panel;
	}

}
