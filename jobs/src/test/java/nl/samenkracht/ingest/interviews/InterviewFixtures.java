package nl.samenkracht.ingest.interviews;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the binary fixtures (xlsx, qdpx) from content spelled out here or in
 * {@code src/test/resources/interviews/}, so every expected value in the tests can be checked
 * against readable text. Content follows seed 003 (onboarding of new colleagues at a VSO cluster-4
 * school with four locations; "Behoeften"/"Ervaringen" from its appendix 3).
 */
final class InterviewFixtures {
    private InterviewFixtures() {}

    static Path resource(String name) {
        try {
            return Path.of(InterviewFixtures.class.getResource("/interviews/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource interviews/" + name, e);
        }
    }

    /** MAXQDA header (English UI); rows are written under it starting at sheet row 2. */
    static final List<String> MAXQDA_HEADER = List.of("Color", "Document group", "Document name", "Code",
            "Beginning", "End", "Weight score", "Segment", "Comment", "Created by", "Created", "Area", "Coverage %");

    /**
     * MAXQDA "Coded Segments" export. Row numbers as Excel shows them:
     * 2-5 valid; 6 no code; 7 image segment without text; 8 no document name; 9 blank; 10 valid, group
     * "Voormeting Onderbouw vmbo" (a location the mapping in the tests does not know).
     */
    static Path maxqdaXlsx(Path dir) throws IOException {
        Object[][] rows = {
            {"", "Voormeting Bovenbouw vmbo", "Interview Sanne", "Ervaringen\\In het diepe gegooid", 3, 3, 0,
                "Het voelde alsof ik in het diepe gegooid werd.", "", "MdV", "12-03-2020 10:15", "", 4.21},
            {"", "Voormeting Bovenbouw vmbo", "Interview Sanne", "Behoeften\\Houvast", 5, 5, 0,
                "Ik had behoefte aan houvast, iets waar ik op terug kon vallen.", "", "MdV", "12-03-2020 10:16", "", 5.02},
            {"", "Voormeting Bovenbouw vmbo", "Interview Sanne", "Behoeften\\Weten wie te vragen", 7, 8, 0,
                "Ik wist niet aan wie ik welke vragen moest stellen.\nIedereen had het al zo druk.", "", "MdV",
                "12-03-2020 10:18", "", 7.5},
            {"", "Nameting Onderbouw havo", "Interview Ahmed", "Behoeften > Meedraaien", 2, 2, 0,
                "Met meerdere collega's meedraaien, dan zie je hoe het moet.", "", "MdV", "04-06-2021 14:02", "", 6.1},
            {"", "Nameting Onderbouw havo", "Interview Ahmed", "", 4, 4, 0,
                "Mijn buddy is er altijd.", "", "MdV", "04-06-2021 14:05", "", 2.4},
            {"", "Nameting Onderbouw havo", "Interview Petra", "Behoeften\\Voorbeeld", 1, 1, 0,
                "", "", "MdV", "04-06-2021 15:00", "120x80", 0},
            {"", "Nameting Onderbouw havo", "", "Behoeften\\Orde", 3, 3, 0,
                "Orde in de chaos.", "", "MdV", "04-06-2021 15:10", "", 1.9},
            null,
            {"", "Voormeting Onderbouw vmbo", "Interview Youssef", "Behoeften\\Structuur", 6, 6, 0,
                "Structuur, dat mis ik.", "", "MdV", "13-03-2020 09:00", "", 3.3},
        };
        return writeXlsx(dir.resolve("MAXQDA 2020 Coded Segments.xlsx"), "Coded Segments", MAXQDA_HEADER, rows);
    }

    static final List<String> ATLAS_HEADER = List.of("ID", "Quotation Name", "Document", "Document Groups", "Codes",
            "Quotation Content", "Comment", "Reference", "Created by", "Created");

    /**
     * ATLAS.ti quotation export. Rows: 2 two codes; 3 one code ({@code ::}); 4 no codes; 5 one code,
     * document "D2: Interview Ahmed"; 6 blank content; 7 groups "Voormeting" and "Nameting" (conflict).
     */
    static Path atlasXlsx(Path dir) throws IOException {
        Object[][] rows = {
            {"1:1", "Houvast en structuur", "Interview Sanne", "Voormeting\nBovenbouw vmbo",
                "Behoeften: Houvast\nBehoeften: Structuur", "Houvast en structuur, dat had ik nodig.", "", "2 – 2", "MdV", "12-03-2020"},
            {"1:2", "Diepe", "Interview Sanne", "Voormeting\nBovenbouw vmbo",
                "Ervaringen::In het diepe gegooid", "Je wordt echt in het diepe gegooid.", "", "4 – 4", "MdV", "12-03-2020"},
            {"2:1", "", "D2: Interview Ahmed", "Nameting\nOnderbouw havo",
                "", "Er komt veel op je af.", "nog coderen", "1 – 1", "MdV", "04-06-2021"},
            {"2:2", "", "D2: Interview Ahmed", "Nameting\nOnderbouw havo",
                "Behoeften::Weten wie te vragen", "Nu weet ik bij wie ik terecht kan.", "", "3 – 3", "MdV", "04-06-2021"},
            {"2:3", "", "D2: Interview Ahmed", "Nameting\nOnderbouw havo",
                "Behoeften: Orde", "   ", "", "5 – 5", "MdV", "04-06-2021"},
            {"3:1", "", "Interview Petra", "Voormeting\nNameting",
                "\u2022 Behoeften: Voorbeeld", "Een voorbeeld volgen.", "", "2 – 2", "MdV", "04-06-2021"},
        };
        return writeXlsx(dir.resolve("Quotations.xlsx"), "Quotations", ATLAS_HEADER, rows);
    }

    static Path writeXlsx(Path target, String sheetName, List<String> header, Object[][] rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(target)) {
            Sheet sheet = wb.createSheet(sheetName);
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                h.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue; // a blank row, as Excel leaves when a user deletes a line's contents
                }
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            wb.write(os);
        }
        return target;
    }

    /** Zips {@code interviews/qdpx/} (project.qde + sources/*.txt) into a .qdpx. */
    static Path qdpx(Path target) throws IOException {
        Path src = resource("qdpx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target));
             Stream<Path> files = Files.walk(src)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(src.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, zip);
                zip.closeEntry();
            }
        }
        return target;
    }

    /** A .qdpx with the given entries (name -> content). */
    static Path zip(Path target, String... nameThenContent) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            for (int i = 0; i < nameThenContent.length; i += 2) {
                zip.putNextEntry(new ZipEntry(nameThenContent[i]));
                zip.write(nameThenContent[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return target;
    }
}
