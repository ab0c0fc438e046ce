package nl.samenkracht.report;

import nl.samenkracht.report.chart.ChartPng;
import nl.samenkracht.report.model.Figure;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The PNG bytes of a report's figures, each rendered once (the same bytes go to figures/ and into
 * the workbook) and in parallel: rendering and PNG encoding of a 2000 × 1200 image is the
 * report stage's main cost, runs on the driver only, and each chart draws into its own image.
 */
public final class FigureImages {
    private final Map<Figure, byte[]> png;

    private FigureImages(Map<Figure, byte[]> png) {
        this.png = png;
    }

    public static FigureImages render(List<Figure> figures) {
        Map<Figure, byte[]> out = new IdentityHashMap<>();
        if (figures.isEmpty()) return new FigureImages(out);
        int threads = Math.max(1, Math.min(figures.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "samenkracht-figures");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<Figure, Future<byte[]>> pending = new IdentityHashMap<>();
            for (Figure f : figures) pending.put(f, pool.submit(() -> ChartPng.toBytes(f.chart(), f.width(), f.height())));
            for (Figure f : figures) out.put(f, pending.get(f).get());
            return new FigureImages(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering figures", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException("cannot render a figure", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The PNG of a figure of this report (rendered on the spot if it was not among them). */
    public byte[] png(Figure f) {
        byte[] bytes = png.get(f);
        return bytes != null ? bytes : ChartPng.toBytes(f.chart(), f.width(), f.height());
    }
}
