package nl.samenkracht.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Everyone employed per school year and location, following {@link LocationPlan}; who leaves is drawn at random. */
final class StaffRoster {
    static final String FIRST_YEAR = "2023-2024";
    static final String SECOND_YEAR = "2024-2025";

    private final List<Employment> employments;

    private StaffRoster(List<Employment> employments) {
        this.employments = List.copyOf(employments);
    }

    static StaffRoster build(List<LocationPlan> plans, Random random) {
        DutchNames names = new DutchNames(random);
        List<Employment> all = new ArrayList<>();
        for (LocationPlan plan : plans) {
            List<Person> newcomers = new ArrayList<>();
            List<Person> experienced = new ArrayList<>();
            for (int i = 0; i < plan.staffFirst(); i++) {
                Person p = names.next();
                StaffGroup g = i < plan.newFirst() ? StaffGroup.NIEUW : StaffGroup.ERVAREN;
                (g == StaffGroup.NIEUW ? newcomers : experienced).add(p);
                all.add(new Employment(p, FIRST_YEAR, plan.location(), g));
            }
            // Stayers become (or stay) experienced; the shuffles decide who leaves.
            Collections.shuffle(newcomers, random);
            Collections.shuffle(experienced, random);
            List<Person> stayers = new ArrayList<>(newcomers.subList(plan.leaversWhoWereNew(), newcomers.size()));
            stayers.addAll(experienced.subList(plan.leavers() - plan.leaversWhoWereNew(), experienced.size()));
            stayers.sort((a, b) -> Integer.compare(a.id(), b.id()));
            for (Person p : stayers) all.add(new Employment(p, SECOND_YEAR, plan.location(), StaffGroup.ERVAREN));
            for (int i = 0; i < plan.newSecond(); i++) all.add(new Employment(names.next(), SECOND_YEAR, plan.location(), StaffGroup.NIEUW));
        }
        return new StaffRoster(all);
    }

    List<Employment> in(String schoolYear) {
        return employments.stream().filter(e -> e.schoolYear().equals(schoolYear)).toList();
    }

    List<Employment> all() {
        return employments;
    }
}
