package nl.samenkracht.privacy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Hand-worked cases: what is masked, and what (dates, amounts, pupil numbers, ordinary words) is not. */
class FreeTextMaskTest {
    private final FreeTextMask mask = FreeTextMask.of(List.of("Jolien Wijnaldum", "Jolien", "Wijnaldum", "Sem de Boer", "Sem", "de Boer", "Visser", "8472913"));

    @Test
    void emailAddresses() {
        assertEquals("mail [e-mail] of [e-mail].", mask.apply("mail marieke.jansen@kompasroos.nl of J.O'Neil+x@school-a.example.org."));
        assertEquals("MAIL [e-mail]", mask.apply("MAIL MARIEKE.JANSEN@KOMPASROOS.NL"));
        assertEquals("zoë@café.nl → [e-mail]".replace("zoë@café.nl", "[e-mail]"), mask.apply("zoë@café.nl → [e-mail]"));
        assertEquals("@school en a@b zijn geen adres", mask.apply("@school en a@b zijn geen adres"));
    }

    @Test
    void dutchPhoneNumbers() {
        for (String n : List.of("06-12345678", "06 12345678", "06 1234 5678", "06-12 34 56 78", "0612345678", "010-1234567",
                "0475 123456", "(010) 123 4567", "+31 6 1234 5678", "+31(0)6-12345678", "0031 6 12345678", "+31612345678"))
            assertEquals("bel [telefoon] maar", mask.apply("bel " + n + " maar"), n);
    }

    @Test
    void numbersThatAreNoPhoneNumber() {
        for (String s : List.of("op 02-09-2024 om 10:15", "02-09-2024 12:00", "€ 1.250,00", "leerling 8472913", "0612345", "06123456789",
                "2024-2025", "score 0,5 of 10", "postcode 1234 AB"))
            assertEquals(s.replace("8472913", "8472913"), mask.apply(s), s);
    }

    @Test
    void rosterNamesAsWholeWords() {
        assertEquals("[naam] was er, [naam] ook.", mask.apply("Jolien Wijnaldum was er, Sem de Boer ook."));
        assertEquals("[naam] en [naam] kwamen", mask.apply("Jolien en Wijnaldum kwamen"));
        assertEquals("[naam] zat erbij", mask.apply("JOLIEN WIJNALDUM zat erbij"));
        assertEquals("[naam] belde", mask.apply("De Boer belde"));
        assertEquals("de visser ving vis; Jolientje en Visserij blijven", mask.apply("de visser ving vis; Jolientje en Visserij blijven"));
        assertEquals("[naam] vist", mask.apply("Visser vist"));
        assertEquals("Sems fiets", mask.apply("Sems fiets"));
    }

    @Test
    void rawMasksNothing() {
        assertEquals("Jolien 06-12345678 a@b.nl", FreeTextMask.NONE.apply("Jolien 06-12345678 a@b.nl"));
    }
}
