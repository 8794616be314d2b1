package org.vigil.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared third-party fixtures, which tests read in place and never copy. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Returns a file under {@code ../shared/fixtures}, or the folder given by -Dvigil.fixtures. */
    public static Path path(String relative) {
        Path root = Path.of(System.getProperty("vigil.fixtures", "../shared/fixtures"));
        Path file = root.resolve(relative);
        if (!Files.exists(file)) {
            throw new IllegalStateException("Fixture " + file.toAbsolutePath()
                    + " is missing; set -Dvigil.fixtures to the shared fixtures folder");
        }
        return file;
    }
}
