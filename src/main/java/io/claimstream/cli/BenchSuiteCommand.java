package io.claimstream.cli;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks: `extraction` (claim extraction alone, one thread), `topology` (the whole topology in",
                "this process without a broker, one thread: what an article and a claim cost on any corpus), `stack`",
                "(the whole product on the embedded stack against a passthrough and extraction alone, with latency,",
                "memory, store size and contradiction recall on a generated day), `generate` (write a generated day and",
                "what was planted in it), `hot-key` (the cost of one more claim under a key that already holds 1k, 10k,",
                "100k)."})
final class BenchSuiteCommand {
}
