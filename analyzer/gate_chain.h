// GateChain: the gates of a DispatchPlan (analyzer/dispatch_plan.h) that read the nodes at the
// end of one chain of fields from a pattern's root, as one table: a node's text is tested once
// against the literal conditions of every gate on the chain and sets the gate slots it meets.
//
// A text is refused by a byte test before any hash is computed: the words of a chain are
// looked up only when some word has the text's length and first byte, its prefixes only when
// one starts with the text's first byte, its suffixes only when one ends with its last byte.
// Substrings (`BadRequest|[Ii]nvalid`) are found in one pass over the text for all of them
// together: a needle is compared only where the text's next two bytes begin one.
//
// Thread-safety: immutable after add_condition(); shared by all Classifier threads.
#pragma once

#include <tree_sitter/api.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "analyzer/regex_literals.h"

namespace faultline::analyzer {

using WordSlots = std::unordered_map<std::string, std::vector<uint16_t>, WordHash, std::equal_to<>>;

// A set of bytes.
class ByteSet {
 public:
  void add(unsigned char byte) { m_bits[byte >> 6] |= uint64_t{1} << (byte & 63); }
  bool has(char byte) const {
    auto b = static_cast<unsigned char>(byte);
    return (m_bits[b >> 6] >> (b & 63)) & 1;
  }

 private:
  std::array<uint64_t, 4> m_bits{};
};

struct GateChain {
  std::vector<TSFieldId> steps;  // a field id, or 0 for "any child"; {} = the root itself

  // Makes texts that `literals` admits (analyzer/regex_literals.h) satisfy gate `slot`.
  // `searched` conditions (with substrings) are checked only on texts up to k_searched_text
  // bytes; longer texts are taken to satisfy them.
  static constexpr size_t k_searched_text = 512;
  void add_condition(const LiteralSets& literals, uint16_t slot);

  // Sets holds[slot] for each gate slot `text` satisfies.
  void mark(std::string_view text, char* holds) const;

 private:
  void mark_needles(std::string_view text, char* holds) const;

  WordSlots m_words;
  WordSlots m_prefixes;
  WordSlots m_suffixes;
  size_t m_longest_word = 0;
  uint64_t m_word_lengths = 0;  // bit min(length, 63) for each word's length
  ByteSet m_word_first;
  ByteSet m_prefix_first;
  ByteSet m_suffix_last;
  std::vector<size_t> m_prefix_lengths;  // distinct, non-zero
  std::vector<size_t> m_suffix_lengths;  // distinct, non-zero
  std::vector<uint16_t> m_always;        // empty prefix, suffix or substring: every text
  // Substring conditions.
  std::vector<uint16_t> m_long_slots;  // satisfied by any text longer than k_searched_text
  struct Needle {
    uint32_t bigram;  // its first two bytes
    std::string text;
    uint16_t slot;
  };
  std::vector<Needle> m_needles;                            // length >= 2, sorted by bigram
  std::vector<uint64_t> m_bigrams;                          // 65,536 bits: the bigrams of m_needles
  std::vector<std::pair<char, uint16_t>> m_single_needles;  // length 1
};

}  // namespace faultline::analyzer
