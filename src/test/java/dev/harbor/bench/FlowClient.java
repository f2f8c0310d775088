package dev.harbor.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One signed-in person's browser tab, spoken at the protocol level instead of run: the
 * session cookie, Spring Security's CSRF token from the sign-in page, then Vaadin's
 * bootstrap (UI id, security key, sync id) and the JSON messages a browser's Flow client
 * sends, with the sync id and client id each answer moves on. What a browser's JavaScript
 * sends at once after an answer (a grid confirming the rows it got) is sent too. Each
 * call returns its own round trip in nanoseconds.
 */
final class FlowClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern CLIENT_LINK = Pattern.compile("\"clients/(\\d+)\"");

	private final HttpClient http;

	private final URI base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private int uiId = -1;

	private String securityKey = "";

	private int syncId;

	private int clientId;

	private int promise;

	private int grid = -1;

	private int gridSize;

	/**
	 * Property-change events the server listens for on elements just attached: a browser
	 * fires them as the web components start (the drawer's state, a field's value) and
	 * sends them in one message right after the answer that attached them.
	 */
	private final List<ObjectNode> started = new ArrayList<>();

	/** Grid updates to confirm with the next message: node and update id. */
	private final List<int[]> confirms = new ArrayList<>();

	private final List<Long> clientLinks = new ArrayList<>();

	FlowClient(HttpClient http, URI base) {
		this.http = http;
		this.base = base;
	}

	/** Signs in with the form, as the sign-in page's browser would. */
	long signIn(String email, String password) throws IOException, InterruptedException {
		HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve("login")).GET());
		Matcher token = CSRF.matcher(page.body());
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token on the sign-in page (" + page.statusCode() + ")");
		}
		String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf="
				+ encode(token.group(1));
		long started = System.nanoTime();
		HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve("login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		long took = System.nanoTime() - started;
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("error") || location.contains("login")) {
			throw new IllegalStateException("Sign-in refused: " + answer.statusCode() + " to " + location);
		}
		return took;
	}

	/**
	 * The page's bootstrap: the UI is made and its id, security key and first sync id
	 * given, as when a browser loads Harbor after signing in.
	 */
	long bootstrap(String route) throws IOException, InterruptedException {
		String query = "v-r=init&location=" + encode(route)
				+ "&query=&v-wn=bench&v-bw=1280&v-bh=800&v-sw=1280&v-sh=800&v-tzid=Europe%2FAmsterdam"
				+ "&v-tzo=-60&v-rtzo=-60&v-dstd=60&v-dston=false&v-td=false&v-pr=1&v-wsw=1280&v-wsh=800" + "&v-curdate="
				+ System.currentTimeMillis();
		long started = System.nanoTime();
		HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve("?" + query)).GET());
		long took = System.nanoTime() - started;
		JsonNode config = JSON.readTree(answer.body()).path("appConfig");
		JsonNode uidl = config.path("uidl");
		if (!uidl.has("Vaadin-Security-Key")) {
			throw new IllegalStateException("No UI in the bootstrap answer (" + answer.statusCode() + ")");
		}
		uiId = config.path("v-uiId").asInt();
		securityKey = uidl.path("Vaadin-Security-Key").asString();
		read(uidl);
		return took;
	}

	/**
	 * Goes to a route inside the page, as a router link or the back button does: the
	 * {@code ui-navigate} event on the UI's root node.
	 */
	long navigate(String route, String query) throws IOException, InterruptedException {
		ObjectNode data = JSON.createObjectNode()
			.put("route", route)
			.put("query", query)
			.put("appShellTitle", "")
			.put("trigger", "");
		data.putObject("historyState").put("idx", clientId);
		grid = -1;
		gridSize = 0;
		clientLinks.clear();
		return call(event(1, "ui-navigate", data));
	}

	/** Scrolls the page's newest grid to rows {@code start} to {@code start + count}. */
	long gridRows(int start, int count) throws IOException, InterruptedException {
		if (grid < 0) {
			throw new IllegalStateException("No grid on this page");
		}
		ObjectNode rpc = JSON.createObjectNode()
			.put("type", "publishedEventHandler")
			.put("node", grid)
			.put("templateEventMethodName", "setViewportRange")
			.put("promise", promise++);
		rpc.putArray("templateEventMethodArgs").add(start).add(count);
		return call(rpc);
	}

	/** The clients the last page linked to (the caseload grid's rows), in page order. */
	List<Long> clientLinks() {
		return List.copyOf(clientLinks);
	}

	/** How many rows the page's newest grid says it has (0 without a grid). */
	int gridSize() {
		return gridSize;
	}

	/**
	 * Sends one action and returns its round trip; then, untimed, what a browser sends at
	 * once after such an answer: the started components' property events, and the grid
	 * connector's confirmation of the rows it got.
	 */
	private long call(ObjectNode action) throws IOException, InterruptedException {
		long took = exchange(List.of(action));
		if (!started.isEmpty()) {
			List<ObjectNode> events = List.copyOf(started);
			started.clear();
			exchange(events);
		}
		while (!confirms.isEmpty()) {
			List<ObjectNode> confirmations = new ArrayList<>();
			for (int[] confirm : confirms) {
				ObjectNode confirmed = JSON.createObjectNode()
					.put("type", "publishedEventHandler")
					.put("node", confirm[0])
					.put("templateEventMethodName", "confirmUpdate")
					.put("promise", promise++);
				confirmed.putArray("templateEventMethodArgs").add(confirm[1]);
				confirmations.add(confirmed);
			}
			confirms.clear();
			exchange(confirmations);
		}
		return took;
	}

	private long exchange(List<ObjectNode> actions) throws IOException, InterruptedException {
		ObjectNode message = JSON.createObjectNode();
		message.put("csrfToken", securityKey);
		ArrayNode rpc = message.putArray("rpc");
		actions.forEach(rpc::add);
		message.put("syncId", syncId).put("clientId", clientId);
		long started = System.nanoTime();
		HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
			.header("Content-Type", "application/json; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
		long took = System.nanoTime() - started;
		String body = answer.body();
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("UIDL answer " + answer.statusCode());
		}
		if (body.startsWith("for(;;);")) {
			body = body.substring("for(;;);".length());
		}
		JsonNode uidl = JSON.readTree(body);
		if (uidl.isArray()) {
			uidl = uidl.path(0);
		}
		if (uidl.has("meta") && (uidl.path("meta").has("sessionExpired") || uidl.path("meta").has("appError"))) {
			throw new IllegalStateException("The server ended the UI: " + uidl.path("meta"));
		}
		read(uidl);
		return took;
	}

	private void read(JsonNode uidl) {
		if (uidl.has("syncId")) {
			syncId = uidl.path("syncId").asInt();
		}
		if (uidl.has("clientId")) {
			clientId = uidl.path("clientId").asInt();
		}
		for (JsonNode change : uidl.path("changes")) {
			String key = change.path("key").asString();
			if ("tag".equals(key) && "vaadin-grid".equals(change.path("value").asString())) {
				grid = change.path("node").asInt();
			}
			else if (change.path("feat").asInt() == 4 && key.endsWith("-changed")) {
				started.add(event(change.path("node").asInt(), key, JSON.createObjectNode()));
			}
		}
		for (JsonNode command : uidl.path("execute")) {
			String script = command.path(command.size() - 1).asString();
			if (script.contains("$connector.confirm(")) {
				confirms.add(new int[] { command.path(0).path("@v-node").asInt(), command.path(1).asInt() });
			}
			else if (script.contains("$connector.updateSize(") && command.path(0).path("@v-node").asInt() == grid) {
				gridSize = command.path(1).asInt();
			}
			else if (script.contains("$connector.set(")) {
				Matcher link = CLIENT_LINK.matcher(command.toString());
				while (link.find()) {
					clientLinks.add(Long.parseLong(link.group(1)));
				}
			}
		}
	}

	private static ObjectNode event(int node, String name, ObjectNode data) {
		ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
		rpc.set("data", data);
		return rpc;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		if (!cookies.isEmpty()) {
			request.header("Cookie",
					cookies.entrySet()
						.stream()
						.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		for (String set : response.headers().allValues("Set-Cookie")) {
			String pair = set.split(";", 2)[0];
			int equals = pair.indexOf('=');
			cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
		}
		return response;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
