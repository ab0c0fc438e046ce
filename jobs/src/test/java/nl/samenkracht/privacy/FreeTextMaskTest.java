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
        // a bracket before a mobile number is the text's own (found by KotterLogTest: it was eaten)
        assertEquals("(bel [telefoon])", mask.apply("(bel 06-12345678)"));
        assertEquals("mail ([telefoon], a)", mask.apply("mail (06-12345678, a)"));
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

    /**
     * Names that are also Dutch words (issue 17): before this rule "Hoop dat het lukt", "Ben je er?" and "de
     * boer" lost a word to [naam]. Hand-worked: each sentence says where the capital is grammar and where a name.
     */
    @Test
    void namesThatAreWordsAreMaskedOnlyWhereTheCapitalIsNoGrammar() {
        FreeTextMask m = FreeTextMask.of(List.of("Roos Bakker", "Roos", "Bakker", "Ben Hoop", "Ben", "Hoop", "Bas", "Sterre",
                "Sem de Boer", "de Boer", "Daan de Groot", "de Groot", "Groot"));
        // at the start of a sentence, a line, a quote or a bullet: grammar
        assertEquals("Hoop dat het lukt. Ben je er? Roos en tulp.", m.apply("Hoop dat het lukt. Ben je er? Roos en tulp."));
        assertEquals("Ze vroeg: \"Ben je er?\"\n- Groot probleem", m.apply("Ze vroeg: \"Ben je er?\"\n- Groot probleem"));
        // mid-sentence, capitalised as on the roster: a name
        assertEquals("Ik sprak [naam] en [naam] gisteren.", m.apply("Ik sprak Roos en Bas gisteren."));
        assertEquals("ik heb hoop, de roos bloeit, ik speel bas", m.apply("ik heb hoop, de roos bloeit, ik speel bas"));
        // full names anywhere, in any case; a word that is no Dutch word (Sterre) at a sentence start too
        assertEquals("[naam] kwam. [naam] ook. [naam] belde.", m.apply("Roos Bakker kwam. ben hoop ook. Sterre belde."));
        // a surname with its prefix only as written: the farmer is not masked, Mr de Boer is (also at a sentence start)
        assertEquals("de boer melkt; [naam] belde. [naam] kwam.", m.apply("de boer melkt; de Boer belde. De Boer kwam."));
        // a non-word surname at the start stays masked
        assertEquals("[naam] zei het.", m.apply("Bakker zei het."));
    }

    @Test
    void theStudysLocationsAreNoNames() {
        FreeTextMask m = FreeTextMask.of(List.of("Noor Beek", "Noor", "Beek"), List.of("Akker", "Beek"));
        assertEquals("In Beek gaat het goed, zegt [naam]; [naam] ook.", m.apply("In Beek gaat het goed, zegt Noor; Noor Beek ook."));
    }

    @Test
    void rawMasksNothing() {
        assertEquals("Jolien 06-12345678 a@b.nl", FreeTextMask.NONE.apply("Jolien 06-12345678 a@b.nl"));
    }
}
