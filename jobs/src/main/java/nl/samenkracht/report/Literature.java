package nl.samenkracht.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference list of the methods actually used: a reference is listed when its author and
 * year are both cited in the generated methods text, so the list follows the text (a study
 * without groups cites no Kruskal-Wallis and lists none). APA 7th edition, alphabetical.
 */
public final class Literature {
    static final String SHEET = "Literatuur";

    /** @param author the name as cited in the text; @param year the year as cited */
    record Reference(String author, String year, String apa) {}

    static final List<Reference> ALL = List.of(
            new Reference("effectsize::", "", "Ben-Shachar, M. S., Lüdecke, D., & Makowski, D. (2020). effectsize: Estimation of"
                    + " effect size indices and standardized parameters. Journal of Open Source Software, 5(56), 2815."
                    + " https://doi.org/10.21105/joss.02815"),
            new Reference("Cronbach", "1951", "Cronbach, L. J. (1951). Coefficient alpha and the internal structure of tests."
                    + " Psychometrika, 16(3), 297–334. https://doi.org/10.1007/BF02310555"),
            new Reference("Cureton", "1967", "Cureton, E. E. (1967). The normal approximation to the signed-rank sampling"
                    + " distribution when zero differences are present. Journal of the American Statistical Association,"
                    + " 62(319), 1068–1069. https://doi.org/10.1080/01621459.1967.10500917"),
            new Reference("Dunn", "1964", "Dunn, O. J. (1964). Multiple comparisons using rank sums. Technometrics, 6(3),"
                    + " 241–252. https://doi.org/10.1080/00401706.1964.10490181"),
            new Reference("Feldt", "1965", "Feldt, L. S. (1965). The approximate sampling distribution of Kuder-Richardson"
                    + " reliability coefficient twenty. Psychometrika, 30(3), 357–370. https://doi.org/10.1007/BF02289499"),
            new Reference("Hodges & Lehmann", "1963", "Hodges, J. L., & Lehmann, E. L. (1963). Estimates of location based"
                    + " on rank tests. The Annals of Mathematical Statistics, 34(2), 598–611."
                    + " https://doi.org/10.1214/aoms/1177704172"),
            new Reference("Hollander & Wolfe", "1999", "Hollander, M., & Wolfe, D. A. (1999). Nonparametric statistical"
                    + " methods (2nd ed.). Wiley."),
            new Reference("Holm", "1979", "Holm, S. (1979). A simple sequentially rejective multiple test procedure."
                    + " Scandinavian Journal of Statistics, 6(2), 65–70."),
            new Reference("Kerby", "2014", "Kerby, D. S. (2014). The simple difference formula: An approach to teaching"
                    + " nonparametric correlation. Comprehensive Psychology, 3, Article 11.IT.3.1."
                    + " https://doi.org/10.2466/11.IT.3.1"),
            new Reference("Kruskal & Wallis", "1952", "Kruskal, W. H., & Wallis, W. A. (1952). Use of ranks in one-criterion"
                    + " variance analysis. Journal of the American Statistical Association, 47(260), 583–621."
                    + " https://doi.org/10.1080/01621459.1952.10483441"),
            new Reference("Mann & Whitney", "1947", "Mann, H. B., & Whitney, D. R. (1947). On a test of whether one of two"
                    + " random variables is stochastically larger than the other. The Annals of Mathematical Statistics,"
                    + " 18(1), 50–60. https://doi.org/10.1214/aoms/1177730491"),
            new Reference("Pratt", "1959", "Pratt, J. W. (1959). Remarks on zeros and ties in the Wilcoxon signed rank"
                    + " procedures. Journal of the American Statistical Association, 54(287), 655–667."
                    + " https://doi.org/10.1080/01621459.1959.10501526"),
            new Reference("Wilcoxon", "1945", "Wilcoxon, F. (1945). Individual comparisons by ranking methods. Biometrics"
                    + " Bulletin, 1(6), 80–83. https://doi.org/10.2307/3001968"));

    private Literature() {}

    /** The references cited in these paragraphs, in alphabetical order. */
    public static List<String> cited(List<String> methods) {
        String text = String.join("\n", methods);
        List<String> out = new ArrayList<>();
        for (Reference r : ALL)
            if (text.contains(r.author()) && text.contains(r.year())) out.add(r.apa());
        return out;
    }
}
