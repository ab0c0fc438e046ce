package nl.samenkracht.cli;

import picocli.CommandLine.Command;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate synthetic data: the sample study, or a large board for benchmarks.")
final class GenerateCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("generate: wired in once the generators land");
    }
}
