package dev.harbor.monitoring;

import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * How many Vaadin sessions and UIs (open tabs) this instance holds: the memory an
 * instance needs grows with both.
 */
@Component
class VaadinMeters implements VaadinServiceInitListener {

	private final AtomicInteger sessions = new AtomicInteger();

	private final AtomicInteger uis = new AtomicInteger();

	VaadinMeters(MeterRegistry meters) {
		Gauge.builder("harbor.vaadin.sessions", sessions, AtomicInteger::get)
			.description("Vaadin sessions open on this instance")
			.register(meters);
		Gauge.builder("harbor.vaadin.uis", uis, AtomicInteger::get)
			.description("Vaadin UIs (open pages) on this instance")
			.register(meters);
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener(started -> sessions.incrementAndGet());
		event.getSource().addSessionDestroyListener(ended -> sessions.decrementAndGet());
		event.getSource().addUIInitListener(opened -> {
			uis.incrementAndGet();
			opened.getUI().addDetachListener(closed -> uis.decrementAndGet());
		});
	}

}
