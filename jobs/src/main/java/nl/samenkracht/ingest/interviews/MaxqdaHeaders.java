package nl.samenkracht.ingest.interviews;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * The header sets of MAXQDA's "Coded Segments" export in the interface languages it exports in.
 * This is data, not code: the reader and the detector only take unions of these lists, so a new
 * language is one more entry. EN and DE follow the MAXQDA manuals (see {@link SegmentLayout#MAXQDA});
 * the other languages follow MAXQDA's interface terms and were not checked against an export file
 * of that language, so a user may still name columns with {@code columns:} in study.yaml.
 *
 * @param language      ISO code of the interface language
 * @param documentName  the distinctive document column
 * @param documentGroup the document group column (optional in the file)
 * @param code          the code column
 * @param segment       the segment text column
 * @param administrative columns recognised but never read (Color, Beginning, End, …)
 */
public record MaxqdaHeaders(String language, String documentName, String documentGroup, String code, String segment,
                     List<String> administrative) {

    static final List<MaxqdaHeaders> LANGUAGES = List.of(
            new MaxqdaHeaders("en", "Document name", "Document group", "Code", "Segment",
                    List.of("Color", "Beginning", "End", "Weight score", "Comment", "Created by", "Created",
                            "Modified by", "Modified", "Area", "Coverage %")),
            new MaxqdaHeaders("de", "Dokumentname", "Dokumentgruppe", "Code", "Segment",
                    List.of("Farbe", "Anfang", "Ende", "Gewicht", "Kommentar", "Erstellt von", "Erstellt am",
                            "Geändert von", "Geändert am", "Fläche", "Abdeckungsgrad %")),
            new MaxqdaHeaders("nl", "Documentnaam", "Documentgroep", "Code", "Segment",
                    List.of("Kleur", "Begin", "Einde", "Gewicht", "Commentaar", "Gemaakt door", "Gewijzigd door")),
            new MaxqdaHeaders("pl", "Nazwa dokumentu", "Grupa dokumentów", "Kod", "Fragment",
                    List.of("Kolor", "Początek", "Koniec", "Waga", "Komentarz", "Utworzony przez", "Zmodyfikowany przez")),
            new MaxqdaHeaders("fr", "Nom du document", "Groupe de documents", "Code", "Segment",
                    List.of("Couleur", "Début", "Fin", "Poids", "Commentaire", "Créé par", "Modifié par")),
            new MaxqdaHeaders("es", "Nombre del documento", "Grupo de documentos", "Código", "Segmento",
                    List.of("Color", "Inicio", "Fin", "Peso", "Comentario", "Creado por", "Modificado por")),
            new MaxqdaHeaders("it", "Nome documento", "Gruppo di documenti", "Codice", "Segmento",
                    List.of("Colore", "Inizio", "Fine", "Peso", "Commento", "Creato da", "Modificato da")),
            new MaxqdaHeaders("pt", "Nome do documento", "Grupo de documentos", "Código", "Segmento",
                    List.of("Cor", "Início", "Fim", "Peso", "Comentário", "Criado por", "Modificado por")));

    /** One column's header in every language, English first, then generic extras. */
    static List<String> all(Function<MaxqdaHeaders, String> column, String... extras) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (MaxqdaHeaders h : LANGUAGES) out.add(column.apply(h));
        out.addAll(List.of(extras));
        return List.copyOf(out);
    }

    /** The document-group column in every interface language (for {@code init}, which proposes document_groups). */
    public static List<String> documentGroupHeaders() {
        return all(MaxqdaHeaders::documentGroup, "Documentgroep", "Document group");
    }

    static List<String> allAdministrative() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (MaxqdaHeaders h : LANGUAGES) out.addAll(h.administrative());
        return List.copyOf(new ArrayList<>(out));
    }

    /** The interface language in English ("Polish"), as the terminal and inputs.csv name it. */
    String languageName() {
        return java.util.Locale.forLanguageTag(language).getDisplayLanguage(java.util.Locale.ENGLISH);
    }

    /** The language whose distinctive document column the header holds, or null. */
    static MaxqdaHeaders languageOf(List<String> header) {
        for (MaxqdaHeaders h : LANGUAGES)
            if (Headers.has(header, h.documentName()) && Headers.has(header, h.code()) && Headers.has(header, h.segment()))
                return h;
        return null;
    }
}
