package nl.samenkracht.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Independent pipeline stages run at once (the ingests; the report writers). Spark accepts jobs
 * from several threads; on 2 cores the gain is that one stage's driver-side work (query planning,
 * code generation, POI, PNG encoding) overlaps another's tasks. A failure is rethrown as it was
 * thrown (a {@code ConfigException} or {@code InputException} keeps its one-line message); after
 * a failure the other tasks are cancelled and awaited, so nothing still writes into the work
 * folder while the run cleans up.
 */
final class Concurrent implements AutoCloseable {
    /** Work that may throw what the pipeline's stages throw. */
    interface Work<T> {
        T call() throws IOException;
    }

    /** A submitted stage. */
    static final class Task<T> {
        private final CompletableFuture<T> future;

        private Task(CompletableFuture<T> future) {
            this.future = future;
        }
    }

    private final ExecutorService pool;
    private final List<Task<?>> tasks = new ArrayList<>();

    Concurrent(String name) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    <T> Task<T> submit(Work<T> work) {
        Task<T> t = new Task<>(CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, pool));
        tasks.add(t);
        return t;
    }

    /** The task's result; on failure the other tasks are cancelled and awaited, then the failure is rethrown. */
    <T> T join(Task<T> task) throws IOException {
        try {
            return task.future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelAll();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            cancelAll();
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) throw u.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    /** Interrupts whatever still runs and waits (bounded) until it has stopped. */
    void stop() {
        cancelAll();
    }

    private void cancelAll() {
        // Interrupts the other stages' threads and waits (bounded) until they have stopped; their
        // own failures are not reported: the first failure is the one the user sees.
        pool.shutdownNow();
        try {
            pool.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
