// Timestamps of incident exports → UTC seconds since the epoch.
//
// Exports spell times as ISO-8601 with an offset ("2024-03-01T12:30:05.123+01:00",
// "2024-03-01T11:30:05Z"), as the same with a space for the `T` and/or before the zone
// ("2024-03-01 12:30:05 +0100", "... UTC"), as a bare date, or as epoch seconds or
// milliseconds. parse_timestamp accepts exactly those shapes; a time without a zone is taken
// as UTC. Fractions of a second are dropped (rounded towards the past).
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/result.h"

namespace faultline::ingest {

// Returns UTC seconds, or an Error saying why `text` is not a timestamp (the caller adds the
// file, line and field).
Result<int64_t> parse_timestamp(std::string_view text);

// Formats UTC seconds as "YYYY-MM-DDTHH:MM:SSZ" (for messages and tests).
std::string format_utc(int64_t seconds);

}  // namespace faultline::ingest
