// The mapping rules of FORMATS.md, table by table: timestamps with offsets → UTC seconds,
// severity (P/SEV/S + digit, a scale from 0, "3 - Moderate", words, priority order, urgency),
// urgency and the status enum.
#include <gtest/gtest.h>

#include "ingest/severity.h"
#include "ingest/timestamp.h"

namespace faultline::ingest {
namespace {

int64_t utc(std::string_view text) {
  auto seconds = parse_timestamp(text);
  EXPECT_TRUE(seconds.ok()) << text << ": " << (seconds.ok() ? "" : seconds.error().message());
  return seconds.ok() ? *seconds : -1;
}

TEST(TimestampTest, OffsetsBecomeUtc) {
  const int64_t noon = 1709294400;  // 2024-03-01T12:00:00Z
  EXPECT_EQ(utc("2024-03-01T12:00:00Z"), noon);
  EXPECT_EQ(utc("2024-03-01T13:00:00+01:00"), noon);
  EXPECT_EQ(utc("2024-03-01T07:00:00-05:00"), noon);
  EXPECT_EQ(utc("2024-03-01T17:30:00+0530"), noon);
  EXPECT_EQ(utc("2024-03-01 12:00:00 +0000"), noon);
  EXPECT_EQ(utc("2024-03-01 12:00:00 UTC"), noon);
  EXPECT_EQ(utc("2024-03-01T12:00:00.999999Z"), noon);
  EXPECT_EQ(utc("2024-03-01T12:00Z"), noon);
  EXPECT_EQ(utc("2024-03-01 12:00:00"), noon);  // no zone: UTC
  EXPECT_EQ(utc("2024-03-02T00:30:00+12:30"), noon);
  EXPECT_EQ(utc("2024-03-01"), noon - 12 * 3600);
  EXPECT_EQ(utc("1709294400"), noon);
  EXPECT_EQ(utc("1709294400123"), noon);                     // epoch milliseconds
  EXPECT_EQ(utc("2024-02-29T00:00:00Z"), noon - 36 * 3600);  // leap day
  EXPECT_EQ(utc("1969-12-31T23:59:59Z"), -1);
  EXPECT_EQ(format_utc(noon), "2024-03-01T12:00:00Z");
}

TEST(TimestampTest, WhatIsNotATimeSaysWhy) {
  auto message = [](std::string_view text) {
    auto seconds = parse_timestamp(text);
    return seconds.ok() ? std::string("accepted") : seconds.error().message();
  };
  EXPECT_EQ(message("yesterday"), "'yesterday' is not an ISO-8601 time (expected YYYY-MM-DD)");
  EXPECT_EQ(message("2023-02-29T00:00:00Z"), "'2023-02-29T00:00:00Z' is not an ISO-8601 time (no such date)");
  EXPECT_EQ(message("2024-03-01T25:00:00Z"),
            "'2024-03-01T25:00:00Z' is not an ISO-8601 time (time out of range)");
  EXPECT_EQ(message("2024-03-01T12:00:00+1"),
            "'2024-03-01T12:00:00+1' is not an ISO-8601 time (zone offset needs two hour digits)");
  EXPECT_EQ(message("2024-03-01T12:00:00Z junk"),
            "'2024-03-01T12:00:00Z junk' is not an ISO-8601 time (trailing text)");
  EXPECT_EQ(message("99999999999999999999"),
            "'99999999999999999999' is not an ISO-8601 time (number out of range)");
  EXPECT_EQ(message(""), "empty time");
}

int level(std::initializer_list<const char*> export_severities, const char* raw, int urgency = 0) {
  SeverityScale scale;
  for (const char* seen : export_severities) scale.observe(std::string_view(seen), std::nullopt);
  return scale.level(raw ? std::optional<std::string_view>(raw) : std::nullopt, std::nullopt, urgency);
}

TEST(SeverityTest, PrefixAndDigit) {
  EXPECT_EQ(level({"P1", "P3"}, "P1"), 1);
  EXPECT_EQ(level({}, "P5"), 5);
  EXPECT_EQ(level({}, "SEV2"), 2);
  EXPECT_EQ(level({}, "sev-3"), 3);
  EXPECT_EQ(level({}, "Sev 4"), 4);
  EXPECT_EQ(level({}, "S1"), 1);
  EXPECT_EQ(level({}, "Severity 2"), 2);
  EXPECT_EQ(level({}, "P9"), 5);  // beyond the scale: least
}

TEST(SeverityTest, AScaleThatStartsAtZeroShiftsByOne) {
  EXPECT_EQ(level({"SEV0", "SEV1", "SEV3"}, "SEV0"), 1);
  EXPECT_EQ(level({"SEV0", "SEV1", "SEV3"}, "SEV1"), 2);
  EXPECT_EQ(level({"SEV0", "SEV1", "SEV3"}, "SEV3"), 4);
  EXPECT_EQ(level({"SEV1", "SEV3"}, "SEV1"), 1);  // no zero in the export: no shift
}

TEST(SeverityTest, WordsAndLeadingDigits) {
  EXPECT_EQ(level({}, "Critical"), 1);
  EXPECT_EQ(level({}, "major"), 2);
  EXPECT_EQ(level({}, "High"), 2);
  EXPECT_EQ(level({}, "Moderate"), 3);
  EXPECT_EQ(level({}, "medium"), 3);
  EXPECT_EQ(level({}, "Minor"), 3);
  EXPECT_EQ(level({}, "LOW"), 4);
  EXPECT_EQ(level({}, "info"), 5);
  EXPECT_EQ(level({}, "Trivial"), 5);
  EXPECT_EQ(level({}, "planning"), 5);
  EXPECT_EQ(level({}, "3 - Moderate"), 3);
  EXPECT_EQ(level({}, "1 - Critical"), 1);
  EXPECT_EQ(level({}, "2"), 2);
  EXPECT_EQ(level({}, "Major incident"), 2);
  EXPECT_EQ(level({}, "majority"), 0);
  EXPECT_EQ(level({}, "whatever"), 0);
}

TEST(SeverityTest, NoPriorityFallsBackOnUrgency) {
  EXPECT_EQ(level({}, nullptr, urgency_level("high")), 2);
  EXPECT_EQ(level({}, nullptr, urgency_level("low")), 4);
  EXPECT_EQ(level({}, nullptr, urgency_level("")), 0);
  EXPECT_EQ(level({}, "P1", urgency_level("low")), 1);  // the priority wins
}

TEST(SeverityTest, PriorityOrderIsInvertedWithinTheExport) {
  SeverityScale scale;
  for (int64_t order : {100, 300, 200, 300}) scale.observe(std::nullopt, order);
  EXPECT_EQ(scale.level(std::string_view("Custom"), 300, 0), 1);
  EXPECT_EQ(scale.level(std::string_view("Custom"), 200, 0), 2);
  EXPECT_EQ(scale.level(std::nullopt, 100, 0), 3);
  EXPECT_EQ(scale.level(std::string_view("P4"), 300, 0), 4);  // a readable name wins over the order
}

TEST(UrgencyTest, Levels) {
  EXPECT_EQ(urgency_level("high"), 1);
  EXPECT_EQ(urgency_level("High"), 1);
  EXPECT_EQ(urgency_level("low"), 3);
  EXPECT_EQ(urgency_level("2 - Medium"), 2);
  EXPECT_EQ(urgency_level("whenever"), 0);
}

TEST(StatusTest, EveryExportSpellingMapsToTheEnum) {
  EXPECT_EQ(canonical_status("triggered"), "open");
  EXPECT_EQ(canonical_status("Open"), "open");
  EXPECT_EQ(canonical_status("acknowledged"), "acknowledged");
  EXPECT_EQ(canonical_status("In Progress"), "acknowledged");
  EXPECT_EQ(canonical_status("resolved"), "resolved");
  EXPECT_EQ(canonical_status("postmortem_completed"), "resolved");
  EXPECT_EQ(canonical_status("Closed"), "closed");
  EXPECT_EQ(canonical_status("canceled"), "cancelled");
  EXPECT_EQ(canonical_status("declined"), "cancelled");
  EXPECT_EQ(canonical_status("on fire"), std::nullopt);
}

}  // namespace
}  // namespace faultline::ingest
