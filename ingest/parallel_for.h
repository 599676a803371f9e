// parallel_for: runs fn(worker, item) for every item in [0, count) on `workers` threads that
// pull items in order from a shared counter. `worker` (0..workers-1) indexes per-thread state
// the caller owns (a git_repository handle, a Classifier), so no state is shared between
// threads. Results go into caller-owned slots indexed by item, which keeps output independent
// of the number of workers. Returns when every item is done. With `grain` > 1 a worker takes
// that many consecutive items at a time (neighbouring commits share trees and blobs, which
// then stay in the worker's own object cache).
#pragma once

#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace faultline::ingest {

template <typename Fn>
void parallel_for(size_t count, size_t workers, Fn&& fn, size_t grain = 1) {
  if (count == 0) return;
  grain = std::max<size_t>(1, grain);
  workers = std::max<size_t>(1, std::min(workers, (count + grain - 1) / grain));
  if (workers == 1) {
    for (size_t item = 0; item < count; ++item) fn(size_t{0}, item);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::thread> threads;
  threads.reserve(workers);
  for (size_t worker = 0; worker < workers; ++worker) {
    threads.emplace_back([&, worker] {
      for (size_t first = next.fetch_add(grain); first < count; first = next.fetch_add(grain))
        for (size_t item = first; item < std::min(count, first + grain); ++item) fn(worker, item);
    });
  }
  for (auto& thread : threads) thread.join();
}

}  // namespace faultline::ingest
