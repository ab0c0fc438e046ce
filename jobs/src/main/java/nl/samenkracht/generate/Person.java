package nl.samenkracht.generate;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A made-up staff member. The e-mail address is voornaam.achternaam@kompasroos.nl with
 * accents and spaces removed ("Chloë van der Meer" → chloe.vandermeer@kompasroos.nl).
 */
record Person(int id, String firstName, String lastName) {
    static final String DOMAIN = "kompasroos.nl";

    String displayName() {
        return firstName + " " + lastName;
    }

    String email() {
        return ascii(firstName) + "." + ascii(lastName) + "@" + DOMAIN;
    }

    private static String ascii(String s) {
        String stripped = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}
