// parallel_for: runs fn(worker, item) for every item in [0, count) on `workers` threads that
// pull items in order from a shared counter. `worker` (0..workers-1) indexes per-thread state
// the caller owns (a git_repository handle, a Classifier), so no state is shared between
// threads. Results go into caller-owned slots indexed by item, which keeps output independent
// of the number of workers. Returns when every item is done.
#pragma once

#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace faultline::ingest {

template <typename Fn>
void parallel_for(size_t count, size_t workers, Fn&& fn) {
  if (count == 0) return;
  workers = std::max<size_t>(1, std::min(workers, count));
  if (workers == 1) {
    for (size_t item = 0; item < count; ++item) fn(size_t{0}, item);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::thread> threads;
  threads.reserve(workers);
  for (size_t worker = 0; worker < workers; ++worker) {
    threads.emplace_back([&, worker] {
      for (size_t item = next++; item < count; item = next++) fn(worker, item);
    });
  }
  for (auto& thread : threads) thread.join();
}

}  // namespace faultline::ingest
