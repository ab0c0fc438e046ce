package nl.samenkracht.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code --help} of every command fits 80 columns as written: rendered 80 wide it is the same as
 * rendered 1000 wide, so picocli never had to wrap a line (it wrapped "Qualtrics,⏎LimeSurvey" and
 * "run.⏎json" mid-word, issue 15 point 7). The synopsis is left out: picocli breaks it between options.
 */
class HelpTextTest {
    @Test
    void noHelpLineIsWrapped() {
        for (String[] args : List.of(new String[]{}, new String[]{"run"}, new String[]{"validate"}, new String[]{"generate"},
                new String[]{"init"})) {
            assertEquals(usage(1000, args), usage(80, args), "help of '" + String.join(" ", args) + "' wraps at 80 columns");
        }
    }

    private static String usage(int width, String... sub) {
        CommandLine cli = new CommandLine(new SamenkrachtCommand());
        cli.setUsageHelpWidth(width);
        CommandLine target = cli;
        for (String s : sub) target = target.getSubcommands().get(s);
        // picocli wraps the synopsis between options on purpose (never inside one); only the texts are ours
        target.getHelpSectionMap().remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS);
        List<String> lines = new ArrayList<>();
        for (String l : target.getUsageMessage(CommandLine.Help.Ansi.OFF).split("\n")) lines.add(l.stripTrailing());
        return String.join("\n", lines);
    }
}
