package org.ektefaa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TurnsTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void onlyAFewAreServedAtOnceAndTheOthersInTheOrderTheyCame() throws Exception {
        Turns turns = new Turns(2, Duration.ofMinutes(1), 100);
        List<CountDownLatch> done = new java.util.ArrayList<>();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> served = new CopyOnWriteArrayList<>();
        List<Future<?>> all = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int caller = i;
            CountDownLatch finished = new CountDownLatch(1);
            done.add(finished);
            all.add(callers.submit(() -> {
                try (Turns.Turn turn = turns.take()) {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    served.add(caller);
                    await(finished);
                    inside.decrementAndGet();
                }
            }));
            // the next caller comes only once this one is served or queued: the order they came is then known
            waitUntil(() -> served.size() + turns.queued() == caller + 1);
        }
        assertThat(served).containsExactly(0, 1);
        assertThat(turns.waiting()).isEqualTo(4);
        // one turn freed at a time: it goes to whoever came first of those waiting
        for (int k = 0; k < 4; k++) {
            done.get(k).countDown();
            int next = k + 2;
            waitUntil(() -> served.size() == next + 1);
            assertThat(served.get(next)).as("the turn freed by caller " + k).isEqualTo(next);
        }
        done.forEach(CountDownLatch::countDown);
        for (Future<?> f : all) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertThat(most.get()).isEqualTo(2);
        assertThat(turns.withoutTurn()).isZero();
    }

    @Test
    void whoWaitedTheLongestAllowedIsServedWithoutATurnNotRefused() throws Exception {
        Turns turns = new Turns(1, Duration.ofMillis(200), 100);
        CountDownLatch finish = new CountDownLatch(1);
        Future<?> first = holdTheOnlyTurn(turns, finish);
        long before = System.nanoTime();
        try (Turns.Turn turn = turns.take()) {
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
            assertThat(turns.withoutTurn()).isEqualTo(1);
        }
        finish.countDown();
        first.get(10, TimeUnit.SECONDS);
        try (Turns.Turn turn = turns.take()) {
            assertThat(turns.withoutTurn()).as("the turn is free again").isEqualTo(1);
        }
    }

    @Test
    void whoFindsTooManyWaitingGoesAheadAtOnce() throws Exception {
        Turns turns = new Turns(1, Duration.ofMinutes(1), 1);
        CountDownLatch finish = new CountDownLatch(1);
        Future<?> first = holdTheOnlyTurn(turns, finish);
        Future<?> second = callers.submit(() -> {
            try (Turns.Turn turn = turns.take()) {
                return turns.withoutTurn();
            }
        });
        waitUntil(() -> turns.waiting() == 1);
        try (Turns.Turn third = turns.take()) {
            assertThat(turns.withoutTurn()).as("the third did not wait").isEqualTo(1);
        }
        assertThat(second.isDone()).as("the one who waited still waits for its turn").isFalse();
        finish.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(1L);
    }

    private Future<?> holdTheOnlyTurn(Turns turns, CountDownLatch finish) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        Future<?> first = callers.submit(() -> {
            try (Turns.Turn turn = turns.take()) {
                holding.countDown();
                await(finish);
            }
        });
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        return first;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not reached in 10 s");
            }
            Thread.sleep(5);
        }
    }
}
