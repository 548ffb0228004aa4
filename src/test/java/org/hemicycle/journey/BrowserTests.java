package org.hemicycle.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where the browser tests look for Chromium and its driver. */
class BrowserTests {

    @Test
    void aSystemPropertyOrTheEnvironmentOverridesDebiansPath() {
        String property = "hemicycle.test.chromium.path";
        assertThat(Browser.executable("HEMICYCLE_TEST_UNSET_VARIABLE", property, "/usr/bin/chromium"))
                .isEqualTo(Path.of("/usr/bin/chromium"));
        System.setProperty(property, "/opt/chromium/chrome");
        try {
            assertThat(Browser.executable("HEMICYCLE_TEST_UNSET_VARIABLE", property, "/usr/bin/chromium"))
                    .isEqualTo(Path.of("/opt/chromium/chrome"));
        } finally {
            System.clearProperty(property);
        }
        String path = System.getenv("PATH");
        assertThat(Browser.executable("PATH", property, "/usr/bin/chromium")).isEqualTo(Path.of(path));
    }
}
