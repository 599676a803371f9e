// ConnectionPool: read-only SQLite connections shared by the HTTP worker threads.
//
// A request leases a connection for its duration; the lease gives it back when destroyed.
// Connections are opened on demand (read_only=true: never migrated, never written) and kept
// for reuse up to `max_idle`, so a steady load opens each connection once.
//
// Thread-safety: acquire() and lease destruction are safe from any thread; a leased Database
// belongs to the leasing thread until the lease ends.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/database.h"

namespace faultline::web {

class ConnectionPool {
 public:
  class Lease {
   public:
    Lease(ConnectionPool* pool, std::unique_ptr<store::Database> db) : m_pool(pool), m_db(std::move(db)) {}
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    ~Lease();
    store::Database& operator*() { return *m_db; }
    store::Database* operator->() { return m_db.get(); }

   private:
    ConnectionPool* m_pool;
    std::unique_ptr<store::Database> m_db;
  };

  ConnectionPool(std::string db_path, size_t max_idle) : m_path(std::move(db_path)), m_max_idle(max_idle) {}

  // A connection for this request: an idle one, else a newly opened one.
  Result<Lease> acquire();
  const std::string& path() const { return m_path; }

 private:
  void give_back(std::unique_ptr<store::Database> db);

  std::string m_path;
  size_t m_max_idle;
  std::mutex m_mutex;
  std::vector<std::unique_ptr<store::Database>> m_idle;  // guarded by m_mutex
};

// Opens `path` read-only and tunes the connection for reads (memory map, page cache).
Result<std::unique_ptr<store::Database>> open_reader(const std::string& path);

}  // namespace faultline::web
