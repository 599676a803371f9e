// Testing a text against a chain's gates. A condition's words, prefixes and suffixes go into
// the chain's three hash tables (word → slots), whatever the condition's kind: a text meets
// a condition when it is one of its words, starts with one of its prefixes, ends with one of
// its suffixes or (substring conditions) contains one of its needles, so the slots a text
// satisfies are the union of what each table and the needle scan give. The byte sets and the
// word-length mask only skip lookups that cannot succeed.
#include "analyzer/gate_chain.h"

#include <algorithm>

namespace faultline::analyzer {
namespace {

void add_slot(WordSlots& table, const std::string& text, uint16_t slot) {
  std::vector<uint16_t>& slots = table[text];
  if (std::find(slots.begin(), slots.end(), slot) == slots.end()) slots.push_back(slot);
}

void add_length(std::vector<size_t>& lengths, size_t length) {
  if (std::find(lengths.begin(), lengths.end(), length) == lengths.end()) lengths.push_back(length);
}

void mark_slots(const WordSlots& table, std::string_view key, char* holds) {
  auto found = table.find(key);
  if (found == table.end()) return;
  for (uint16_t slot : found->second) holds[slot] = 1;
}

uint32_t bigram(char first, char second) {
  return (static_cast<uint32_t>(static_cast<unsigned char>(first)) << 8) | static_cast<unsigned char>(second);
}

}  // namespace

void GateChain::add_condition(const LiteralSets& literals, uint16_t slot) {
  for (const std::string& word : literals.words) {
    add_slot(m_words, word, slot);
    m_longest_word = std::max(m_longest_word, word.size());
    m_word_lengths |= uint64_t{1} << std::min<size_t>(word.size(), 63);
    if (!word.empty()) m_word_first.add(static_cast<unsigned char>(word[0]));
  }
  for (const std::string& prefix : literals.prefixes) {
    if (prefix.empty()) {
      m_always.push_back(slot);
      continue;
    }
    add_slot(m_prefixes, prefix, slot);
    add_length(m_prefix_lengths, prefix.size());
    m_prefix_first.add(static_cast<unsigned char>(prefix[0]));
  }
  for (const std::string& suffix : literals.suffixes) {
    if (suffix.empty()) {
      m_always.push_back(slot);
      continue;
    }
    add_slot(m_suffixes, suffix, slot);
    add_length(m_suffix_lengths, suffix.size());
    m_suffix_last.add(static_cast<unsigned char>(suffix.back()));
  }
  if (literals.hashable()) return;
  m_long_slots.push_back(slot);
  for (const std::string& needle : literals.infixes) {
    if (needle.empty()) {
      m_always.push_back(slot);
    } else if (needle.size() == 1) {
      m_single_needles.emplace_back(needle[0], slot);
    } else {
      if (m_bigrams.empty()) m_bigrams.assign(65536 / 64, 0);
      uint32_t key = bigram(needle[0], needle[1]);
      m_bigrams[key >> 6] |= uint64_t{1} << (key & 63);
      Needle entry{key, needle, slot};
      auto at = std::upper_bound(m_needles.begin(), m_needles.end(), entry,
                                 [](const Needle& a, const Needle& b) { return a.bigram < b.bigram; });
      m_needles.insert(at, std::move(entry));
    }
  }
}

void GateChain::mark_needles(std::string_view text, char* holds) const {
  if (text.size() > k_searched_text) {
    for (uint16_t slot : m_long_slots) holds[slot] = 1;
    return;
  }
  for (const auto& [byte, slot] : m_single_needles) {
    if (!holds[slot] && text.find(byte) != std::string_view::npos) holds[slot] = 1;
  }
  if (m_bigrams.empty() || text.size() < 2) return;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    uint32_t key = bigram(text[i], text[i + 1]);
    if (((m_bigrams[key >> 6] >> (key & 63)) & 1) == 0) continue;
    std::string_view rest = text.substr(i);
    auto first = std::lower_bound(m_needles.begin(), m_needles.end(), key,
                                  [](const Needle& needle, uint32_t k) { return needle.bigram < k; });
    for (auto needle = first; needle != m_needles.end() && needle->bigram == key; ++needle) {
      if (holds[needle->slot]) continue;
      if (rest.size() >= needle->text.size() && rest.compare(0, needle->text.size(), needle->text) == 0)
        holds[needle->slot] = 1;
    }
  }
}

void GateChain::mark(std::string_view text, char* holds) const {
  const size_t n = text.size();
  for (uint16_t slot : m_always) holds[slot] = 1;
  if (n <= m_longest_word && ((m_word_lengths >> std::min<size_t>(n, 63)) & 1) != 0 &&
      (n == 0 || m_word_first.has(text[0])))
    mark_slots(m_words, text, holds);
  if (n > 0 && !m_prefix_lengths.empty() && m_prefix_first.has(text[0])) {
    for (size_t length : m_prefix_lengths) {
      if (length <= n) mark_slots(m_prefixes, text.substr(0, length), holds);
    }
  }
  if (n > 0 && !m_suffix_lengths.empty() && m_suffix_last.has(text[n - 1])) {
    for (size_t length : m_suffix_lengths) {
      if (length <= n) mark_slots(m_suffixes, text.substr(n - length), holds);
    }
  }
  if (!m_long_slots.empty()) mark_needles(text, holds);
}

}  // namespace faultline::analyzer
