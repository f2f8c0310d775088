package dev.harbor.report.ui;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

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
import dev.harbor.report.HandoutRequest;
import dev.harbor.report.Paper;
import dev.harbor.report.ReportService;
import dev.harbor.report.SummaryFile;
import dev.harbor.report.SummaryRequest;
import dev.harbor.common.ui.WholeNumberField;
import dev.harbor.common.ui.FieldErrors;

/**
 * A session summary as PDF for a period of the clinician's choosing: on A4 or US Letter,
 * with the client's name or, by choice, only their reference code. The file name carries
 * the reference code and the date, never the name. Below it, the client's homework
 * handout on paper.
 */
class SummaryPanel extends Section {

	/** The period offered first: the last four weeks, about the time since a session. */
	static final int DEFAULT_WEEKS = 4;

	/** The handout's log offered first: two weeks, a usual gap between sessions. */
	static final int HANDOUT_WEEKS = 2;

	private final ReportService reports;

	private final long clientId;

	private final DatePicker from = new DatePicker();

	private final DatePicker to = new DatePicker();

	private final RadioButtonGroup<Paper> paper = new RadioButtonGroup<>();

	private final Checkbox byCode = new Checkbox();

	private final WholeNumberField weeks = new WholeNumberField(getTranslation("report.handout.weeks"), 1,
			HandoutRequest.MAX_WEEKS);

	private final FieldErrors errors = new FieldErrors().field("from", from).field("to", to).field("weeks", weeks);

	SummaryPanel(long clientId, ReportService reports, Clock clock) {
		this.reports = reports;
		this.clientId = clientId;
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

	private void downloadHandout(DownloadEvent event) throws IOException {
		AtomicReference<HandoutRequest> request = new AtomicReference<>();
		event.getUI()
			.accessSynchronously(() -> request.set(new HandoutRequest(weeks.getNumber() == null ? 0 : weeks.getNumber(),
					paper.getValue() == null ? reports.practicePaper() : paper.getValue())));
		send(event, () -> reports.clientHandout(clientId, request.get(), event.getUI().getLocale()));
	}

	/**
	 * Runs outside the session lock: the choices are read under it, the PDF made outside.
	 */
	private void download(DownloadEvent event) throws IOException {
		AtomicReference<SummaryRequest> request = new AtomicReference<>();
		event.getUI()
			.accessSynchronously(() -> request.set(new SummaryRequest(from.getValue(), to.getValue(),
					paper.getValue() == null ? reports.practicePaper() : paper.getValue(), byCode.getValue())));
		send(event, () -> reports.clientSummary(clientId, request.get(), event.getUI().getLocale()));
	}

	private void send(DownloadEvent event, Supplier<SummaryFile> make) throws IOException {
		event.getUI().access(errors::clear);
		try {
			SummaryFile file = make.get();
			PdfDownload.send(event, file);
		}
		catch (InvalidInputException invalid) {
			event.getResponse().setStatus(400);
			event.getUI().access(() -> errors.show(invalid));
		}
		catch (ClientNotFoundException gone) {
			event.getResponse().setStatus(400);
			event.getUI().access(() -> Notifications.problem("report.gone"));
		}
	}

}
