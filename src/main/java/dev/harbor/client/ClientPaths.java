package dev.harbor.client;

/**
 * Where a client's page lives, for other features that link to it (the dashboard, later
 * the homework and session screens) without depending on this feature's views.
 */
public final class ClientPaths {

	/** The route template of the client page. */
	public static final String DETAIL_ROUTE = "clients/:clientId";

	private ClientPaths() {
	}

	public static String detail(long clientId) {
		return "clients/" + clientId;
	}

	/** The client page with one of its tabs open, e.g. {@code homework}. */
	public static String detail(long clientId, String tab) {
		return detail(clientId) + "?tab=" + tab;
	}

}
