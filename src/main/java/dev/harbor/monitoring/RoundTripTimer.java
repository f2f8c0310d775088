package dev.harbor.monitoring;

import java.io.IOException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Times Vaadin's round trips (the requests a page sends when someone clicks or types),
 * which Spring's own request metrics lump together under one address: what a person waits
 * for after each action.
 */
@Component
class RoundTripTimer extends OncePerRequestFilter {

	private final Timer roundTrips;

	RoundTripTimer(MeterRegistry meters) {
		roundTrips = Timer.builder("harbor.vaadin.roundtrip")
			.description("Server time of Vaadin round trips")
			.publishPercentileHistogram()
			.register(meters);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String query = request.getQueryString();
		return query == null || !query.contains("v-r=uidl");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Timer.Sample sample = Timer.start();
		try {
			chain.doFilter(request, response);
		}
		finally {
			sample.stop(roundTrips);
		}
	}

}
