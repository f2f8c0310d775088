package dev.harbor.report.ui;

import dev.harbor.common.ui.DateField;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadEvent;
import dev.harbor.client.ClientNotFoundException;
import dev.harbor.common.InvalidInputException;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.Notifications;
import dev.harbor.common.ui.PrivateDownload;
import dev.harbor.report.ClientRecordExport;
import dev.harbor.report.HandoutRequest;
import dev.harbor.report.Paper;
import dev.harbor.report.ReportService;
import dev.harbor.report.SummaryFile;
import dev.harbor.report.SummaryRequest;
import dev.harbor.common.ui.WholeNumberField;
import dev.harbor.common.ui.RecordBinder;
import dev.harbor.report.ReportRules;
import java.util.Optional;
import java.util.function.Function;

/**
 * A session summary as PDF for a period of the clinician's choosing: on A4 or US Letter,
 * with the client's name or, by choice, only their reference code. The file name carries
 * the reference code and the date, never the name. Below it, the client's homework
 * handout on paper, and the whole record as a ZIP.
 */
class SummaryPanel extends Section {

	/** The period offered first: the last four weeks, about the time since a session. */
	static final int DEFAULT_WEEKS = 4;

	/** The handout's log offered first: two weeks, a usual gap between sessions. */
	static final int HANDOUT_WEEKS = 2;

	private final ReportService reports;

	private final long clientId;

	private final DatePicker from = new DateField();

	private final DatePicker to = new DateField();

	private final RadioButtonGroup<Paper> paper = new RadioButtonGroup<>();

	private final Checkbox byCode = new Checkbox();

	private final WholeNumberField weeks = new WholeNumberField(getTranslation("report.handout.weeks"), 1,
			HandoutRequest.MAX_WEEKS);

	private final RecordBinder<SummaryRequest> summary = new RecordBinder<>(SummaryRequest.class);

	private final RecordBinder<HandoutRequest> handout = new RecordBinder<>(HandoutRequest.class);

	private final Clock clock;

	private final ClientRecordExport records;

	SummaryPanel(long clientId, ReportService reports, ClientRecordExport records, Clock clock) {
		this.reports = reports;
		this.records = records;
		this.clientId = clientId;
		this.clock = clock;
		addClassNames("harbor-panel", "harbor-summary");
		from.setLabel(getTranslation("patterns.from"));
		to.setLabel(getTranslation("patterns.to"));
		to.setValue(Dates.today(clock));
		from.setValue(Dates.today(clock).minusWeeks(DEFAULT_WEEKS));
		paper.setLabel(getTranslation("report.paper"));
		paper.setItems(Paper.values());
		paper.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		paper.setValue(reports.practicePaper());
		byCode.setLabel(getTranslation("report.byCode"));
		Anchor download = new Anchor((DownloadEvent event) -> download(event), getTranslation("report.download"));
		download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
		download.addClassName("harbor-export");
		download.getElement().setAttribute("download", true);
		Div choices = new Div(from, to, paper, byCode);
		choices.addClassName("harbor-filters");
		add(new H2(getTranslation("report.heading")), new Paragraph(getTranslation("report.intro")), choices, download);
		addHandout();
		addWholeRecord();
		bind();
	}

	/**
	 * The summary's choices and the handout's, each checked as the service will; the
	 * paper size serves both.
	 */
	private void bind() {
		summary.forField(from).bind("from");
		summary.forField(to).bind("to");
		summary.forField(paper).withValidator(RecordBinder.required("report.rule.paper")).bind("paper");
		summary.forField(byCode).bind("byReferenceCode");
		summary.checkWhole(request -> {
			String period = ReportRules.periodProblem(request.from(), request.to(), Dates.today(clock));
			return period == null ? null : new InvalidInputException("from", period);
		});
		handout.forField(weeks)
			.withConverter(weeks.asNumber())
			.withValidator(RecordBinder.rule(ReportRules::weeksProblem))
			.bind("weeks");
		handout.forField(paper).bind("paper");
	}

	/** The client's homework on paper, with a log until the next session. */
	private void addHandout() {
		weeks.setWidth("16rem");
		weeks.setNumber(HANDOUT_WEEKS);
		Anchor download = new Anchor((DownloadEvent event) -> downloadHandout(event),
				getTranslation("report.handout.download"));
		download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
		download.addClassName("harbor-export");
		download.getElement().setAttribute("download", true);
		Div choices = new Div(weeks);
		choices.addClassName("harbor-filters");
		Div handout = new Div(new H2(getTranslation("report.handout.heading")),
				new Paragraph(getTranslation("report.handout.intro")), choices, download);
		handout.addClassName("harbor-handout");
		add(handout);
	}

	/**
	 * Everything about the client as one ZIP, for a client who asks for their record or
	 * moves to another practice.
	 */
	private void addWholeRecord() {
		Anchor download = new Anchor((DownloadEvent event) -> downloadRecord(event), getTranslation("record.download"));
		download.addComponentAsFirst(VaadinIcon.ARCHIVE.create());
		download.addClassName("harbor-export");
		download.getElement().setAttribute("download", true);
		Div record = new Div(new H2(getTranslation("record.heading")), new Paragraph(getTranslation("record.intro")),
				download);
		record.addClassName("harbor-handout");
		add(record);
	}

	/**
	 * Streams the ZIP as it is written; the client is checked before the response starts,
	 * so a refusal is still a plain answer.
	 */
	private void downloadRecord(DownloadEvent event) throws IOException {
		try {
			records.export(clientId, event.getUI().getLocale(), fileName -> {
				PrivateDownload.prepare(event, fileName, "application/zip");
				return event.getOutputStream();
			});
		}
		catch (ClientNotFoundException gone) {
			event.getResponse().setStatus(400);
			event.getUI().access(() -> Notifications.problem("report.gone"));
		}
	}

	private void downloadHandout(DownloadEvent event) throws IOException {
		send(event, handout, request -> reports.clientHandout(clientId, request));
	}

	/**
	 * Runs outside the session lock: the choices are read and checked under it, the PDF
	 * made outside.
	 */
	private void download(DownloadEvent event) throws IOException {
		send(event, summary, request -> reports.clientSummary(clientId, request, event.getUI().getLocale()));
	}

	private <R extends Record> void send(DownloadEvent event, RecordBinder<R> form, Function<R, SummaryFile> make)
			throws IOException {
		AtomicReference<Optional<R>> request = new AtomicReference<>(Optional.empty());
		event.getUI().accessSynchronously(() -> request.set(form.record()));
		if (request.get().isEmpty()) {
			event.getResponse().setStatus(400);
			return;
		}
		try {
			PdfDownload.send(event, make.apply(request.get().get()));
		}
		catch (InvalidInputException invalid) {
			event.getResponse().setStatus(400);
			event.getUI().access(() -> form.show(invalid));
		}
		catch (ClientNotFoundException gone) {
			event.getResponse().setStatus(400);
			event.getUI().access(() -> Notifications.problem("report.gone"));
		}
	}

}
