#include "web/connection_pool.h"

namespace faultline::web {

Result<std::unique_ptr<store::Database>> open_reader(const std::string& path) {
  auto db = store::Database::open(path, /*read_only=*/true);
  if (!db.ok()) return db.error();
  auto owned = std::make_unique<store::Database>(std::move(*db));
  // 256 MiB of memory map and 32 MiB of page cache per connection: reads of a large
  // findings index stay in memory across requests.
  Status tuned = owned->exec("PRAGMA mmap_size=268435456; PRAGMA cache_size=-32768");
  if (!tuned.ok()) return tuned.error().within("database " + path);
  return owned;
}

ConnectionPool::Lease::~Lease() {
  if (m_pool != nullptr && m_db) m_pool->give_back(std::move(m_db));
}

Result<ConnectionPool::Lease> ConnectionPool::acquire() {
  {
    std::lock_guard lock(m_mutex);
    if (!m_idle.empty()) {
      auto db = std::move(m_idle.back());
      m_idle.pop_back();
      return Lease(this, std::move(db));
    }
  }
  auto db = open_reader(m_path);
  if (!db.ok()) return db.error();
  return Lease(this, std::move(*db));
}

void ConnectionPool::give_back(std::unique_ptr<store::Database> db) {
  std::lock_guard lock(m_mutex);
  if (m_idle.size() < m_max_idle) m_idle.push_back(std::move(db));
}

}  // namespace faultline::web
