package nl.samenkracht.cli;

import nl.samenkracht.run.SparkSessions;
import picocli.CommandLine;

/** Entry point of the runnable jar and of ./samenkracht. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        SparkLog.configure(); // before Spark makes its first logger
        SparkSessions.preparePlatform();
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new SamenkrachtCommand());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ExitCodes.USAGE;
        });
        return cli.execute(args);
    }
}
