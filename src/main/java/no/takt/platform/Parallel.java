package no.takt.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Work spread over threads of its own, its answers in the order of the items. */
public final class Parallel {

    private Parallel() {
    }

    /**
     * Applies the function to each item on at most so many threads, which see the application's
     * classes as the caller does (the common fork-join pool's do not, in a packaged application);
     * the first failure is thrown. One item, or one thread: on the caller's thread.
     */
    public static <T, R> List<R> map(List<T> items, int threads, Function<T, R> work) {
        if (items.size() <= 1 || threads <= 1) {
            return items.stream().map(work).toList();
        }
        ExecutorService pool = pool(Math.min(threads, items.size()));
        try {
            List<Future<R>> futures = items.stream().map(item -> pool.submit(() -> work.apply(item))).toList();
            List<R> done = new ArrayList<>(futures.size());
            for (Future<R> future : futures) {
                done.add(future.get());
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs so many copies of the worker at once (each, say, takes work from the database until none is
     * left) and waits for all of them; then throws the first failure — an {@code Error} as it is, so a
     * JVM in trouble is not taken for a bad record.
     */
    public static void workers(int count, Runnable worker) {
        ExecutorService pool = pool(count);
        Throwable failure = null;
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                running.add(pool.submit(worker));
            }
            for (Future<?> one : running) {
                try {
                    one.get();
                } catch (ExecutionException e) {
                    failure = failure == null ? e.getCause() : failure;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
        if (failure instanceof Error error) {
            throw error;
        } else if (failure != null) {
            throw failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
        }
    }

    /** Threads that see the application's classes as the caller does. */
    private static ExecutorService pool(int threads) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "takt-parallel");
            thread.setContextClassLoader(loader);
            thread.setDaemon(true);
            return thread;
        });
    }
}
