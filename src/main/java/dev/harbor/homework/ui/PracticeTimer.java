package dev.harbor.homework.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * A gentle timer for the practice's target minutes: a bar that fills slowly, no ticking
 * numbers and no alarm. It runs in the browser as a CSS animation and waits for "Start";
 * the server keeps how long it ran, so the record can offer those minutes.
 */
class PracticeTimer extends Div {

	private final Clock clock;

	private final Div fill = new Div();

	private final Button toggle = new Button();

	private Duration ran = Duration.ZERO;

	private @Nullable Instant startedAt;

	PracticeTimer(int minutes, Clock clock) {
		this.clock = clock;
		addClassName("harbor-timer");
		fill.addClassName("harbor-timer-fill");
		Div bar = new Div(fill);
		bar.addClassName("harbor-timer-bar");
		bar.getElement().setAttribute("role", "img");
		bar.getElement().setAttribute("aria-label", getTranslation("portal.timer.label", minutes));
		fill.getStyle().set("animation-duration", minutes * 60 + "s");
		Span help = new Span(getTranslation("portal.timer.help", minutes));
		help.addClassName("harbor-timer-help");
		toggle.addClickListener(click -> {
			if (startedAt == null) {
				start();
			}
			else {
				pause();
			}
		});
		add(bar, help, toggle);
		showState();
	}

	private void start() {
		startedAt = clock.instant();
		showState();
	}

	private void pause() {
		if (startedAt != null) {
			ran = ran.plus(Duration.between(startedAt, clock.instant()));
			startedAt = null;
		}
		showState();
	}

	private void showState() {
		boolean running = startedAt != null;
		setClassName("harbor-timer-running", running);
		setClassName("harbor-timer-started", running || !ran.isZero());
		toggle.setText(getTranslation(
				running ? "portal.timer.pause" : ran.isZero() ? "portal.timer.start" : "portal.timer.resume"));
	}

	/** Whole minutes the timer ran so far, at least one once it was started. */
	int minutesRan() {
		Duration total = startedAt == null ? ran : ran.plus(Duration.between(startedAt, clock.instant()));
		if (total.isZero()) {
			return 0;
		}
		return (int) Math.max(1, Math.round(total.toSeconds() / 60.0));
	}

	/** Stops the bar, e.g. when the client goes on to write down how it went. */
	void stop() {
		pause();
	}

}
