package org.hemicycle;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** Work sent from as many threads as there are pieces of it, all released together: how the rules meet races. */
public final class AtOnce {

    private AtOnce() {
    }

    /** The requests' statuses, in the order given. */
    public static List<Integer> statuses(MockMvc mvc, List<? extends RequestBuilder> requests) throws Exception {
        return run(requests.stream().<Callable<Integer>>map(request -> () -> mvc.perform(request).andReturn().getResponse().getStatus())
                .toList());
    }

    /** Each piece's result, in the order given. */
    public static <T> List<T> run(List<Callable<T>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        CyclicBarrier start = new CyclicBarrier(work.size());
        try {
            List<Future<T>> started = new ArrayList<>();
            for (Callable<T> piece : work) {
                started.add(pool.submit(() -> {
                    start.await();
                    return piece.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> result : started) {
                results.add(result.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
