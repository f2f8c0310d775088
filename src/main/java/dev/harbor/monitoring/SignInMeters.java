package dev.harbor.monitoring;

import dev.harbor.security.SignInFailedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins by reason (a wrong password, a wrong code, throttled), never by whom.
 */
@Component
class SignInMeters {

	private final MeterRegistry meters;

	SignInMeters(MeterRegistry meters) {
		this.meters = meters;
	}

	@EventListener
	public void onFailure(SignInFailedEvent failed) {
		Counter.builder("harbor.sign.in.failures")
			.description("Sign-ins that did not work, by reason")
			.tag("reason", failed.reason().name())
			.register(meters)
			.increment();
	}

}
