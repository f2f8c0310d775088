package dev.harbor.report.ui;

import dev.harbor.common.ui.DateField;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import dev.harbor.client.CaseloadFilter;
import dev.harbor.client.ClientListItem;
import dev.harbor.client.ClientService;
import dev.harbor.client.ClientStatus;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.Notifications;
import dev.harbor.report.BatchPrinting;
import dev.harbor.report.BatchResult;
import dev.harbor.report.PrintJobView;
import dev.harbor.report.Paper;
import dev.harbor.report.ReportService;
import dev.harbor.report.SummaryFile;
import dev.harbor.report.SummaryRequest;
import dev.harbor.security.Role;
import dev.harbor.therapysession.SessionOfDay;
import dev.harbor.therapysession.TherapySessionService;
import dev.harbor.common.ui.Submit;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;

/**
 * Prints several clients' summaries into one PDF, in the background: the page stays
 * usable, a progress bar moves after each summary, the batch can be stopped, and a
 * summary that fails is named while the others still come out.
 */
@Route("print")
@RolesAllowed(Role.Names.CLINICIAN)
@Menu(order = 25, title = "nav.print", icon = "vaadin:print")
class BatchPrintView extends VerticalLayout implements HasDynamicTitle {

	/** How often the page asks for news while a batch runs, in milliseconds. */
	static final int POLL_MS = 500;

	private final BatchPrinting batches;

	private final Grid<ClientListItem> clients = new Grid<>();

	private final DatePicker from = new DateField();

	private final DatePicker to = new DateField();

	private final RadioButtonGroup<Paper> paper = new RadioButtonGroup<>();

	private final Checkbox byCode = new Checkbox();

	private final Button print = new Button();

	private final Button cancel = new Button();

	private final ProgressBar progress = new ProgressBar();

	private final Paragraph progressText = new Paragraph();

	private final Div result = new Div();

	private final RadioButtonGroup<Whom> whom = new RadioButtonGroup<>();

	private final Div today = new Div();

	private final Div recent = new Div();

	private final TherapySessionService sessions;

	private final Clock clock;

	private List<SessionOfDay> sessionsToday = List.of();

	private BatchPrinting.@Nullable Job job;

	/** Whose summaries: the clients ticked, or everyone seen today. */
	enum Whom {

		CHOSEN("print.whom.chosen"), SESSIONS_TODAY("print.whom.today");

		private final String key;

		Whom(String key) {
			this.key = key;
		}

	}

	BatchPrintView(BatchPrinting batches, ReportService reports, ClientService caseload, TherapySessionService sessions,
			Clock clock) {
		this.batches = batches;
		this.sessions = sessions;
		this.clock = clock;
		addClassName("harbor-page");
		Paragraph intro = new Paragraph(getTranslation("print.intro"));
		intro.addClassName("harbor-lead");
		whom.setLabel(getTranslation("print.whom"));
		whom.setItems(Whom.values());
		whom.setItemLabelGenerator(value -> getTranslation(value.key));
		whom.setValue(Whom.CHOSEN);
		whom.addValueChangeListener(change -> showWhom());
		today.addClassName("harbor-since");
		today.setVisible(false);
		configureClients(caseload);
		from.setLabel(getTranslation("patterns.from"));
		to.setLabel(getTranslation("patterns.to"));
		to.setValue(Dates.today(clock));
		from.setValue(Dates.today(clock).minusWeeks(4));
		paper.setLabel(getTranslation("report.paper"));
		paper.setItems(Paper.values());
		paper.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		paper.setValue(reports.practicePaper());
		byCode.setLabel(getTranslation("report.byCode"));
		print.setText(getTranslation("print.start"));
		print.setIcon(VaadinIcon.PRINT.create());
		print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Submit.once(print);
		print.addClickListener(click -> start());
		cancel.setText(getTranslation("print.cancel"));
		cancel.addClickListener(click -> stop());
		cancel.setVisible(false);
		progress.setVisible(false);
		progress.getElement().setAttribute("aria-label", getTranslation("print.progress"));
		Div choices = new Div(from, to, paper, byCode);
		choices.addClassName("harbor-filters");
		Div actions = new Div(print, cancel);
		actions.addClassName("harbor-actions");
		recent.addClassName("harbor-handout");
		add(intro, whom, clients, today, choices, actions, progress, progressText, result, recent);
		showRecent();
	}

	/**
	 * My latest batches, from the database: one that ran on an instance that has since
	 * stopped says so plainly instead of seeming to run for ever.
	 */
	private void showRecent() {
		recent.removeAll();
		List<PrintJobView> jobs = batches.myRecentBatches();
		if (jobs.isEmpty()) {
			return;
		}
		UnorderedList lines = new UnorderedList();
		jobs.forEach(job -> lines
			.add(new ListItem(getTranslation("print.job.line", Dates.shortDateTime(job.startedAt()),
					getTranslation(job.state().messageKey(), job.done(), job.total(), job.printed(), job.failed())))));
		recent.add(new H2(getTranslation("print.recent")), lines);
	}

	/**
	 * Everyone seen today: each summary covers the time since that client's previous
	 * session and carries today's note, so the period is not asked for.
	 */
	private void showWhom() {
		boolean seenToday = whom.getValue() == Whom.SESSIONS_TODAY;
		clients.setVisible(!seenToday);
		from.setVisible(!seenToday);
		to.setVisible(!seenToday);
		today.setVisible(seenToday);
		today.removeAll();
		if (!seenToday) {
			return;
		}
		sessionsToday = sessions.mySessionsOn(Dates.today(clock));
		if (sessionsToday.isEmpty()) {
			today.add(new Paragraph(getTranslation("print.today.none")));
			return;
		}
		today.add(new Paragraph(getTranslation("print.today.intro", sessionsToday.size())));
		UnorderedList list = new UnorderedList();
		sessionsToday.forEach(session -> list.add(new ListItem(getTranslation("print.today.line",
				Dates.shortTime(session.startsAt()), session.clientName(), session.referenceCode()))));
		today.add(list);
	}

	private List<BatchPrinting.Item> chosenItems() {
		if (whom.getValue() == Whom.SESSIONS_TODAY) {
			return sessionsToday.stream()
				.map(session -> new BatchPrinting.Item(session.clientId(), session.clientName(), session.sessionId()))
				.toList();
		}
		return clients.getSelectedItems()
			.stream()
			.map(client -> new BatchPrinting.Item(client.id(), client.displayName()))
			.toList();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("print.title");
	}

	@Override
	protected void onDetach(DetachEvent event) {
		stop();
		event.getUI().setPollInterval(-1);
	}

	private void configureClients(ClientService caseload) {
		clients.setSelectionMode(Grid.SelectionMode.MULTI);
		clients.addColumn(ClientListItem::displayName).setHeader(getTranslation("clients.column.name"));
		clients.addColumn(ClientListItem::referenceCode).setHeader(getTranslation("clients.column.code"));
		clients.setItems(
				query -> caseload
					.myCaseload(new CaseloadFilter(null, ClientStatus.ACTIVE, null),
							PageRequest.of(query.getPage(), query.getPageSize()))
					.stream());
		clients.setHeight("22rem");
	}

	private void start() {
		List<BatchPrinting.Item> items = chosenItems();
		if (items.isEmpty()) {
			Notifications.problem(whom.getValue() == Whom.SESSIONS_TODAY ? "print.today.none" : "print.none");
			return;
		}
		UI ui = UI.getCurrentOrThrow();
		result.removeAll();
		progress.setValue(0);
		progress.setVisible(true);
		progressText.setText(getTranslation("print.progressText", 0, items.size()));
		print.setEnabled(false);
		cancel.setVisible(true);
		ui.setPollInterval(POLL_MS);
		job = batches.start(items,
				new SummaryRequest(from.getValue(), to.getValue(), paper.getValue(), byCode.getValue()), ui.getLocale(),
				new BatchPrinting.Listener() {
					@Override
					public void progress(int done, int total) {
						ui.access(() -> {
							progress.setValue((double) done / total);
							progressText.setText(getTranslation("print.progressText", done, total));
						});
					}

					@Override
					public void finished(BatchResult batch) {
						ui.access(() -> show(batch, ui));
					}
				});
	}

	private void stop() {
		if (job != null) {
			job.cancel();
		}
	}

	private void show(BatchResult batch, UI ui) {
		ui.setPollInterval(-1);
		job = null;
		print.setEnabled(true);
		cancel.setVisible(false);
		progress.setVisible(false);
		progressText.setText("");
		result.removeAll();
		result
			.add(new Paragraph(getTranslation(batch.cancelled() ? "print.cancelled" : "print.done", batch.printed())));
		if (!batch.failed().isEmpty()) {
			Paragraph problem = new Paragraph(getTranslation("print.failed"));
			UnorderedList names = new UnorderedList();
			batch.failed().forEach(name -> names.add(new ListItem(name)));
			result.add(problem, names);
		}
		if (batch.file() != null) {
			result.add(downloadOf(batch.file()));
		}
		showRecent();
	}

	private Anchor downloadOf(SummaryFile file) {
		AtomicReference<SummaryFile> ready = new AtomicReference<>(file);
		Anchor download = new Anchor((DownloadEvent event) -> PdfDownload.send(event, ready.get()),
				getTranslation("print.download"));
		download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
		download.addClassName("harbor-export");
		download.getElement().setAttribute("download", true);
		return download;
	}

}
