// ReadAhead hands batches over in order, never runs more than `window` batches ahead of the
// consumer, lets a waiting consumer read batches itself, and stops its workers when destroyed
// before every batch was taken.
#include "ingest/read_ahead.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>

namespace faultline::ingest {
namespace {

TEST(ReadAhead, BatchesComeInOrderWhicheverWorkerReadThem) {
  constexpr size_t k_count = 200;
  std::mutex mutex;
  std::set<size_t> workers_seen;
  ReadAhead<size_t> ahead(k_count, 3, 5, [&](size_t worker, size_t index) {
    {
      std::lock_guard lock(mutex);
      workers_seen.insert(worker);
    }
    if (index % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));  // out of order
    return index * 10;
  });
  for (size_t i = 0; i < k_count; ++i) EXPECT_EQ(ahead.take(3), i * 10) << "batch " << i;
  std::lock_guard lock(mutex);
  for (size_t worker : workers_seen) EXPECT_LE(worker, 3U);
}

TEST(ReadAhead, NoBatchStartsMoreThanWindowAheadOfTheConsumer) {
  constexpr size_t k_count = 60;
  constexpr size_t k_window = 4;
  std::atomic<size_t> taken{0};
  std::atomic<size_t> worst{0};
  ReadAhead<size_t> ahead(k_count, 2, k_window, [&](size_t, size_t index) {
    size_t lead = index - std::min(index, taken.load());
    size_t seen = worst.load();
    while (lead > seen && !worst.compare_exchange_weak(seen, lead)) {
    }
    return index;
  });
  for (size_t i = 0; i < k_count; ++i) {
    std::this_thread::sleep_for(std::chrono::microseconds(300));  // a slow consumer
    EXPECT_EQ(ahead.take(), i);
    taken = i + 1;
  }
  // `taken` trails take()'s own count by the call itself: a batch may start `window` ahead of it.
  EXPECT_LE(worst.load(), k_window);
  EXPECT_GT(worst.load(), 0U) << "the workers never ran ahead at all";
}

TEST(ReadAhead, AWaitingConsumerReadsBatchesItself) {
  constexpr size_t k_count = 40;
  std::atomic<size_t> by_consumer{0};
  std::thread::id consumer = std::this_thread::get_id();
  ReadAhead<size_t> ahead(k_count, 1, 8, [&](size_t worker, size_t index) {
    if (worker == 1) {
      EXPECT_EQ(std::this_thread::get_id(), consumer);
      ++by_consumer;
    } else {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));  // a slow worker
    }
    return index;
  });
  for (size_t i = 0; i < k_count; ++i) EXPECT_EQ(ahead.take(1), i);
  EXPECT_GT(by_consumer.load(), k_count / 2) << "the consumer waited instead of reading";
}

TEST(ReadAhead, DestroyedEarlyItStopsItsWorkers) {
  std::atomic<size_t> started{0};
  {
    ReadAhead<size_t> ahead(1000, 2, 4, [&](size_t, size_t index) {
      ++started;
      std::this_thread::sleep_for(std::chrono::microseconds(100));
      return index;
    });
    EXPECT_EQ(ahead.take(), 0U);
  }
  EXPECT_LE(started.load(), 1U + 4U + 2U);  // the taken one, the window, one in flight per worker
}

}  // namespace
}  // namespace faultline::ingest
