package dev.harbor.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * HAProxy from Debian's packages on loopback, with the example configuration of
 * {@code docker/haproxy.cfg}: the same cookie, checks and retries, only the addresses made
 * local (no Docker DNS, a free port in front, each instance's own ports).
 */
final class LoopbackProxy implements AutoCloseable {

	private final Process process;

	private final int port;

	private LoopbackProxy(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static LoopbackProxy start(List<HarborServer> instances) throws IOException, InterruptedException {
		int port = HarborServer.freePort();
		Path config = Files.createTempFile("haproxy", ".cfg");
		Files.writeString(config, loopbackConfig(Files.readString(Path.of("docker/haproxy.cfg")), port, instances));
		Path log = Files.createTempFile(Path.of("target"), "haproxy-", ".log");
		Process process = new ProcessBuilder("haproxy", "-db", "-f", config.toString()).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		LoopbackProxy proxy = new LoopbackProxy(process, port);
		HarborServer.awaitPage(proxy.url("login"), process, log, Duration.ofSeconds(30), "HAProxy");
		return proxy;
	}

	/** The example configuration with loopback addresses. */
	static String loopbackConfig(String docker, int port, List<HarborServer> instances) {
		String local = docker.replaceAll("(?s)# Docker's own DNS.*?hold valid 10s\n", "")
			.replace("bind :8080", "bind 127.0.0.1:" + port)
			.replace(" resolvers docker init-addr last,libc,none", "")
			.replace(" check port 8081 ", " check ")
			.replaceAll("(?m)^ *server app\\d+ .*\n?", "");
		if (local.equals(docker) || local.contains("resolvers docker")) {
			throw new IllegalStateException("docker/haproxy.cfg changed shape; update LoopbackProxy");
		}
		StringBuilder servers = new StringBuilder(local.stripTrailing()).append('\n');
		for (int i = 0; i < instances.size(); i++) {
			HarborServer instance = instances.get(i);
			servers.append("    server app")
				.append(i + 1)
				.append(" 127.0.0.1:")
				.append(instance.port())
				.append(" cookie app")
				.append(i + 1)
				.append(" port ")
				.append(instance.managementPort())
				.append('\n');
		}
		return servers.toString();
	}

	String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		process.waitFor();
	}

}
