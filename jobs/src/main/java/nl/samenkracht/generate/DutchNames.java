package nl.samenkracht.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Draws made-up Dutch staff names, each e-mail address used once. */
final class DutchNames {
    private static final List<String> FIRST = List.of(
            "Anouk", "Bas", "Daan", "Esther", "Femke", "Gijs", "Hanneke", "Ilse", "Jeroen", "Karin",
            "Lotte", "Mark", "Nadia", "Olaf", "Petra", "Rik", "Sanne", "Tim", "Vera", "Wouter",
            "Yara", "Zeynep", "Mohamed", "Fatima", "Youssef", "Emre", "Kevin", "Marloes", "Niels", "Eline",
            "Joost", "Maaike", "Ruben", "Sophie", "Thijs", "Lieke", "Bram", "Iris", "Koen", "Merel",
            "Stijn", "Roos", "Jasper", "Noor", "Floor", "Hamza", "Samira", "Chloë", "Dewi", "Ayşe",
            "Marieke", "Pieter", "Willemijn", "Sven", "Inge", "Frank", "Naima", "Jorien", "Ricardo", "Anke");
    private static final List<String> LAST = List.of(
            "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
            "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
            "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek",
            "de Bruijn", "El Amrani", "Yilmaz", "Kaya", "Bouzidi", "Ramdin", "Pinas", "Koster", "Willems", "Verhoeven",
            "Prins", "Huisman", "Kuipers", "Veenstra", "Postma", "Schouten", "Hoekstra", "Wijnands", "Timmermans", "Maas");

    private final Random random;
    private final Set<String> used = new HashSet<>();
    private int nextId = 1;

    DutchNames(Random random) {
        this.random = random;
    }

    Person next() {
        while (true) {
            Person p = new Person(nextId, FIRST.get(random.nextInt(FIRST.size())), LAST.get(random.nextInt(LAST.size())));
            if (used.add(p.email())) {
                nextId++;
                return p;
            }
        }
    }
}
