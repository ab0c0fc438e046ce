package nl.samenkracht.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class SchoolYearTest {
    @Test
    void aSchoolYearStartsOnTheFirstOfAugust() {
        assertEquals("2023-2024", SchoolYear.of(LocalDate.of(2024, 7, 31)));
        assertEquals("2024-2025", SchoolYear.of(LocalDate.of(2024, 8, 1)));
        assertEquals("2024-2025", SchoolYear.of(LocalDate.of(2025, 1, 15)));
        assertEquals(LocalDate.of(2024, 8, 1), SchoolYear.start("2024-2025"));
    }

    @Test
    void schoolYearTextIsParsedInTheUsualSpellings() {
        assertEquals("2024-2025", SchoolYear.parse("2024-2025"));
        assertEquals("2024-2025", SchoolYear.parse("2024/2025"));
        assertEquals("2024-2025", SchoolYear.parse("2024-25"));
        assertNull(SchoolYear.parse("2024-2026"));
        assertNull(SchoolYear.parse("volgend jaar"));
        assertNull(SchoolYear.parse(null));
    }
}
