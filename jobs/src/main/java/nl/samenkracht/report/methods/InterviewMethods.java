package nl.samenkracht.report.methods;

import nl.samenkracht.coverage.EvidenceWaves;
import nl.samenkracht.indicators.interviews.InterviewReading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Dutch methods paragraphs about the interviews, generated from what was read. */
public final class InterviewMethods {
    private static final Map<String, String> FORMAT_NAMES = Map.of(
            "maxqda", "MAXQDA (gecodeerde segmenten)", "atlasti", "ATLAS.ti (citaten)",
            "qdpx", "REFI-QDA-project (.qdpx)", "table", "tabel");

    private InterviewMethods() {}

    public static List<String> paragraphs(InterviewReading in, EvidenceWaves waves) {
        if (in.files() == 0) return List.of();
        long read = in.read();
        long accepted = in.accepted();
        boolean freeText = in.freeText();
        List<String> formats = new ArrayList<>();
        in.formats().forEach((f, n) -> formats.add(FORMAT_NAMES.getOrDefault(f, f)));
        List<String> p = new ArrayList<>();
        p.add(String.format(Locale.ROOT,
                "Interviews. De gecodeerde interviewfragmenten zijn ingelezen uit %d export%s (%s). Van de %d ingelezen"
                        + " coderingen (een fragment met twee codes telt twee keer) zijn er %d gebruikt en %d afgewezen; de"
                        + " redenen staan op het tabblad Datakwaliteit. Respondenten zijn bij het inlezen gepseudonimiseerd"
                        + " (HMAC-SHA-256). Hiërarchische codes zijn als pad bewaard (bijvoorbeeld Behoeften\\Houvast).",
                in.files(), in.files() == 1 ? "bestand" : "bestanden", String.join(", ", formats),
                read, accepted, read - accepted));
        p.add("Codefrequenties. Per schooljaar, meting en rol is per code geteld in hoeveel fragmenten en door hoeveel"
                + " respondenten de code is genoemd, op elk niveau van de codeboom (een hoofdcode telt ook de fragmenten van"
                + " haar subcodes). Het aandeel is het aantal respondenten dat de code noemt gedeeld door het aantal"
                + " geïnterviewde respondenten in dezelfde meting en rol, waarbij als geïnterviewd telt wie ten minste één"
                + " gecodeerd fragment heeft. Een code die in een meting niemand noemt, telt daar als 0%. Samen voorkomen:"
                + " hoe vaak twee codes op hetzelfde fragment staan en hoeveel respondenten beide codes noemen."
                + (freeText ? " Per code en meting zijn ten hoogste drie voorbeeldfragmenten opgenomen, zoveel mogelijk van"
                        + " verschillende respondenten, vast gekozen (een herhaalde run kiest dezelfde)."
                        : " Letterlijke fragmenten zijn niet opgenomen (privacy: include_free_text staat uit)."));
        p.add("Als bewijs voor succesfactoren telt per code het aandeel respondenten dat de code noemt, per locatie en voor"
                + " alle locaties samen, over alle rollen. " + CoverageMethods.waves(waves));
        return p;
    }
}
