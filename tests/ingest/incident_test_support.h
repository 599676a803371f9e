// Shared by the incident importer tests: fixture paths, a scratch directory, a real SQLite
// database in it, and a dump of the incidents table to compare whole contents.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "ingest/incident_importer.h"
#include "store/database.h"
#include "store/incident_store.h"

namespace faultline::ingest::testing {

inline std::string fixture(const std::string& name) {
  return std::string(FAULTLINE_SOURCE_DIR) + "/tests/ingest/fixtures/incidents/" + name;
}

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// A fresh directory, removed with everything in it at the end of the test.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "faultline-incidents-XXXXXX").string();
    m_path = mkdtemp(pattern.data());
  }
  ~ScratchDir() { std::filesystem::remove_all(m_path); }
  std::string file(const std::string& name) const { return m_path + "/" + name; }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(file(name), std::ios::binary) << text;
    return file(name);
  }

 private:
  std::string m_path;
};

class IncidentDbTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = store::Database::open(m_dir.file("faultline.db"));
    ASSERT_TRUE(opened.ok()) << opened.error().message();
    m_db.emplace(std::move(*opened));
  }

  Result<FileImport> import(const std::string& path, ImportOptions options = {}) {
    return import_incident_file(*m_db, path, options);
  }

  int64_t count(const std::string& where = "1") {
    auto n = m_db->query_int("SELECT count(*) FROM incidents WHERE " + where);
    EXPECT_TRUE(n.ok());
    return n.ok() ? *n : -1;
  }

  store::Incident stored(const std::string& source, const std::string& source_id) {
    auto incidents = store::IncidentStore::open(*m_db);
    EXPECT_TRUE(incidents.ok());
    auto found = incidents->find(source, source_id);
    EXPECT_TRUE(found.ok() && found->has_value()) << source << "/" << source_id << " is not stored";
    return found.ok() && found->has_value() ? **found : store::Incident{};
  }

  // Every column of every incident, rowids included: equal dumps mean equal tables.
  std::string dump() {
    auto rows = m_db->prepare("SELECT * FROM incidents ORDER BY id");
    EXPECT_TRUE(rows.ok());
    std::string out;
    for (;;) {
      auto row = rows->step();
      if (!row.ok() || !*row) break;
      for (int i = 0; i < 22; ++i) out += (rows->is_null(i) ? "NULL" : rows->text(i)) + "\x1f";
      out += "\n";
    }
    return out;
  }

  ScratchDir m_dir;
  std::optional<store::Database> m_db;
};

}  // namespace faultline::ingest::testing

namespace faultline::store {
// Readable failure output for EXPECT_EQ on incidents.
inline void PrintTo(const Incident& i, std::ostream* out) {
  auto s = [](const std::optional<std::string>& v) { return v ? "\"" + *v + "\"" : std::string("null"); };
  auto n = [](const std::optional<int64_t>& v) { return v ? std::to_string(*v) : std::string("null"); };
  *out << "{source=" << i.source << " source_id=" << i.source_id << " number=" << n(i.number)
       << " title=" << s(i.title) << " service=" << s(i.service) << " service_id=" << s(i.service_id)
       << " team=" << s(i.team) << " status=" << s(i.status) << " status_raw=" << s(i.status_raw)
       << " sev_level=" << i.sev_level << " sev_raw=" << s(i.sev_raw) << " urgency=" << i.urgency
       << " major=" << i.major << " created_at=" << n(i.created_at) << " ack_at=" << n(i.ack_at)
       << " resolved_at=" << n(i.resolved_at) << " ttr_s=" << n(i.ttr_s) << " tta_s=" << n(i.tta_s)
       << " dedup_key=" << s(i.dedup_key) << " url=" << s(i.url) << "}";
}
}  // namespace faultline::store
