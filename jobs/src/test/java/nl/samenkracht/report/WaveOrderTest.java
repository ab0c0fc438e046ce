package nl.samenkracht.report;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Waves in design order within each measure × school year; rows of one wave keep their order. */
class WaveOrderTest {
    @Test
    void voormetingBeforeNametingWithinEachGroup() {
        // As the analysis sorts: by name, so nameting first.
        Table t = Table.create("descriptives").addColumns(
                StringColumn.create("measure", "con", "con", "con", "con", "dui", "dui", "dui"),
                StringColumn.create("school_year", "2023-2024", "2023-2024", "2023-2024", "2024-2025", "2024-2025", "2024-2025", "2024-2025"),
                StringColumn.create("wave", "nameting", "nameting", "voormeting", "voormeting", "extra", "nameting", "voormeting"),
                StringColumn.create("location", "Akker", "Beek", "Akker", "Akker", "Akker", "Akker", "Akker"),
                IntColumn.create("n", 1, 2, 3, 4, 5, 6, 7));
        Table s = WaveOrder.sorted(t, List.of("voormeting", "nameting"));
        assertEquals(List.of("voormeting", "nameting", "nameting", "voormeting", "voormeting", "nameting", "extra"),
                s.stringColumn("wave").asList());
        // Groups keep their order; Akker stays before Beek within the nameting of 2023-2024.
        assertEquals(List.of(3, 1, 2, 4, 7, 6, 5), s.intColumn("n").asList());
    }

    @Test
    void aTableWithoutWavesIsLeftAlone() {
        Table t = Table.create("x").addColumns(StringColumn.create("a", "2", "1"));
        assertEquals(t, WaveOrder.sorted(t, List.of("voormeting", "nameting")));
    }
}
