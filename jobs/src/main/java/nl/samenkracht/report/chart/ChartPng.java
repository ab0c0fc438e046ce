package nl.samenkracht.report.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.UUID;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.JFreeChart;

/**
 * Writes charts as PNG for {@code figures/} and for embedding in workbooks.
 *
 * <p>{@code width × height} is the chart's layout size in points (the size at which fonts and
 * line widths are designed, e.g. 1000 × 600). The image is rendered at {@link #SCALE} times that
 * size and carries a matching resolution ({@code 96 × SCALE} dpi, PNG pHYs chunk), so that it is
 * sharp when zoomed or printed and still takes {@code width × height} pixels of space in Excel
 * (POI's {@code Picture.resize()} and Office read the dpi). Pass {@code scale = 1} for an image
 * of exactly {@code width × height} pixels.
 */
public final class ChartPng {

    static {
        // ImageIO otherwise buffers every PNG it encodes in a temporary file: slow, and pointless
        // for images of a few hundred kB that end up in memory anyway.
        ImageIO.setUseCache(false);
    }

    /** Default oversampling: 2× (a 1000 × 600 chart becomes a 2000 × 1200 PNG at 192 dpi). */
    public static final int SCALE = 2;

    /** Screen resolution that one layout point corresponds to. */
    public static final int BASE_DPI = 96;

    private ChartPng() {
    }

    /** Writes the chart at {@link #SCALE}× to {@code file} (parent folders created; atomic replace). */
    public static void write(JFreeChart chart, Path file, int width, int height) {
        write(chart, file, width, height, SCALE);
    }

    /** Writes the chart at the given scale (image = width·scale × height·scale pixels). */
    public static void write(JFreeChart chart, Path file, int width, int height, int scale) {
        writeBytes(toBytes(chart, width, height, scale), file);
    }

    /** Writes PNG bytes made by {@link #toBytes} to {@code file} (parent folders created; atomic replace). */
    public static void writeBytes(byte[] png, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // Write next to the target and move, so a reader never sees half a PNG. Not
            // Files.createTempFile: its owner-only permissions would carry over to the figure.
            Path tmp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID()
                    + ".tmp");
            try {
                Files.write(tmp, png, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + file, e);
        }
    }

    /** The chart as PNG bytes at {@link #SCALE}× (for POI's {@code addPicture}). */
    public static byte[] toBytes(JFreeChart chart, int width, int height) {
        return toBytes(chart, width, height, SCALE);
    }

    /** The chart as PNG bytes at the given scale. */
    public static byte[] toBytes(JFreeChart chart, int width, int height, int scale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            writePng(render(chart, width, height, scale), BASE_DPI * scale, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode chart as PNG", e);
        }
        return out.toByteArray();
    }

    /** Renders the chart, laid out at width × height, into an opaque image scale times as large. */
    public static BufferedImage render(JFreeChart chart, int width, int height, int scale) {
        if (width <= 0 || height <= 0 || scale <= 0) {
            throw new IllegalArgumentException("width, height and scale must be positive");
        }
        BufferedImage image = new BufferedImage(width * scale, height * scale,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                    RenderingHints.VALUE_ANTIALIAS_ON);
            // Greyscale text anti-aliasing: sub-pixel (LCD) hints would leave colour fringes in a
            // bitmap that is later scaled by Excel.
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                    RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
                    RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL,
                    RenderingHints.VALUE_STROKE_PURE);
            g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g2.setColor(Palette.BACKGROUND);
            g2.fillRect(0, 0, image.getWidth(), image.getHeight());
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return image;
    }

    private static void writePng(BufferedImage image, int dpi, OutputStream out)
            throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer available");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), param);
            setDpi(meta, dpi);
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    /**
     * Sets the resolution as a PNG pHYs chunk, in the PNG-native metadata format. (Going through
     * the standard tree's "HorizontalPixelSize" gave 132 px/m instead of 7559 px/m for 192 dpi
     * with the JDK 17 PNG writer.)
     */
    private static void setDpi(IIOMetadata meta, int dpi) throws IIOInvalidTreeException {
        String perMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        meta.mergeTree("javax_imageio_png_1.0", root);
    }
}
