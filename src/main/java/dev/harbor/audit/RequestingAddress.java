package dev.harbor.audit;

import org.jspecify.annotations.Nullable;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The network address an audit event names: the request's, or, for work someone asked for
 * that runs on after the request (a batch of summaries), the address of the request that
 * asked for it.
 */
public final class RequestingAddress {

	private static final ThreadLocal<@Nullable String> CARRIED = new ThreadLocal<>();

	private RequestingAddress() {
	}

	/** The address of the request being served, or the one carried into this work. */
	public static @Nullable String current() {
		String carried = CARRIED.get();
		if (carried != null) {
			return carried;
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

	/**
	 * Runs background work so that its audit events name the address that asked for it.
	 */
	public static void carry(@Nullable String address, Runnable work) {
		CARRIED.set(address);
		try {
			work.run();
		}
		finally {
			CARRIED.remove();
		}
	}

}
