package nl.samenkracht.cli;

import picocli.CommandLine.Command;

@Command(name = "init", mixinStandardHelpOptions = true, description = "Write a starting study.yaml into a folder.")
final class InitCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("init: not yet");
    }
}
