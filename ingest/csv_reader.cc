// CsvReader: a single pass over the bytes with one byte of lookahead.
//
// A record is read field by field. A field that starts with '"' is quoted: bytes up to the
// next lone '"' belong to it ("" stands for one quote, separators and line breaks are text),
// and the closing quote must be followed by the separator, a line end or the end of the text.
// Any other field runs to the next separator or line end. "\r\n", "\n" and a lone "\r" all
// end a record. The separator is chosen once, before the first record, by counting ',', ';'
// and '\t' outside quotes in the header record.
#include "ingest/csv_reader.h"

namespace faultline::ingest {
namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";

bool is_line_end(char c) { return c == '\n' || c == '\r'; }

}  // namespace

CsvReader::CsvReader(std::string_view text) : m_text(text) {
  if (m_text.substr(0, k_bom.size()) == k_bom) m_text.remove_prefix(k_bom.size());
  m_separator = detect_separator();
}

char CsvReader::detect_separator() const {
  size_t commas = 0, semicolons = 0, tabs = 0;
  bool quoted = false;
  for (char c : m_text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (is_line_end(c)) {
      if (commas + semicolons + tabs > 0) break;
      continue;  // leading blank lines
    }
    if (c == ',')
      ++commas;
    else if (c == ';')
      ++semicolons;
    else if (c == '\t')
      ++tabs;
  }
  if (semicolons > commas && semicolons >= tabs) return ';';
  if (tabs > commas && tabs > semicolons) return '\t';
  return ',';
}

void CsvReader::advance() {
  char c = m_text[m_pos++];
  if (c == '\n' || (c == '\r' && (m_pos == m_text.size() || m_text[m_pos] != '\n'))) {
    ++m_line;
    m_column = 1;
  } else {
    ++m_column;
  }
}

Result<std::optional<CsvRecord>> CsvReader::next() {
  // Blank lines between records are not records.
  while (m_pos < m_text.size() && is_line_end(m_text[m_pos])) advance();
  if (m_pos == m_text.size()) return std::optional<CsvRecord>();

  CsvRecord record;
  record.line = m_line;
  for (;;) {
    CsvField field;
    field.line = m_line;
    field.column = m_column;
    if (m_pos < m_text.size() && m_text[m_pos] == '"') {
      field.quoted = true;
      advance();
      for (;;) {
        if (m_pos == m_text.size())
          return Error(std::to_string(field.line) + ":" + std::to_string(field.column) +
                       ": quoted field never closed");
        char c = m_text[m_pos];
        if (c == '"') {
          advance();
          if (m_pos < m_text.size() && m_text[m_pos] == '"') {
            field.text += '"';
            advance();
            continue;
          }
          break;
        }
        field.text += c;
        advance();
      }
      if (m_pos < m_text.size() && m_text[m_pos] != m_separator && !is_line_end(m_text[m_pos]))
        return Error(std::to_string(m_line) + ":" + std::to_string(m_column) +
                     ": text after the closing quote of a field");
    } else {
      size_t start = m_pos;
      while (m_pos < m_text.size() && m_text[m_pos] != m_separator && !is_line_end(m_text[m_pos])) advance();
      field.text.assign(m_text.substr(start, m_pos - start));
    }
    record.fields.push_back(std::move(field));
    if (m_pos < m_text.size() && m_text[m_pos] == m_separator) {
      advance();
      continue;
    }
    // A line end ("\r\n" as one) or the end of the text ends the record.
    if (m_pos < m_text.size() && m_text[m_pos] == '\r') {
      advance();
      if (m_pos < m_text.size() && m_text[m_pos] == '\n') advance();
    } else if (m_pos < m_text.size()) {
      advance();
    }
    return std::optional<CsvRecord>(std::move(record));
  }
}

}  // namespace faultline::ingest
