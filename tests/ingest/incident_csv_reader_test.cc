// The CSV reader and the CSV column mapping: RFC 4180 quoting, embedded separators and line
// breaks, BOM, ';' and tab detection, the place of errors, --map overrides, bad rows.
#include <gtest/gtest.h>

#include "incident_test_support.h"
#include "ingest/csv_reader.h"
#include "ingest/incident_csv.h"

namespace faultline::ingest::testing {
namespace {

std::vector<std::vector<std::string>> read_all(std::string_view text, char* separator = nullptr) {
  CsvReader reader(text);
  if (separator) *separator = reader.separator();
  std::vector<std::vector<std::string>> out;
  for (;;) {
    auto record = reader.next();
    EXPECT_TRUE(record.ok()) << record.error().message();
    if (!record.ok() || !*record) break;
    std::vector<std::string> fields;
    for (const auto& field : (*record)->fields) fields.push_back(field.text);
    out.push_back(fields);
  }
  return out;
}

using Rows = std::vector<std::vector<std::string>>;

TEST(CsvReaderTest, QuotedFieldsHoldSeparatorsQuotesAndLineBreaks) {
  char separator = 0;
  auto rows = read_all("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"line1\nline2\r\nline3\"\r\n", &separator);
  EXPECT_EQ(separator, ',');
  EXPECT_EQ(rows, (Rows{{"a", "b", "c"}, {"x, y", "say \"hi\"", "line1\nline2\r\nline3"}}));
}

TEST(CsvReaderTest, ByteOrderMarkIsNotPartOfTheFirstHeader) {
  auto rows = read_all("\xEF\xBB\xBFid,title\n1,t\n");
  EXPECT_EQ(rows, (Rows{{"id", "title"}, {"1", "t"}}));
}

TEST(CsvReaderTest, SemicolonAndTabSeparatorsAreDetectedFromTheHeader) {
  char separator = 0;
  EXPECT_EQ(read_all("id;title;service\n1;\"a, b; c\";x\n", &separator),
            (Rows{{"id", "title", "service"}, {"1", "a, b; c", "x"}}));
  EXPECT_EQ(separator, ';');
  EXPECT_EQ(read_all("id\ttitle\n1\tcommas, here\n", &separator),
            (Rows{{"id", "title"}, {"1", "commas, here"}}));
  EXPECT_EQ(separator, '\t');
  // Separators inside a quoted header name do not count.
  EXPECT_EQ(read_all("\"a;b;c\",d\n1,2\n", &separator), (Rows{{"a;b;c", "d"}, {"1", "2"}}));
  EXPECT_EQ(separator, ',');
}

TEST(CsvReaderTest, EmptyFieldsBlankLinesAndNoFinalLineBreak) {
  EXPECT_EQ(read_all("a,b,c\n\n,,\n\n1,,3"), (Rows{{"a", "b", "c"}, {"", "", ""}, {"1", "", "3"}}));
}

TEST(CsvReaderTest, FieldsKnowTheirLineAndColumn) {
  CsvReader reader("id,title\n7,\"two\nlines\",x\n8,y\n");
  ASSERT_TRUE(reader.next().ok());
  auto second = reader.next();
  ASSERT_TRUE(second.ok() && *second);
  EXPECT_EQ((*second)->line, 2);
  EXPECT_EQ((*second)->fields[2].line, 3);
  EXPECT_EQ((*second)->fields[2].column, 8);
  auto third = reader.next();
  ASSERT_TRUE(third.ok() && *third);
  EXPECT_EQ((*third)->line, 4);
}

TEST(CsvReaderTest, BrokenQuotingIsAnErrorAtItsPlace) {
  CsvReader unclosed("a,b\n1,\"open\n2,3\n");
  ASSERT_TRUE(unclosed.next().ok());
  auto error = unclosed.next();
  ASSERT_FALSE(error.ok());
  EXPECT_EQ(error.error().message(), "2:3: quoted field never closed");

  CsvReader trailing("a,b\n\"x\"y,2\n");
  ASSERT_TRUE(trailing.next().ok());
  auto after = trailing.next();
  ASSERT_FALSE(after.ok());
  EXPECT_EQ(after.error().message(), "2:4: text after the closing quote of a field");
}

TEST(CsvIncidentsTest, MapOverridesNameColumnsForFields) {
  std::string text = "Ticket,What happened,Owner svc,When\nT-1,boom,checkout,2024-01-01T00:00:00Z\n";
  auto without = read_csv_incidents(text, {});
  ASSERT_FALSE(without.ok());
  EXPECT_NE(without.error().message().find("1:1: no incident id column"), std::string::npos);

  auto with = read_csv_incidents(text, {{"Ticket", "source_id"},
                                        {"what happened", "title"},
                                        {"Owner svc", "service"},
                                        {"When", "created_at"}});
  ASSERT_TRUE(with.ok()) << with.error().message();
  ASSERT_EQ(with->drafts.size(), 1u);
  EXPECT_EQ(with->drafts[0].source_id, "T-1");
  EXPECT_EQ(with->drafts[0].title, "boom");
  EXPECT_EQ(with->drafts[0].service, "checkout");
  ASSERT_TRUE(with->drafts[0].created.has_value());
  EXPECT_EQ(with->drafts[0].created->text, "2024-01-01T00:00:00Z");

  auto missing = read_csv_incidents(text, {{"Nope", "title"}});
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message().find("the header has no column 'Nope'"), std::string::npos);
}

TEST(CsvIncidentsTest, BadRowsAreNamedAndTheRestRead) {
  std::string text =
      "id,title,seconds_to_resolve,major\n"
      "A,ok,10,true\n"
      "B,too,many,fields,here\n"
      ",no id,,\n"
      "C,bad ttr,ten,false\n"
      "D,bad major,1,maybe\n"
      "E,ok,,\n";
  auto rows = read_csv_incidents(text, {});
  ASSERT_TRUE(rows.ok()) << rows.error().message();
  ASSERT_EQ(rows->drafts.size(), 2u);
  EXPECT_EQ(rows->drafts[0].source_id, "A");
  EXPECT_EQ(rows->drafts[0].ttr_s, 10);
  EXPECT_EQ(rows->drafts[0].major, true);
  EXPECT_EQ(rows->drafts[1].source_id, "E");
  ASSERT_EQ(rows->bad_rows.size(), 4u);
  auto describe = [](const BadRow& row) {
    return std::to_string(row.position.line) + ":" + std::to_string(row.position.column) + ": " + row.reason;
  };
  EXPECT_EQ(describe(rows->bad_rows[0]), "3:1: row has 5 fields, the header has 4");
  EXPECT_EQ(describe(rows->bad_rows[1]), "4:1: row has no incident id");
  EXPECT_EQ(describe(rows->bad_rows[2]), "5:11: seconds_to_resolve: 'ten' is not a number");
  EXPECT_EQ(describe(rows->bad_rows[3]), "6:15: major: 'maybe' is not true or false");
}

TEST(CsvIncidentsTest, QuotedEmptyIsEmptyTextButUnquotedEmptyIsAbsent) {
  auto rows = read_csv_incidents("id,title,service\nA,\"\",\n", {});
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->drafts.size(), 1u);
  EXPECT_EQ(rows->drafts[0].title, "");
  EXPECT_FALSE(rows->drafts[0].service.has_value());
}

class CsvImportTest : public IncidentDbTest {};

TEST_F(CsvImportTest, BadTimeInACellIsPlacedAtThatCell) {
  auto path = m_dir.write("times.csv", "id,created_at\nA,2024-01-01T00:00:00Z\nB,2024-13-01T00:00:00Z\n");
  auto result = import(path);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().message(),
            path +
                ":3:3: created_at: '2024-13-01T00:00:00Z' is not an ISO-8601 time (no such "
                "date); nothing of " +
                path + " was imported (--skip-bad imports the good rows)");
  EXPECT_EQ(count(), 0);
}

}  // namespace
}  // namespace faultline::ingest::testing
