package io.claimstream;

import java.nio.file.Path;

/** Where the tests find the real data they read. FA-KES lives in the repository; ECB+ only beside it. */
public final class TestData {
    /** FA-KES (CC BY 4.0), copied in: see its README beside it. */
    public static final Path FA_KES = Path.of("src/test/resources/datasets/fa-kes/fakes.csv");
    /** ECB+ is 29 MB: tests that need it skip when the shared datasets are not beside the project. */
    public static final Path ECB_PLUS = Path.of("../shared/datasets/ecbplus/ECB+");

    private TestData() {
    }
}
