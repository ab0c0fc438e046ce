package nl.samenkracht.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

class ChartPngTest {

    @BeforeAll
    static void headless() {
        ChartTestSupport.headless();
    }

    private static JFreeChart chart() {
        return ReliabilityChart.create(new ReliabilityData("Test",
                List.of(new ReliabilityRow("Schaal", 0.8))));
    }

    @Test
    void bytesDecodeAtTwiceTheLayoutSizeWith192Dpi() throws Exception {
        byte[] png = ChartPng.toBytes(chart(), 500, 300);
        // PNG signature: 89 50 4E 47.
        assertEquals(0x89, png[0] & 0xFF);
        assertEquals('P', png[1]);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            BufferedImage img = reader.read(0);
            assertEquals(1000, img.getWidth());
            assertEquals(600, img.getHeight());
            // pHYs in pixels per metre: 192 dpi = 192 / 0.0254 = 7559.06 → 7559.
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_png_1.0");
            Node phys = root.getElementsByTagName("pHYs").item(0);
            assertNotNull(phys, "no pHYs chunk");
            assertEquals("7559", phys.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue());
            assertEquals("meter", phys.getAttributes().getNamedItem("unitSpecifier").getNodeValue());
            reader.dispose();
            // White background, not JFreeChart's grey: the top-left corner is padding.
            assertEquals(Color.WHITE.getRGB(), img.getRGB(2, 2));
        }
    }

    @Test
    void scaleOneGivesExactlyTheRequestedPixels(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/dir/chart.png");
        ChartPng.write(chart(), file, 640, 480, 1);
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(640, img.getWidth());
        assertEquals(480, img.getHeight());
        // Only the PNG is left behind (the temporary file was moved into place).
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
        // Same permissions as any file written the ordinary way (not a temp file's 0600).
        Path plain = dir.resolve("plain.bin");
        Files.write(plain, new byte[] {1});
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
        }
    }

    @Test
    void defaultWriteIsTwiceAsLarge(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.png");
        ChartPng.write(chart(), file, 1000, 600);
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(2000, img.getWidth());
        assertEquals(1200, img.getHeight());
        assertTrue(Files.size(file) > 10_000);
    }
}
