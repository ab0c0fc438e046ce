package nl.samenkracht.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.TexturePaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The one palette, font set and stroke set of every Samenkracht chart.
 *
 * <p>Colours come from two published colour-blind-safe sets so that a chart reads the same for
 * readers with a colour-vision deficiency and on a grey printout:
 * <ul>
 *   <li>categorical series (locations, waves, channels): Okabe &amp; Ito (2008), "Color Universal
 *       Design"; series also differ in marker shape, so lightness is not the only cue;</li>
 *   <li>Likert answers: the ColorBrewer PuOr (orange side) and RdBu (blue side) grades: an orange
 *       (disagree) arm and a blue (agree) arm of decreasing lightness towards the ends, and a
 *       neutral light grey in the middle. In grey the two arms are told apart by position (left
 *       of or right of zero), the grades by lightness.</li>
 * </ul>
 * The three coverage statuses and the "meets norm / below norm" bars share one meaning across
 * charts: dark teal = op orde, orange = aandacht, light grey = geen gegevens. Their grey values
 * (about 83, 162 and 224 on a 0–255 scale) stay far apart.
 */
public final class Palette {

    private Palette() {
    }

    /** Font family used everywhere; installed on the build machines (fonts-dejavu-core). */
    public static final String FONT_FAMILY = "DejaVu Sans";

    public static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 20);
    public static final Font SUBTITLE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 14);
    public static final Font AXIS_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 14);
    public static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);
    public static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);
    /** Legend of a half-page chart whose long labels stand below the plot. */
    public static final Font SMALL_LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 11);
    public static final Font ITEM_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);
    public static final Font ITEM_LABEL_BOLD_FONT = new Font(FONT_FAMILY, Font.BOLD, 12);

    public static final Color BACKGROUND = Color.WHITE;
    public static final Color TEXT = new Color(0x222222);
    public static final Color TEXT_MUTED = new Color(0x555555);
    public static final Color GRIDLINE = new Color(0xDDDDDD);
    public static final Color AXIS_LINE = new Color(0x888888);
    /** Reference lines: zero line, norms and targets. */
    public static final Color REFERENCE_LINE = new Color(0x333333);

    // Okabe-Ito colours.
    public static final Color OI_BLUE = new Color(0x0072B2);
    public static final Color OI_VERMILLION = new Color(0xD55E00);
    public static final Color OI_BLUISH_GREEN = new Color(0x009E73);
    public static final Color OI_ORANGE = new Color(0xE69F00);
    public static final Color OI_REDDISH_PURPLE = new Color(0xCC79A7);
    public static final Color OI_SKY_BLUE = new Color(0x56B4E9);
    public static final Color OI_YELLOW = new Color(0xF0E442);
    public static final Color OI_BLACK = new Color(0x000000);

    /** Categorical order: yellow last because it is faint on white. */
    private static final Color[] CATEGORICAL = {
        OI_BLUE, OI_VERMILLION, OI_BLUISH_GREEN, OI_ORANGE, OI_REDDISH_PURPLE, OI_SKY_BLUE,
        OI_BLACK, OI_YELLOW
    };

    // Status colours (coverage heatmap; bars that meet or miss a norm).
    public static final Color STATUS_OK = new Color(0x00796B);        // dark teal: "op orde"
    public static final Color STATUS_ATTENTION = OI_ORANGE;           // orange: "aandacht"
    public static final Color STATUS_NO_DATA = new Color(0xE3E3E3);   // light grey: "geen gegevens"
    /** Heat matrix of locations against the board total: blue above, orange below (colour-blind safe). */
    public static final Color HEAT_HIGH = new Color(0xCFE3F3);
    public static final Color HEAT_HIGH_STRONG = new Color(0x0072B2);
    public static final Color HEAT_LOW = new Color(0xFBE3C7);
    public static final Color HEAT_LOW_STRONG = new Color(0xD55E00);

    /** Two waves: a light and a dark blue, also distinct in grey (about 158 vs 87). */
    public static final Color WAVE_PRE = OI_SKY_BLUE;
    public static final Color WAVE_POST = OI_BLUE;

    /** Neutral Likert option: light grey, lighter than every coloured grade. */
    public static final Color LIKERT_NEUTRAL = new Color(0xD9D9D9);
    /**
     * Orange arm (disagree), darkest first: the three strongest orange grades of ColorBrewer's
     * 8-class PuOr (the palest grade is left out: it vanishes on white and in grey).
     */
    private static final Color[] LIKERT_LOW = {
        new Color(0xB35806), new Color(0xE08214), new Color(0xFDB863)
    };
    /** Blue arm (agree), darkest first: the three strongest blue grades of 8-class RdBu. */
    private static final Color[] LIKERT_HIGH = {
        new Color(0x2166AC), new Color(0x4393C3), new Color(0x92C5DE)
    };

    public static final Stroke LINE_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND,
            BasicStroke.JOIN_ROUND);
    public static final Stroke GRID_STROKE = new BasicStroke(1.0f);
    public static final Stroke REFERENCE_STROKE = new BasicStroke(1.5f);
    public static final Stroke DASHED_STROKE = new BasicStroke(2.0f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f);

    /** Categorical colour for the i-th series (cycles after eight). */
    public static Color series(int index) {
        return CATEGORICAL[Math.floorMod(index, CATEGORICAL.length)];
    }

    /** Marker shape for the i-th series, so series differ without colour too. */
    public static Shape seriesShape(int index) {
        double s = 9.0;
        double h = s / 2.0;
        return switch (Math.floorMod(index, 6)) {
            case 0 -> new Ellipse2D.Double(-h, -h, s, s);
            case 1 -> new Rectangle2D.Double(-h + 0.5, -h + 0.5, s - 1, s - 1);
            case 2 -> polygon(0, -h - 1, h + 1, h, -h - 1, h);           // triangle up
            case 3 -> polygon(0, -h - 1, h + 1, 0, 0, h + 1, -h - 1, 0); // diamond
            case 4 -> polygon(-h - 1, -h, h + 1, -h, 0, h + 1);          // triangle down
            default -> polygon(-h, -h / 2, -h / 2, -h, h / 2, -h, h, -h / 2,
                    h, h / 2, h / 2, h, -h / 2, h, -h, h / 2);           // octagon
        };
    }

    /** Colour of a wave when a chart compares waves; two waves get the light/dark blue pair. */
    public static Color wave(int index, int waveCount) {
        if (waveCount == 2) {
            return index == 0 ? WAVE_PRE : WAVE_POST;
        }
        return series(index);
    }

    /**
     * Colours for the options of a Likert scale, low to high. The options below the centre take
     * the orange arm (darkest at the extreme), those above take the blue arm, the neutral option
     * (if any) is light grey.
     *
     * @param optionCount  number of answer options (at least 2)
     * @param neutralIndex index of the neutral option, or null on an even scale
     */
    public static List<Color> likert(int optionCount, Integer neutralIndex) {
        if (optionCount < 2) {
            throw new IllegalArgumentException("a Likert scale needs at least 2 options");
        }
        int low;
        int high;
        if (neutralIndex != null) {
            low = neutralIndex;
            high = optionCount - neutralIndex - 1;
        } else {
            low = optionCount / 2;
            high = optionCount - low;
        }
        List<Color> colours = new ArrayList<>(optionCount);
        List<Color> lowArm = arm(LIKERT_LOW, low);
        colours.addAll(lowArm);                       // dark (extreme) .. light (near centre)
        if (neutralIndex != null) {
            colours.add(LIKERT_NEUTRAL);
        }
        List<Color> highArm = arm(LIKERT_HIGH, high);
        for (int i = highArm.size() - 1; i >= 0; i--) {
            colours.add(highArm.get(i));              // light (near centre) .. dark (extreme)
        }
        return colours;
    }

    /** n grades of one arm, darkest first; picks from the three ColorBrewer grades, else blends. */
    private static List<Color> arm(Color[] grades, int n) {
        List<Color> out = new ArrayList<>(n);
        if (n == 0) {
            return out;
        }
        if (n == 1) {
            out.add(grades[1]);
        } else if (n == 2) {
            out.add(grades[0]);
            out.add(grades[2]);
        } else if (n == 3) {
            out.addAll(List.of(grades));
        } else {
            for (int i = 0; i < n; i++) {
                double t = (double) i / (n - 1) * (grades.length - 1);
                int k = Math.min((int) Math.floor(t), grades.length - 2);
                out.add(blend(grades[k], grades[k + 1], t - k));
            }
        }
        return out;
    }

    /** Colour of a coverage status. */
    public static Color status(CoverageStatus status) {
        return switch (status) {
            case OP_ORDE -> STATUS_OK;
            case AANDACHT -> STATUS_ATTENTION;
            case GEEN_GEGEVENS -> STATUS_NO_DATA;
        };
    }

    /**
     * Paint of a coverage status as drawn: "geen gegevens" gets a light diagonal hatch on its grey
     * so that it cannot be mistaken for a pale colour.
     */
    public static Paint statusPaint(CoverageStatus status) {
        return status == CoverageStatus.GEEN_GEGEVENS ? NO_DATA_HATCH : status(status);
    }

    private static final Paint NO_DATA_HATCH = hatch(STATUS_NO_DATA, new Color(0xB5B5B5));

    /** Text colour that stays readable on the given fill (black or white by luminance). */
    public static Color textOn(Color fill) {
        return greyValue(fill) < 140 ? Color.WHITE : TEXT;
    }

    /** Grey value (0–255) a colour becomes when printed in grey (ITU-R BT.601 luma). */
    public static double greyValue(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }

    static Color blend(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    /** A lighter tint of a colour (t = 0 the colour, 1 white). */
    public static Color lighter(Color c, double t) {
        return blend(c, Color.WHITE, t);
    }

    private static Paint hatch(Color background, Color line) {
        int size = 12;
        BufferedImage tile = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tile.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(background);
        g.fillRect(0, 0, size, size);
        g.setColor(line);
        g.setStroke(new BasicStroke(1.5f));
        // Diagonals that join seamlessly across tiles.
        g.drawLine(-2, size + 2, size + 2, -2);
        g.drawLine(-2, 2, 2, -2);
        g.drawLine(size - 2, size + 2, size + 2, size - 2);
        g.dispose();
        return new TexturePaint(tile, new Rectangle(0, 0, size, size));
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }
}
