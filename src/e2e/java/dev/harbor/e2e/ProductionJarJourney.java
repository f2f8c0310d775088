package dev.harbor.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar an operator deploys carries its bill of materials: what it holds, by name and
 * version, for a supply-chain check, and nothing that only the tests use.
 */
class ProductionJarJourney {

	@Test
	void the_jar_carries_a_cyclonedx_bill_of_what_it_holds_and_nothing_only_tests_use() throws IOException {
		Path jar = Path.of(System.getProperty("harbor.e2e.jar", "target/harbor.jar"));
		try (JarFile file = new JarFile(jar.toFile())) {
			String location = file.getManifest().getMainAttributes().getValue("Sbom-Location");
			assertThat(file.getManifest().getMainAttributes().getValue("Sbom-Format")).isEqualTo("CycloneDX");
			String bom;
			try (InputStream in = file.getInputStream(file.getJarEntry(location))) {
				bom = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			assertThat(bom).contains("\"bomFormat\" : \"CycloneDX\"", "\"name\" : \"pdfbox\"", "\"name\" : \"h2\"",
					"\"name\" : \"postgresql\"", "\"name\" : \"flow-server\"");
			assertThat(bom).doesNotContain("\"name\" : \"junit-jupiter-api\"", "\"name\" : \"playwright\"",
					"karibu-testing");
		}
	}

}
