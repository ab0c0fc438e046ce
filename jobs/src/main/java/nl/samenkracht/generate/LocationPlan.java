package nl.samenkracht.generate;

import java.util.List;

/**
 * Staffing of one location over the two school years. Experienced staff in 2024-2025 are
 * exactly the stayers from 2023-2024, so a colleague new in 2023-2024 who stays answers
 * "Een jaar of langer" in 2024-2025.
 *
 * @param staffFirst      staff in 2023-2024
 * @param newFirst        of whom new in 2023-2024
 * @param leavers         leaving after 2023-2024
 * @param leaversWhoWereNew of the leavers, how many were new in 2023-2024
 * @param newSecond       hired for 2024-2025
 */
record LocationPlan(String location, int staffFirst, int newFirst, int leavers, int leaversWhoWereNew, int newSecond) {
    /** The sample school, VSO cluster 4; Haven is small on purpose (fewer than 5 new colleagues a year). */
    static final List<LocationPlan> SAMPLE = List.of(
            new LocationPlan("Akker", 22, 7, 7, 3, 6),
            new LocationPlan("Beek", 21, 6, 6, 2, 7),
            new LocationPlan("Duin", 23, 7, 6, 3, 7),
            new LocationPlan("Haven", 7, 2, 2, 1, 2));

    int experiencedSecond() {
        return staffFirst - leavers;
    }

    int staffSecond() {
        return experiencedSecond() + newSecond;
    }
}
