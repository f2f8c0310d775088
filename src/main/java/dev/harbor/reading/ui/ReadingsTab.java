package dev.harbor.reading.ui;

import java.io.IOException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.Notifications;
import dev.harbor.common.ui.PrivateDownload;
import dev.harbor.reading.ClientReadings;
import dev.harbor.reading.Reading;
import dev.harbor.reading.ReadingService;
import dev.harbor.reading.ReadingView;
import dev.harbor.report.Paper;
import dev.harbor.report.SummaryFile;

/**
 * The readings a clinician can give this client: each with its words to read first (in
 * the clinician's own language), whether it is in the client's portal, giving or taking
 * it back, and a one-page PDF in the client's language.
 */
class ReadingsTab extends Section {

	private final ReadingService readings;

	private final long clientId;

	private final Paper paper;

	private final Div cards = new Div();

	ReadingsTab(long clientId, ReadingService readings, Paper paper) {
		this.readings = readings;
		this.clientId = clientId;
		this.paper = paper;
		addClassNames("harbor-panel", "harbor-readings");
		cards.addClassName("harbor-reading-cards");
		ClientReadings shown = readings.readings(clientId);
		add(new H2(getTranslation("reading.heading")), new Paragraph(getTranslation("reading.intro")),
				new Paragraph(getTranslation("reading.inLanguage", shown.language().ownName())), cards);
		show(shown);
	}

	private void show(ClientReadings shown) {
		cards.removeAll();
		shown.readings().forEach(reading -> cards.add(card(reading)));
	}

	private Component card(ReadingView view) {
		Reading reading = view.reading();
		Div text = new Div();
		reading.paragraphKeys().forEach(key -> text.add(new Paragraph(getTranslation(key))));
		Details words = new Details(getTranslation("reading.preview"), text);
		Paragraph state = new Paragraph(view.given() ? getTranslation("reading.given", Dates.shortDate(view.givenAt()))
				: getTranslation("reading.notGiven"));
		state.addClassName("harbor-muted");
		Button change = view.given() ? new Button(getTranslation("reading.takeBack"), click -> change(reading, false))
				: new Button(getTranslation("reading.give"), click -> change(reading, true));
		if (!view.given()) {
			change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		}
		Anchor print = new Anchor((DownloadEvent event) -> sendPdf(event, reading), getTranslation("reading.download"));
		print.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
		print.addClassName("harbor-export");
		print.getElement().setAttribute("download", true);
		Div actions = new Div(change, print);
		actions.addClassName("harbor-actions");
		Div card = new Div(new H3(getTranslation(reading.translationKey())),
				new Paragraph(getTranslation(reading.leadKey())), words, state, actions);
		card.addClassName("harbor-reading-card");
		return card;
	}

	private void change(Reading reading, boolean give) {
		show(give ? readings.give(clientId, reading) : readings.takeBack(clientId, reading));
		Notifications.success(give ? "reading.gave" : "reading.tookBack");
	}

	private void sendPdf(DownloadEvent event, Reading reading) throws IOException {
		SummaryFile file = readings.readingPdf(clientId, reading, paper);
		PrivateDownload.sendPdf(event, file.fileName(), file.content());
	}

}
