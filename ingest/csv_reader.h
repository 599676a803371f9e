// CsvReader: the records of a CSV text, RFC 4180 plus what real exports do.
//
// Handles quoted fields with doubled quotes (""), separators and line breaks inside quotes,
// CRLF or LF line ends, a UTF-8 byte-order mark, blank lines (skipped), and the separator
// of the file (',' ';' or tab), detected from the header record: the one that occurs most
// often outside quotes there (',' on a tie). Each field keeps the line and column (1-based,
// in bytes, BOM not counted) where it starts, so that callers can name the place of a bad
// value. A quote inside an unquoted field is kept as text; an unterminated quoted field or
// text after a closing quote is an error naming the place.
//
// Thread-safety: a reader belongs to one thread. The text must outlive the reader.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace faultline::ingest {

struct CsvField {
  std::string text;
  bool quoted = false;  // written in quotes: "" is an empty text, not a missing value
  int line = 0;
  int column = 0;
};

struct CsvRecord {
  std::vector<CsvField> fields;
  int line = 0;  // where the record starts
};

class CsvReader {
 public:
  explicit CsvReader(std::string_view text);

  char separator() const { return m_separator; }

  // The next record, nullopt at the end of the text, or an Error "LINE:COL: what".
  Result<std::optional<CsvRecord>> next();

 private:
  char detect_separator() const;
  void advance();  // one byte, keeping line and column

  std::string_view m_text;
  size_t m_pos = 0;
  int m_line = 1;
  int m_column = 1;
  char m_separator = ',';
};

}  // namespace faultline::ingest
