// finish_incident: the per-incident half of canonicalisation (the file-wide half is the
// SeverityScale). Status: the enum from status_key (else status_raw) through
// canonical_status(); when that says nothing, the times decide: resolved if there is a
// resolution time, acknowledged if there is an acknowledgement, else open.
#include "ingest/incident_draft.h"

#include <cctype>
#include <charconv>

#include "ingest/timestamp.h"

namespace faultline::ingest {
namespace {

// Reads `time` into `out`; false (with `problem` set) when it is not a time.
bool read_time(const std::optional<TimeText>& time, std::optional<int64_t>& out,
               std::optional<BadRow>& problem) {
  if (!time) return true;
  bool blank = true;
  for (char c : time->text) blank = blank && std::isspace(static_cast<unsigned char>(c));
  if (blank) return true;
  auto seconds = parse_timestamp(time->text);
  if (!seconds.ok()) {
    problem = BadRow{time->position, time->field + ": " + seconds.error().message()};
    return false;
  }
  out = *seconds;
  return true;
}

}  // namespace

std::variant<store::Incident, BadRow> finish_incident(const IncidentDraft& draft, const SeverityScale& scale,
                                                      const std::string& source) {
  store::Incident out;
  out.source = source;
  out.source_id = draft.source_id;
  out.number = draft.number;
  out.title = draft.title;
  out.service = draft.service;
  out.service_id = draft.service_id;
  out.team = draft.team;
  out.dedup_key = draft.dedup_key;
  out.url = draft.url;
  out.major = draft.major.value_or(false);

  std::optional<BadRow> problem;
  if (!read_time(draft.created, out.created_at, problem) ||
      !read_time(draft.acknowledged, out.ack_at, problem) ||
      !read_time(draft.resolved, out.resolved_at, problem))
    return *problem;

  out.status_raw = draft.status_raw;
  const auto& key = draft.status_key ? draft.status_key : draft.status_raw;
  out.status = key ? canonical_status(*key) : std::nullopt;
  if (!out.status) out.status = out.resolved_at ? "resolved" : out.ack_at ? "acknowledged" : "open";

  out.urgency = draft.urgency_raw ? urgency_level(*draft.urgency_raw) : 0;
  out.sev_raw = draft.sev_raw;
  out.sev_level = scale.level(draft.sev_raw ? std::optional<std::string_view>(*draft.sev_raw) : std::nullopt,
                              draft.sev_order, out.urgency);

  out.ttr_s = draft.ttr_s;
  if (!out.ttr_s && out.created_at && out.resolved_at && *out.resolved_at >= *out.created_at)
    out.ttr_s = *out.resolved_at - *out.created_at;
  out.tta_s = draft.tta_s;
  if (!out.tta_s && out.created_at && out.ack_at && *out.ack_at >= *out.created_at)
    out.tta_s = *out.ack_at - *out.created_at;
  return out;
}

std::optional<int64_t> number_in(std::string_view text) {
  size_t end = text.size();
  while (end > 0 && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  size_t start = end;
  while (start > 0 && text[start - 1] >= '0' && text[start - 1] <= '9') --start;
  if (start == end) return std::nullopt;
  int64_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data() + start, text.data() + end, value);
  if (ec != std::errc()) return std::nullopt;
  return value;
}

}  // namespace faultline::ingest
