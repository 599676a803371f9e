#include "store/database.h"

#include "store/schema.h"

namespace faultline::store {
namespace {

Error sqlite_error(sqlite3* db, std::string_view what) {
  return Error(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

}  // namespace

Statement& Statement::bind(int index, int64_t value) {
  sqlite3_bind_int64(m_handle.get(), index, value);
  return *this;
}
Statement& Statement::bind(int index, double value) {
  sqlite3_bind_double(m_handle.get(), index, value);
  return *this;
}
Statement& Statement::bind(int index, std::string_view text) {
  sqlite3_bind_text(m_handle.get(), index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::bind_null(int index) {
  sqlite3_bind_null(m_handle.get(), index);
  return *this;
}

Result<bool> Statement::step() {
  int rc = sqlite3_step(m_handle.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return sqlite_error(m_db, std::string("sqlite step of \"") + sqlite3_sql(m_handle.get()) + "\"");
}

Status Statement::run() {
  auto stepped = step();
  reset();
  if (!stepped.ok()) return stepped.error();
  return {};
}

Result<std::vector<std::string>> Statement::texts(int column) {
  std::vector<std::string> out;
  for (;;) {
    auto row = step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    out.push_back(text(column));
  }
  return out;
}

void Statement::reset() { sqlite3_reset(m_handle.get()); }

bool Statement::is_null(int column) const {
  return sqlite3_column_type(m_handle.get(), column) == SQLITE_NULL;
}
int64_t Statement::int64(int column) const { return sqlite3_column_int64(m_handle.get(), column); }
double Statement::real(int column) const { return sqlite3_column_double(m_handle.get(), column); }
std::string Statement::text(int column) const {
  const auto* data = reinterpret_cast<const char*>(sqlite3_column_blob(m_handle.get(), column));
  int size = sqlite3_column_bytes(m_handle.get(), column);
  return data ? std::string(data, static_cast<size_t>(size)) : std::string();
}
std::optional<std::string> Statement::optional_text(int column) const {
  if (is_null(column)) return std::nullopt;
  return text(column);
}
std::optional<int64_t> Statement::optional_int64(int column) const {
  if (is_null(column)) return std::nullopt;
  return int64(column);
}
std::optional<double> Statement::optional_real(int column) const {
  if (is_null(column)) return std::nullopt;
  return real(column);
}

Result<Database> Database::open(const std::string& path, bool read_only) {
  // Before SQLite's first use in the process: no allocation statistics, so no global mutex
  // taken on every allocation (a connection belongs to one thread; NOMUTEX below). A later
  // call is refused by SQLite (SQLITE_MISUSE) and changes nothing.
  static const int k_configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)k_configured;
  SqliteHandle handle;
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  flags |= SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), handle.out(), flags, nullptr);
  if (rc != SQLITE_OK) return sqlite_error(handle.get(), "cannot open database " + path);
  sqlite3_extended_result_codes(handle.get(), 1);
  sqlite3_busy_timeout(handle.get(), 30000);
  Database db(path, std::move(handle));
  if (read_only) {
    auto version = db.query_int("PRAGMA user_version");
    if (!version.ok()) return version.error().within("database " + path);
    if (*version < schema_version())
      return Error("database " + path + " is at schema version " + std::to_string(*version) +
                   ", this faultline needs " + std::to_string(schema_version()) +
                   ": run a scan or import on it first");
    FL_TRY(db.exec("PRAGMA foreign_keys=ON; PRAGMA query_only=ON"));
    return db;
  }
  Status pragmas = db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON");
  if (!pragmas.ok()) return pragmas.error().within("database " + path);
  Status migrated = db.migrate();
  if (!migrated.ok()) return migrated.error().within("database " + path);
  return db;
}

Status Database::exec(std::string_view sql) {
  std::string owned(sql);
  char* message = nullptr;
  int rc = sqlite3_exec(m_handle.get(), owned.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    std::string text = message ? message : sqlite3_errmsg(m_handle.get());
    sqlite3_free(message);
    return Error("sqlite: " + text);
  }
  return {};
}

Result<Statement> Database::prepare(std::string_view sql) {
  SqliteStatementHandle handle;
  int rc =
      sqlite3_prepare_v2(m_handle.get(), sql.data(), static_cast<int>(sql.size()), handle.out(), nullptr);
  if (rc != SQLITE_OK) return sqlite_error(m_handle.get(), "sqlite prepare of \"" + std::string(sql) + "\"");
  return Statement(m_handle.get(), std::move(handle));
}

Result<int64_t> Database::query_int(std::string_view sql) {
  auto statement = prepare(sql);
  if (!statement.ok()) return statement.error();
  auto row = statement->step();
  if (!row.ok()) return row.error();
  return *row ? statement->int64(0) : int64_t{0};
}

int64_t Database::last_insert_rowid() const { return sqlite3_last_insert_rowid(m_handle.get()); }
int Database::changes() const { return sqlite3_changes(m_handle.get()); }

int Database::schema_version() { return static_cast<int>(migrations().size()); }

Status Database::migrate() {
  auto version = query_int("PRAGMA user_version");
  if (!version.ok()) return version.error();
  const auto& steps = migrations();
  if (*version > static_cast<int64_t>(steps.size()))
    return Error("schema version " + std::to_string(*version) + " is newer than this faultline (" +
                 std::to_string(steps.size()) + ")");
  if (*version == static_cast<int64_t>(steps.size())) return {};
  auto transaction = Transaction::begin(*this);
  if (!transaction.ok()) return transaction.error();
  for (size_t i = static_cast<size_t>(*version); i < steps.size(); ++i) {
    Status applied = exec(steps[i]);
    if (!applied.ok()) return applied.error().within("migration " + std::to_string(i + 1));
  }
  FL_TRY(exec("PRAGMA user_version=" + std::to_string(steps.size())));
  return transaction->commit();
}

Result<Transaction> Transaction::begin(Database& db) {
  Status begun = db.exec("BEGIN IMMEDIATE");
  if (!begun.ok()) return begun.error();
  return Transaction(&db);
}

Transaction::Transaction(Transaction&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Transaction::~Transaction() {
  if (m_db != nullptr) (void)m_db->exec("ROLLBACK");
}

Status Transaction::commit() {
  Status done = m_db->exec("COMMIT");
  if (done.ok()) m_db = nullptr;
  return done;
}

}  // namespace faultline::store
