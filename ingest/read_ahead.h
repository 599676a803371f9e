// ReadAhead: produces batches 0..count-1 on worker threads ahead of the one consumer that
// takes them in order, at most `window` batches ahead of it (bounded memory). The scanner's
// readers read and diff commits this way while its writer stores the batches before them:
// no reader waits for the writer unless it is `window` batches ahead, and the writer waits
// only for the batch it needs next.
//
// Thread-safety: take() from one thread; `read(worker, index)` runs on the workers, each
// worker index (0..workers-1) on one thread only, so per-worker state needs no lock; a
// helping consumer reads as worker `workers`.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace faultline::ingest {

template <typename Batch>
class ReadAhead {
 public:
  ReadAhead(size_t count, size_t workers, size_t window, std::function<Batch(size_t, size_t)> read)
      : m_count(count), m_slots(std::max<size_t>(1, window)), m_read(std::move(read)) {
    workers = std::max<size_t>(1, std::min(workers, count));
    for (size_t worker = 0; worker < workers && count > 0; ++worker)
      m_threads.emplace_back([this, worker] { run(worker); });
  }
  ReadAhead(const ReadAhead&) = delete;
  ReadAhead& operator=(const ReadAhead&) = delete;

  // Workers finish the batch they are on and start no other.
  ~ReadAhead() {
    {
      std::lock_guard lock(m_mutex);
      m_stopping = true;
    }
    m_changed.notify_all();
    for (std::thread& thread : m_threads) thread.join();
  }

  // The next batch in order. While it is not ready the caller, rather than wait idle, reads
  // a batch no worker has started (within the window) itself, as worker `helper` (which must
  // then be a worker index no thread of this ReadAhead uses: `workers`).
  // REQUIRES: fewer than `count` taken.
  Batch take(std::optional<size_t> helper = std::nullopt) {
    std::unique_lock lock(m_mutex);
    std::optional<Batch>& slot = m_slots[m_taken % m_slots.size()];
    auto can_help = [&] { return helper && m_started < m_count && m_started < m_taken + m_slots.size(); };
    while (!slot.has_value()) {
      if (can_help()) {
        size_t index = m_started++;
        lock.unlock();
        Batch batch = m_read(*helper, index);
        lock.lock();
        m_slots[index % m_slots.size()] = std::move(batch);
        continue;
      }
      m_changed.wait(lock, [&] { return slot.has_value() || can_help(); });
    }
    Batch batch = std::move(*slot);
    slot.reset();
    ++m_taken;
    lock.unlock();
    m_changed.notify_all();
    return batch;
  }

 private:
  void run(size_t worker) {
    std::unique_lock lock(m_mutex);
    for (;;) {
      m_changed.wait(
          lock, [&] { return m_stopping || m_started == m_count || m_started < m_taken + m_slots.size(); });
      if (m_stopping || m_started == m_count) return;
      size_t index = m_started++;
      lock.unlock();
      Batch batch = m_read(worker, index);
      lock.lock();
      m_slots[index % m_slots.size()] = std::move(batch);
      m_changed.notify_all();
    }
  }

  size_t m_count;
  std::vector<std::optional<Batch>> m_slots;  // batch i in slot i % window
  std::function<Batch(size_t, size_t)> m_read;
  std::mutex m_mutex;
  std::condition_variable m_changed;
  size_t m_started = 0;  // batches handed to workers
  size_t m_taken = 0;    // batches taken by the consumer
  bool m_stopping = false;
  std::vector<std::thread> m_threads;
};

}  // namespace faultline::ingest
