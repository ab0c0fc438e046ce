package nl.samenkracht.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/** Shared test helpers: headless AWT, and writing a chart where a person can look at it. */
final class ChartTestSupport {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** Previews land in target/ (not committed); the integrator copies them where needed. */
    static final Path PREVIEW_DIR = Paths.get("target", "chart-previews");

    private ChartTestSupport() {
    }

    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * Writes the chart as PNG at the default 2× scale, decodes it with ImageIO and checks the
     * decoded size is (2·width) × (2·height).
     */
    static BufferedImage writeAndDecode(JFreeChart chart, String name, int width, int height)
            throws IOException {
        Path file = PREVIEW_DIR.resolve(name + ".png");
        ChartPng.write(chart, file, width, height);
        assertTrue(Files.size(file) > 1000, "PNG suspiciously small");
        BufferedImage img = ImageIO.read(file.toFile());
        assertNotNull(img, "ImageIO could not decode " + file);
        assertEquals(width * ChartPng.SCALE, img.getWidth());
        assertEquals(height * ChartPng.SCALE, img.getHeight());
        return img;
    }
}
