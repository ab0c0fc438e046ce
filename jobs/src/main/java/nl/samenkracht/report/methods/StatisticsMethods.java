package nl.samenkracht.report.methods;

import nl.samenkracht.config.OptionsConfig;
import nl.samenkracht.indicators.stats.GroupSetting;
import nl.samenkracht.indicators.stats.GroupTest;
import nl.samenkracht.indicators.stats.GroupTestKind;
import nl.samenkracht.indicators.stats.PrePostDesign;
import nl.samenkracht.indicators.stats.PrePostTest;
import nl.samenkracht.indicators.stats.ScaleAlpha;
import nl.samenkracht.indicators.stats.StatisticsResults;
import nl.samenkracht.indicators.stats.StatisticsStage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The Dutch methods paragraphs of the statistics stage, written from its results (the rows of its tables) and the
 * options, so that every number in them is a number of the results and the text changes when the
 * options or the data do. A paragraph about a test that did not run is left out.
 */
public final class StatisticsMethods {
    private StatisticsMethods() {}

    /** The paragraphs of a run's statistics. */
    public static List<String> paragraphs(StatisticsResults results, OptionsConfig options) {
        return paragraphs(results.reliability(), results.prepost(), results.groups(), options);
    }

    static List<String> paragraphs(List<ScaleAlpha> reliability, List<PrePostTest> prepost, List<GroupTest> groups,
                                   OptionsConfig options) {
        List<String> p = new ArrayList<>();
        String r = reliability(reliability);
        if (r != null) p.add(r);
        String pp = prePost(prepost, options);
        if (pp != null) {
            p.add(pp);
            if (tested(prepost) > 0) p.add(effectSizes(prepost, options));
        }
        String g = groups(groups, options);
        if (g != null) p.add(g);
        if (!prepost.isEmpty() || !groups.isEmpty()) p.add(holm(prepost, groups));
        p.add(missing(reliability, prepost, groups, options));
        return p;
    }

    static String reliability(List<ScaleAlpha> t) {
        Predicate<ScaleAlpha> perWave = a -> !a.schoolYear().equals(StatisticsStage.ALL);
        int rows = count(t, perWave);
        if (rows == 0) return null;
        Predicate<ScaleAlpha> computed = a -> perWave.test(a) && Double.isFinite(a.alphaPairwise());
        StringBuilder b = new StringBuilder("Betrouwbaarheid. De interne consistentie van elke schaal is per vragenlijst,"
                + " schooljaar en meting, en over alle metingen samen (regels \"alle\"), uitgedrukt in Cronbachs alfa (Cronbach, 1951) op de"
                + " omgescoorde antwoorden, berekend zoals psych::alpha in R. Alfa pairwise, het hoofdgetal, gebruikt voor"
                + " elke covariantie de respondenten die beide items beantwoordden; alfa listwise alleen de respondenten die"
                + " alle items van de schaal beantwoordden. Meegeteld zijn respondenten met ten minste één antwoord op de"
                + " schaal: ");
        Predicate<ScaleAlpha> answered = a -> perWave.test(a) && a.nRows() > 0;
        b.append(range(t, ScaleAlpha::nRows, answered)).append(" per schaal en meting, van wie ")
                .append(range(t, ScaleAlpha::nComplete, answered)).append(" alle items beantwoordden. Het 95%-betrouwbaarheidsinterval"
                        + " is dat van Feldt (Feldt, 1965), met dat aantal respondenten als n. Per item staan de gecorrigeerde"
                        + " item-totaalcorrelatie (met de som van de overige items) en alfa zonder het item in de tabel;"
                        + " items zonder variantie zijn buiten de berekening gelaten, zoals psych::alpha doet.");
        if (count(t, computed) > 0) {
            b.append(" Alfa pairwise lag per schaal en meting tussen ").append(decimal(min(t, ScaleAlpha::alphaPairwise, computed)))
                    .append(" en ").append(decimal(max(t, ScaleAlpha::alphaPairwise, computed))).append('.');
        }
        int na = rows - count(t, computed);
        if (na > 0) {
            b.append(" Bij ").append(na).append(" van de ").append(rows)
                    .append(" combinaties van schaal en meting was alfa niet te berekenen; de reden staat in de kolom na_reason.");
        }
        return b.toString();
    }

    /** Pre/post rows where a test was chosen (both waves had scores). */
    private static int tested(List<PrePostTest> t) {
        return count(t, x -> x.design() != null);
    }

    static String prePost(List<PrePostTest> t, OptionsConfig o) {
        if (t.isEmpty()) return null;
        if (tested(t) == 0) {
            return "Voor- en nameting. Geen schooljaar had scores in zowel de " + o.preWave() + " als de " + o.postWave()
                    + "; er is daarom geen voor- en nameting vergeleken (de reden staat per regel in de kolom na_reason).";
        }
        Predicate<PrePostTest> paired = x -> x.design() == PrePostDesign.PAIRED;
        Predicate<PrePostTest> independent = x -> x.design() == PrePostDesign.INDEPENDENT;
        StringBuilder b = new StringBuilder("Voor- en nameting. Per vragenlijst en schooljaar zijn de ")
                .append(o.preWave()).append(" en de ").append(o.postWave()).append(" vergeleken, per schaal en per item,"
                        + " voor alle respondenten samen en per groep. Respondenten zijn tussen de metingen gekoppeld via hun"
                        + " pseudoniem.");
        if (count(t, paired) > 0) {
            b.append(" Met ten minste twee gekoppelde paren is de Wilcoxon-rangtekentoets voor gepaarde metingen (Wilcoxon, 1945) gebruikt (")
                    .append(count(t, paired)).append(" analyses, ").append(range(t, PrePostTest::nPairs, paired))
                    .append(" paren); respondenten met een score in maar één van beide metingen (")
                    .append(range(t, PrePostTest::nUnlinked, paired)).append(" per analyse) tellen daarin niet mee.");
            if (pratt(o)) {
                b.append(" Verschillen van 0 (").append(range(t, PrePostTest::nZero, paired)).append(" per analyse) zijn"
                        + " meegerangschikt en daarna buiten V gelaten, volgens de methode van Pratt (1959; optie zero_method: pratt);"
                        + " de normale benadering is voor die nulverschillen gecorrigeerd (Cureton, 1967), zoals SciPy's"
                        + " wilcoxon(zero_method = \"pratt\").");
            } else {
                b.append(" Verschillen van 0 zijn vóór het rangschikken weggelaten, zoals R's wilcox.test doet (")
                        .append(range(t, PrePostTest::nZero, paired)).append(" per analyse; optie zero_method: wilcox).");
            }
        }
        if (count(t, independent) > 0) {
            b.append(count(t, paired) > 0 ? " Waar dat niet kon (" : " De metingen waren niet te koppelen (")
                    .append(String.join("; ", distinct(t, x -> NaReasonText.dutch(x.designReason()), independent)))
                    .append("), is de Mann-Whitney U-toets voor onafhankelijke steekproeven (Mann & Whitney, 1947) gebruikt op alle scores van beide"
                            + " metingen (").append(count(t, independent)).append(" analyses, n ").append(o.preWave())
                    .append(' ').append(range(t, PrePostTest::nPre, independent)).append(", n ").append(o.postWave()).append(' ')
                    .append(range(t, PrePostTest::nPost, independent)).append(").");
        }
        b.append(pValues(t, PrePostTest::pMethod, x -> x.design() != null, o));
        b.append(pratt(o) ? " Zonder nulverschillen" : " Zo").append(" komen V, W en p overeen met R's wilcox.test(exact = ")
                .append(o.exactP() ? "NULL" : "FALSE")
                .append(", correct = ").append(o.continuityCorrection() ? "TRUE" : "FALSE").append("). Een hogere score in de ")
                .append(o.postWave()).append(" geeft een positieve z en een positieve rangbiseriële correlatie.");
        return b.toString();
    }

    static String effectSizes(List<PrePostTest> t, OptionsConfig o) {
        boolean paired = count(t, x -> x.design() == PrePostDesign.PAIRED) > 0;
        boolean independent = count(t, x -> x.design() == PrePostDesign.INDEPENDENT) > 0;
        StringBuilder b = new StringBuilder("Effectmaten. De belangrijkste effectmaat is de rangbiseriële correlatie met een"
                + " 95%-betrouwbaarheidsinterval via de Fisher-z-transformatie, zoals effectsize::rank_biserial in R");
        if (paired) b.append("; bij gepaarde metingen de matched-pairs-versie (Kerby, 2014)");
        if (independent) b.append(paired ? ", bij" : "; bij").append(" onafhankelijke metingen 2U/(n1·n2) − 1");
        b.append(". De Hodges-Lehmann-schatter (Hodges & Lehmann, 1963) geeft de verschuiving in schaalpunten, met een"
                + " 95%-betrouwbaarheidsinterval");
        if (paired) {
            if (pratt(o)) {
                b.append(": bij gepaarde metingen de mediaan van de Walsh-gemiddelden van alle verschillen, nulverschillen"
                        + " inbegrepen (Pratt), met als interval de bijbehorende rangnummers van de Walsh-gemiddelden"
                        + " (Hollander & Wolfe, 1999)");
            } else {
                b.append(": bij gepaarde metingen de mediaan van de Walsh-gemiddelden van de verschillen ongelijk aan 0"
                        + " (dezelfde regel als de toets), met interval en schatting zoals R's wilcox.test(conf.int = TRUE)");
            }
        }
        if (independent) b.append(paired ? ", bij" : ": bij").append(" onafhankelijke metingen de mediaan van alle verschillen"
                + " nameting − voormeting, met interval zoals R's wilcox.test(conf.int = TRUE)");
        b.append(". Is de p-waarde exact, dan is het interval dat ook. Als tweede maat staat r = |z|/√n in de tabel, met n");
        if (paired) b.append(pratt(o) ? " het aantal paren (gepaard)" : " het aantal verschillen ongelijk aan 0 (gepaard)");
        if (paired && independent) b.append(" of");
        if (independent) b.append(" n voormeting + n nameting (onafhankelijk)");
        return b.append('.').toString();
    }

    /**
     * Which p-values are exact and which come from the normal approximation, counted in the table
     * itself (column p_method), so the text says per table what was used.
     */
    static <T> String pValues(List<T> t, Function<T, nl.samenkracht.statistics.PMethod> pMethod, Predicate<T> tested, OptionsConfig o) {
        Predicate<T> withP = x -> tested.test(x) && pMethod.apply(x) != null;
        Predicate<T> exact = x -> withP.test(x) && pMethod.apply(x) == nl.samenkracht.statistics.PMethod.EXACT;
        int all = count(t, withP);
        int nExact = count(t, exact);
        String normal = "de normale benadering met correctie voor knopen (ties), "
                + (o.continuityCorrection() ? "met" : "zonder") + " continuïteitscorrectie (optie continuity_correction: "
                + (o.continuityCorrection() ? "aan" : "uit") + ")";
        StringBuilder b = new StringBuilder(" De p-waarden zijn tweezijdig.");
        if (o.exactP()) {
            b.append(" Een exacte p-waarde is gebruikt waar R dat standaard ook doet: zonder knopen en nulverschillen en bij"
                    + " minder dan 50 waarnemingen (optie exact_p: aan; ").append(nExact).append(" van de ").append(all)
                    .append(" toetsen in deze tabel).");
            if (nExact < all) b.append(" De overige ").append(all - nExact).append(" gebruiken ").append(normal).append('.');
        } else {
            b.append(" Ze komen uit ").append(normal).append("; exacte p-waarden zijn niet gebruikt (optie exact_p: uit).");
        }
        return b.toString();
    }

    private static boolean pratt(OptionsConfig o) {
        return OptionsConfig.PRATT.equals(o.zeroMethod());
    }

    static String groups(List<GroupTest> t, OptionsConfig o) {
        if (t.isEmpty()) return null;
        Predicate<GroupTest> mw = x -> x.test() == GroupTestKind.MANN_WHITNEY;
        Predicate<GroupTest> kw = x -> x.test() == GroupTestKind.KRUSKAL_WALLIS;
        Predicate<GroupTest> dunn = x -> x.test() == GroupTestKind.DUNN;
        List<String> by = new ArrayList<>();
        for (String g : distinct(t, x -> x.key().setting().grouping(), x -> true)) {
            by.add(g.equals(GroupSetting.GROUP) ? "de groepen" : g.equals(GroupSetting.LOCATION) ? "de locaties" : g);
        }
        StringBuilder b = new StringBuilder("Groepsvergelijkingen. Per vragenlijst, schooljaar en meting zijn ")
                .append(String.join(" en ", by)).append(" met elkaar vergeleken, per schaal en per item, met alle"
                        + " respondenten van die meting als onafhankelijke steekproeven.");
        if (count(t, mw) > 0) {
            b.append(" Bij twee groepen is de Mann-Whitney U-toets (Mann & Whitney, 1947) gebruikt (").append(count(t, mw)).append(" toetsen): U"
                    + " hoort bij de eerste groep in alfabetische volgorde (group_a), een positieve rangbiseriële correlatie"
                    + " betekent dat die groep hoger scoort en de Hodges-Lehmann-schatter is de mediaan van alle verschillen"
                    + " group_a − group_b, beide met een 95%-betrouwbaarheidsinterval.");
            b.append(pValues(t, GroupTest::pMethod, mw, o).replace(" De p-waarden zijn tweezijdig.", " De p-waarden van de Mann-Whitney-toetsen"
                    + " zijn tweezijdig."));
        }
        if (count(t, kw) > 0) {
            b.append(" Bij drie of meer groepen is de Kruskal-Wallistoets (Kruskal & Wallis, 1952) gebruikt (").append(count(t, kw)).append(" toetsen;"
                    + " H met correctie voor knopen, effectmaat epsilon² = H/((n² − 1)/(n + 1))), gevolgd door Dunns"
                    + " paarsgewijze toets met correctie voor knopen (Dunn, 1964; ").append(count(t, dunn)).append(" paren, elk met z,"
                    + " p en de volgens Holm gecorrigeerde p).");
        }
        return b.toString();
    }

    static String holm(List<PrePostTest> prepost, List<GroupTest> groups) {
        StringBuilder b = new StringBuilder("Meervoudig toetsen. Naast p staat de volgens Holm (1979) gecorrigeerde p (p_holm, zoals"
                + " p.adjust(method = \"holm\") in R).");
        if (!prepost.isEmpty()) {
            b.append(" Bij voor- en nameting is gecorrigeerd binnen elk schooljaar × subgroep × niveau (schaal of item).");
        }
        if (!groups.isEmpty()) {
            b.append(" Bij de groepsvergelijkingen zijn de Mann-Whitney- en Kruskal-Wallistoetsen gecorrigeerd binnen"
                    + " schooljaar × meting × niveau × indeling, en Dunns paarsgewijze toetsen binnen de paren van één schaal"
                    + " of item.");
        }
        return b.toString();
    }

    static String missing(List<ScaleAlpha> reliability, List<PrePostTest> prepost, List<GroupTest> groups, OptionsConfig o) {
        int na = count(reliability, x -> x.naReason() != null) + count(prepost, x -> x.naReason() != null)
                + count(groups, x -> x.naReason() != null);
        StringBuilder b = new StringBuilder("Ontbrekende gegevens. Lege antwoorden en antwoorden als \"Weet ik niet\" tellen als"
                + " ontbrekend; er is niets bijgeschat. Een schaalscore ontbreekt als minder dan ")
                .append(Math.round(o.minAnsweredShare() * 100)).append("% van de items van de schaal is beantwoord. Elke"
                        + " analyse gebruikt de aanwezige scores: de gepaarde toets alleen respondenten met een score in beide"
                        + " metingen, alfa pairwise elk beschikbaar paar antwoorden en alfa listwise alleen volledig"
                        + " beantwoorde schalen. Was een uitkomst niet te berekenen (bijvoorbeeld bij een constant item, een"
                        + " schaal met één item, een meting zonder respondenten, minder dan twee paren of alleen"
                        + " nulverschillen), dan is die leeg gelaten en staat de reden in de kolom na_reason");
        if (na > 0) b.append(" (").append(na).append(na == 1 ? " regel)" : " regels)");
        return b.append('.').toString();
    }

    private static <T> int count(List<T> t, Predicate<T> keep) {
        int n = 0;
        for (T x : t) if (keep.test(x)) n++;
        return n;
    }

    /** An empty cell of the tables: no text. */
    private static boolean missing(String s) {
        return s == null || s.isEmpty();
    }

    /** "7" or "5 tot 9": the range of a whole number over the kept rows (null: no value). */
    private static <T> String range(List<T> t, Function<T, Integer> value, Predicate<T> keep) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (T x : t) {
            Integer v = keep.test(x) ? value.apply(x) : null;
            if (v == null) continue;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (lo > hi) return "geen";
        return lo == hi ? Integer.toString(lo) : lo + " tot " + hi;
    }

    private static <T> double min(List<T> t, ToDoubleFunction<T> value, Predicate<T> keep) {
        double m = Double.POSITIVE_INFINITY;
        for (T x : t) if (keep.test(x)) m = Math.min(m, value.applyAsDouble(x));
        return m;
    }

    private static <T> double max(List<T> t, ToDoubleFunction<T> value, Predicate<T> keep) {
        double m = Double.NEGATIVE_INFINITY;
        for (T x : t) if (keep.test(x)) m = Math.max(m, value.applyAsDouble(x));
        return m;
    }

    private static <T> List<String> distinct(List<T> t, Function<T, String> value, Predicate<T> keep) {
        Set<String> s = new LinkedHashSet<>();
        for (T x : t) if (keep.test(x) && !missing(value.apply(x))) s.add(value.apply(x));
        return new ArrayList<>(s);
    }

    /** Two decimals with a decimal comma, as in a Dutch report: 0.8123 → "0,81". */
    static String decimal(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replace('.', ',');
    }
}
