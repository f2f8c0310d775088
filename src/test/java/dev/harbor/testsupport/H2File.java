package dev.harbor.testsupport;

import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A test's application on an H2 file in a folder of its own, as a single-machine practice
 * runs.
 */
public final class H2File {

	private H2File() {
	}

	public static void in(Path folder, DynamicPropertyRegistry properties) {
		properties.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("harbor"));
		properties.add("spring.datasource.username", () -> "sa");
		properties.add("spring.datasource.password", () -> "");
	}

}
