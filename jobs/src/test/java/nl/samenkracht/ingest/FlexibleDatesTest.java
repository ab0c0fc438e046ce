package nl.samenkracht.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class FlexibleDatesTest {
    private final FlexibleDates dayFirst = new FlexibleDates(null, FlexibleDates.Order.DAY_FIRST);
    private final FlexibleDates monthFirst = new FlexibleDates(null, FlexibleDates.Order.MONTH_FIRST);

    @Test
    void readsTheFormatsSchoolExportsUse() {
        assertEquals(LocalDateTime.of(2024, 9, 12, 10, 15, 3), dayFirst.parse("12-9-2024 10:15:03"), "Dutch Google Forms");
        assertEquals(LocalDateTime.of(2024, 9, 12, 0, 0), dayFirst.parse("12-09-2024"), "dd-mm-jjjj");
        assertEquals(LocalDateTime.of(2024, 9, 12, 10, 15), dayFirst.parse("2024-09-12T10:15"), "ISO from a converted xlsx");
        assertEquals(LocalDateTime.of(2024, 9, 12, 22, 15, 3), dayFirst.parse("2024/09/12 10:15:03 PM CET"), "English Google Forms");
        assertEquals(LocalDateTime.of(2024, 9, 12, 10, 15, 3), monthFirst.parse("9/12/24 10:15:03"), "MS Forms m/d/yy");
        // Excel serial 45547.5: 45547 days after 1899-12-30 is 2024-09-12, .5 is noon (checked with Python's datetime).
        assertEquals(LocalDateTime.of(2024, 9, 12, 12, 0), dayFirst.parse("45547.5"));
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertNull(dayFirst.parse("31-02-2025"));
        assertNull(dayFirst.parse("2025-13-01"));
        assertNull(dayFirst.parse("gisteren"));
        assertNull(dayFirst.parse(""));
    }

    @Test
    void slashOrderIsDecidedPerColumn() {
        // 25 can only be a day: the column is day first.
        assertEquals(FlexibleDates.Order.DAY_FIRST, FlexibleDates.detectOrder(List.of("3/4/2025", "25/4/2025"), FlexibleDates.Order.MONTH_FIRST));
        // 25 in second place can only be a day: month first.
        assertEquals(FlexibleDates.Order.MONTH_FIRST, FlexibleDates.detectOrder(List.of("3/4/2025", "4/25/2025"), FlexibleDates.Order.DAY_FIRST));
        // Undecidable: the export's own default.
        assertEquals(FlexibleDates.Order.DAY_FIRST, FlexibleDates.detectOrder(List.of("3/4/2025"), FlexibleDates.Order.DAY_FIRST));
    }

    @Test
    void aConfiguredPatternWins() {
        FlexibleDates p = new FlexibleDates("yyyyMMdd", FlexibleDates.Order.DAY_FIRST);
        assertEquals(LocalDateTime.of(2024, 9, 12, 0, 0), p.parse("20240912"));
        assertNull(p.parse("12-09-2024"));
    }
}
