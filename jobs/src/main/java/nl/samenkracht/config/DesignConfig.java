package nl.samenkracht.config;

/**
 * The study's own design (optional key {@code design:}, docs/config-reference.md): which cohorts,
 * or which groups, are compared on the change from the pre to the post wave.
 *
 * @param cohort the attribute that defines a cohort; only {@code school_year} is supported
 * @param before the comparison cohort (a school year, e.g. 2023-2024)
 * @param after  the cohort with the intervention (e.g. 2024-2025)
 * @param group  the respondent attribute whose values are compared (only {@code grp}, the
 *               surveys' group column); with a cohort the comparison is also made per group
 */
public record DesignConfig(String cohort, String before, String after, String group) {
    public static final DesignConfig NONE = new DesignConfig(null, null, null, null);

    public DesignConfig {
        if (cohort != null && !cohort.equals("school_year"))
            throw new ConfigException("design.cohort must be school_year, got " + cohort);
        if (cohort != null && (before == null || after == null))
            throw new ConfigException("design.cohort needs design.before and design.after (school years)");
        if (cohort == null && (before != null || after != null))
            throw new ConfigException("design.before and design.after need design.cohort: school_year");
        if (before != null && before.equals(after))
            throw new ConfigException("design.before and design.after must differ, both are " + before);
        if (group != null && !group.equals("grp") && !group.equals("group"))
            throw new ConfigException("design.group must be grp (the surveys' group column), got " + group);
    }

    public boolean hasCohorts() {
        return cohort != null;
    }

    public boolean hasGroups() {
        return group != null;
    }

    public boolean isEmpty() {
        return !hasCohorts() && !hasGroups();
    }
}
