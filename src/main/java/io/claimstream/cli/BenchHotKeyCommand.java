package io.claimstream.cli;

import io.claimstream.stream.HotKeyBench;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "hot-key", mixinStandardHelpOptions = true,
        description = {"The cost of one more claim under an event key that already holds many: the comparison step alone",
                "(its processor, RocksDB stores and serdes, no broker), all claims under one key, timed over the last 500",
                "claims before each size. Two shapes: a war (many attacks in 40 towns) and an election (one event)."},
        footer = {"", "Example:", "  java -jar target/claimstream.jar bench hot-key --rounds 3"})
final class BenchHotKeyCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", paramLabel = "N,N,…", defaultValue = "1000,10000,100000",
            description = "Claims under the key at which the cost is taken (default ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Runs, each in a fresh state folder; medians are printed (default ${DEFAULT-VALUE}).")
    int rounds;

    private final PrintStream out;

    BenchHotKeyCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        if (rounds < 1) throw new CliException("--rounds must be at least 1");
        if (sizes.stream().anyMatch(n -> n < 500)) throw new CliException("--sizes must each be at least 500 (the claims timed)");
        HotKeyBench.run(sizes.stream().sorted().toList(), rounds, out);
        return 0;
    }
}
