package nl.samenkracht.report.audience;

import nl.samenkracht.comparison.LocationComparison;
import nl.samenkracht.comparison.YearComparison;
import nl.samenkracht.indicators.IndicatorValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The tests of the key figures, looked up by (indicator id, location) for the latest school year. */
public final class KeyFigureTests {
    public static final KeyFigureTests NONE = new KeyFigureTests(List.of(), List.of());

    /**
     * Figures one level below the locations (classes, from {@link nl.samenkracht.comparison.ClassFigures}) and
     * their tests against the rest of the location.
     */
    public record ClassLevel(List<IndicatorValue> figures, List<LocationComparison> tests) {
        public static final ClassLevel NONE = new ClassLevel(List.of(), List.of());
    }

    private ClassLevel classes = ClassLevel.NONE;
    private Map<List<String>, Double> spreads = Map.of();

    /** The same tests with the class level added. */
    public KeyFigureTests withClasses(ClassLevel classes) {
        KeyFigureTests t = new KeyFigureTests(yearList, locationList);
        t.classes = classes;
        t.spreads = spreads;
        return t;
    }

    /**
     * The same tests with the spread of every mean key figure: (indicator id, school year) → the pooled
     * within-location standard deviation of its scores, for the funnel plots' control limits
     * ({@link nl.samenkracht.comparison.Comparisons#pooledSds}).
     */
    public KeyFigureTests withSpreads(Map<List<String>, Double> spreads) {
        KeyFigureTests t = new KeyFigureTests(yearList, locationList);
        t.classes = classes;
        t.spreads = Map.copyOf(spreads);
        return t;
    }

    /** The pooled within-location SD of a mean key figure, or null when unknown. */
    Double spread(String id, String year) {
        return spreads.get(List.of(id, year));
    }

    ClassLevel classes() {
        return classes;
    }

    private final Map<List<String>, YearComparison> years = new HashMap<>();
    private final Map<List<String>, LocationComparison> locations = new HashMap<>();
    private final List<YearComparison> yearList;
    private final List<LocationComparison> locationList;

    public KeyFigureTests(List<YearComparison> years, List<LocationComparison> locations) {
        this.yearList = List.copyOf(years);
        this.locationList = List.copyOf(locations);
        for (YearComparison y : years) this.years.put(List.of(y.current().id(), y.current().location()), y);
        for (LocationComparison l : locations)
            this.locations.put(List.of(l.value().id(), l.value().schoolYear(), l.value().location()), l);
    }

    YearComparison year(String id, String location) {
        return years.get(List.of(id, location));
    }

    LocationComparison location(String id, String year, String location) {
        return locations.get(List.of(id, year, location));
    }

    List<YearComparison> years() {
        return yearList;
    }

    List<LocationComparison> locations() {
        return locationList;
    }
}
