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
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), task -> {
            Thread thread = new Thread(task, "takt-parallel");
            thread.setContextClassLoader(loader);
            thread.setDaemon(true);
            return thread;
        });
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
}
