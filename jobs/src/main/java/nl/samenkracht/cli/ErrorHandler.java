package nl.samenkracht.cli;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.ingest.InputException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns failures into one clear line and an exit code — never a stack trace on the terminal.
 * An unexpected exception (a bug) is written to a log file whose path the message gives.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        Throwable e = unwrap(ex);
        PrintWriter err = cli.getErr();
        if (e instanceof ConfigException) {
            err.println("config error: " + e.getMessage());
            return ExitCodes.CONFIG;
        }
        if (e instanceof nl.samenkracht.coverage.FrameworkException) {
            err.println("framework error: " + e.getMessage());
            return ExitCodes.CONFIG;
        }
        if (e instanceof InputException) {
            err.println("input error: " + e.getMessage());
            return ExitCodes.INPUT;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            err.println("cannot write output: " + e.getMessage());
            return ExitCodes.OUTPUT;
        }
        err.println("internal error: " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
        err.println("details were written to " + logDetails(e) + " (please attach it to a bug report)");
        if (java.nio.file.Files.isRegularFile(SparkLog.file())) err.println("Spark's own log of this and earlier runs: " + SparkLog.file());
        return ExitCodes.INTERNAL;
    }

    /** Spark wraps what a row function threw; the user's problem is the innermost known one. */
    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t instanceof ConfigException || t instanceof InputException
                    || t instanceof nl.samenkracht.coverage.FrameworkException) return t;
        }
        return e;
    }

    private static String logDetails(Throwable e) {
        try {
            Path log = Files.createTempFile("samenkracht-error-", ".log");
            StringWriter sw = new StringWriter();
            e.printStackTrace(new PrintWriter(sw));
            Files.writeString(log, sw.toString());
            return log.toString();
        } catch (IOException io) {
            return "(no log: " + io.getMessage() + ")";
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
