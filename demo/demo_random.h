// DemoRandom: the one source of randomness of the demo generator, deterministic from a seed
// on every platform (std::mt19937 is, but std's distributions are not, so the draws the demo
// needs are written here from their textbook definitions).
//
// The generator is xoshiro256** seeded through splitmix64. `fork(label)` derives an
// independent stream from this one's seed and a label, so each service's history and each
// service's incidents have their own stream: changing one service leaves the others as they were.
//
// Thread-safety: a DemoRandom is a plain value; one per thread.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace faultline::demo {

class DemoRandom {
 public:
  explicit DemoRandom(uint64_t seed);

  // A stream derived from this one's seed and `label` (not from its current position).
  DemoRandom fork(std::string_view label) const;

  uint64_t next();
  // Uniform in [0, 1).
  double uniform();
  // Uniform integer in [0, n). REQUIRES: n > 0.
  uint64_t below(uint64_t n);
  // Uniform integer in [low, high]. REQUIRES: low <= high.
  int64_t between(int64_t low, int64_t high);
  bool chance(double probability) { return uniform() < probability; }
  // Poisson(lambda) by Knuth's product of uniforms. REQUIRES: 0 <= lambda < 30.
  int poisson(double lambda);
  // Standard normal by Box–Muller.
  double normal();
  // Exponential with the given mean.
  double exponential(double mean);
  // An index drawn with probability proportional to `weights`. REQUIRES: a positive sum.
  size_t weighted(const std::vector<double>& weights);

 private:
  uint64_t m_seed;
  uint64_t m_state[4];
};

}  // namespace faultline::demo
