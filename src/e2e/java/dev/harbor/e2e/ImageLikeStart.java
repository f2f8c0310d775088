package dev.harbor.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.util.FileSystemUtils;

/**
 * How the journeys launch Harbor: the way the production image does (decisions 0042, 0044,
 * 0046), from the jar extracted beside it and with a JDK AOT cache that one training run
 * makes before the first journey. On a JDK without AOT caches (before 25) it is the plain
 * {@code java -jar}. The image's start path is thereby run in every CI build, and each of
 * the journeys' many starts takes about half as long.
 */
final class ImageLikeStart {

	private static final int FIRST_JDK_WITH_AOT_CACHE = 25;

	private static final Duration TRAINING_LIMIT = Duration.ofMinutes(3);

	private static List<String> launch;

	private ImageLikeStart() {
	}

	/** The command up to the application's own arguments, made on the first call. */
	static synchronized List<String> command(Path jar) throws IOException, InterruptedException {
		if (launch == null) {
			launch = Runtime.version().feature() >= FIRST_JDK_WITH_AOT_CACHE ? trained(jar)
					: List.of(javaBinary(), "-jar", jar.toString());
		}
		return launch;
	}

	private static String javaBinary() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	private static List<String> trained(Path jar) throws IOException, InterruptedException {
		Path app = jar.resolveSibling("e2e-app");
		FileSystemUtils.deleteRecursively(app);
		run(List.of(javaBinary(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
				app.toString()), app.resolveSibling("e2e-app-extract.log"));
		Path extracted = app.resolve(jar.getFileName());
		Path cache = app.resolve("harbor.aot");
		Path log = app.resolveSibling("e2e-app-training.log");
		Path data = Files.createTempDirectory("harbor-e2e-training");
		int port = HarborServer.freePort();
		ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-XX:AOTCacheOutput=" + cache, "-jar",
				extracted.toString(), "--server.port=" + port, "--management.server.port=0",
				"--spring.profiles.active=demo")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("HARBOR_DATA_DIR", data.toString());
		Process training = builder.start();
		try {
			HarborServer.awaitPage("http://localhost:" + port + "/login", training, log, TRAINING_LIMIT,
					"The AOT cache's training run");
		}
		finally {
			// SIGTERM: the JVM writes the cache as it exits.
			training.destroy();
			if (!training.waitFor(TRAINING_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
				training.destroyForcibly();
			}
			FileSystemUtils.deleteRecursively(data);
		}
		if (!Files.isRegularFile(cache)) {
			throw new IllegalStateException("The training run wrote no AOT cache:\n" + Files.readString(log));
		}
		return List.of(javaBinary(), "-XX:AOTCache=" + cache, "-jar", extracted.toString());
	}

	private static void run(List<String> command, Path log) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(log));
		}
	}

}
