package nl.samenkracht.privacy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 17, class 4: ids with invisible characters must link pre to post. */
class PseudonymizerNormaliseTest {
    private final Pseudonymizer p = new Pseudonymizer("0123456789abcdef0123".getBytes());

    @Test
    void formatCharactersAndWidthVariantsDoNotChangeThePseudonym() {
        String plain = p.pseudonym("r", "L12345");
        assertEquals(plain, p.pseudonym("r", "\u200bL12345"));   // zero-width space
        assertEquals(plain, p.pseudonym("r", "\ufeffL12345 "));  // BOM and trailing space
        assertEquals(plain, p.pseudonym("r", "L1234\u200d5"));   // zero-width joiner
        assertEquals(plain, p.pseudonym("r", "\uff2c12345"));    // full-width L (NFKC)
    }

    @Test
    void eMailAddressesAreCaseFolded() {
        assertEquals(p.pseudonym("r", "Piet.Jansen@School.NL"), p.pseudonym("r", "piet.jansen@school.nl"));
    }

    @Test
    void differentIdsStayDifferent() {
        assertNotEquals(p.pseudonym("r", "L12345"), p.pseudonym("r", "L12346"));
    }
}
