package dev.harbor.homework.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import dev.harbor.homework.BreathPattern;

/**
 * A circle that grows while breathing in, rests while holding and shrinks while breathing
 * out, with the words beside it, following the exercise's own counts. It is plain CSS
 * animation: the keyframes are written here from the counts (numbers only, never user
 * text) into a style element, so no script bundle is needed. It waits for "Start", and
 * with reduced motion asked for, the circle keeps still and only the words change.
 */
class BreathingPacer extends Div {

	private final Button toggle = new Button();

	private boolean running;

	BreathingPacer(BreathPattern pattern) {
		addClassName("harbor-pacer");
		String name = "harbor-breath-" + pattern.in() + "-" + pattern.hold() + "-" + pattern.out();
		Element style = new Element("style");
		style.setText(keyframes(name, pattern));
		getElement().appendChild(style);
		getStyle().set("--harbor-breath-cycle", pattern.cycleSeconds() + "s");
		Div circle = new Div();
		circle.addClassName("harbor-pacer-circle");
		circle.getStyle().set("animation-name", name + "-circle");
		Div words = new Div(word("in", name, getTranslation("portal.pacer.in", pattern.in())),
				word("hold", name, getTranslation("portal.pacer.hold", pattern.hold())),
				word("out", name, getTranslation("portal.pacer.out", pattern.out())));
		words.addClassName("harbor-pacer-words");
		words.getElement().setAttribute("aria-hidden", "true");
		Span counts = new Span(getTranslation("portal.pacer.counts", pattern.in(), pattern.hold(), pattern.out()));
		counts.addClassName("harbor-pacer-counts");
		toggle.addClickListener(click -> setRunning(!running));
		add(new Div(circle, words), counts, toggle);
		setRunning(false);
	}

	private Span word(String phase, String name, String text) {
		Span word = new Span(text);
		word.addClassName("harbor-pacer-" + phase);
		word.getStyle().set("animation-name", name + "-" + phase);
		return word;
	}

	void setRunning(boolean run) {
		running = run;
		setClassName("harbor-pacer-running", run);
		toggle.setText(getTranslation(run ? "portal.pacer.pause" : "portal.pacer.start"));
	}

	boolean isRunning() {
		return running;
	}

	/**
	 * One breath as keyframes: the circle's size, and which word shows, at the points
	 * where in turns to hold and hold to out.
	 */
	static String keyframes(String name, BreathPattern pattern) {
		double cycle = pattern.cycleSeconds();
		double inEnds = 100 * pattern.in() / cycle;
		double holdEnds = 100 * (pattern.in() + pattern.hold()) / cycle;
		StringBuilder css = new StringBuilder();
		css.append("@keyframes ")
			.append(name)
			.append("-circle{0%{transform:scale(.55)}")
			.append(number(inEnds))
			.append("%{transform:scale(1)}")
			.append(number(holdEnds))
			.append("%{transform:scale(1)}100%{transform:scale(.55)}}");
		css.append(shown(name + "-in", 0, inEnds));
		css.append(shown(name + "-hold", inEnds, holdEnds));
		css.append(shown(name + "-out", holdEnds, 100));
		return css.toString();
	}

	/**
	 * Visible from one point of the breath to another (percentages of the cycle), hidden
	 * otherwise, switching within a tenth of a percent rather than fading across a phase.
	 */
	private static String shown(String name, double from, double to) {
		StringBuilder frames = new StringBuilder("@keyframes ").append(name).append('{');
		if (from > 0) {
			frames.append("0%{opacity:0}").append(number(from - 0.1)).append("%{opacity:0}");
		}
		frames.append(number(from)).append("%{opacity:1}").append(number(to)).append("%{opacity:1}");
		if (to < 100) {
			frames.append(number(to + 0.1)).append("%{opacity:0}100%{opacity:0}");
		}
		return frames.append('}').toString();
	}

	private static String number(double percent) {
		return String.format(Locale.ROOT, "%.2f", percent);
	}

}
