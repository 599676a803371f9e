// xoshiro256** (Blackman and Vigna) seeded by splitmix64; the distributions are the plain
// textbook ones, so a seed gives the same organisation on every platform.
#include "demo/demo_random.h"

#include <cassert>
#include <cmath>

namespace faultline::demo {
namespace {

uint64_t splitmix64(uint64_t& x) {
  uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

// FNV-1a: a stable hash of a label, mixed into a forked stream's seed.
uint64_t fnv1a(std::string_view text) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

}  // namespace

DemoRandom::DemoRandom(uint64_t seed) : m_seed(seed) {
  uint64_t x = seed;
  for (uint64_t& word : m_state) word = splitmix64(x);
}

DemoRandom DemoRandom::fork(std::string_view label) const {
  uint64_t x = m_seed ^ fnv1a(label);
  return DemoRandom(splitmix64(x));
}

uint64_t DemoRandom::next() {
  const uint64_t result = rotl(m_state[1] * 5, 7) * 9;
  const uint64_t t = m_state[1] << 17;
  m_state[2] ^= m_state[0];
  m_state[3] ^= m_state[1];
  m_state[1] ^= m_state[2];
  m_state[0] ^= m_state[3];
  m_state[2] ^= t;
  m_state[3] = rotl(m_state[3], 45);
  return result;
}

double DemoRandom::uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

uint64_t DemoRandom::below(uint64_t n) {
  assert(n > 0);
  // Rejection keeps the draw exactly uniform.
  const uint64_t limit = UINT64_MAX - UINT64_MAX % n;
  uint64_t x = next();
  while (x >= limit) x = next();
  return x % n;
}

int64_t DemoRandom::between(int64_t low, int64_t high) {
  assert(low <= high);
  return low + static_cast<int64_t>(below(static_cast<uint64_t>(high - low) + 1));
}

int DemoRandom::poisson(double lambda) {
  assert(lambda >= 0 && lambda < 30);
  const double limit = std::exp(-lambda);
  int count = 0;
  double product = uniform();
  while (product > limit) {
    ++count;
    product *= uniform();
  }
  return count;
}

double DemoRandom::normal() {
  double u1 = uniform();
  while (u1 <= 0) u1 = uniform();
  const double u2 = uniform();
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

double DemoRandom::exponential(double mean) {
  double u = uniform();
  while (u <= 0) u = uniform();
  return -mean * std::log(u);
}

size_t DemoRandom::weighted(const std::vector<double>& weights) {
  double total = 0;
  for (double weight : weights) total += weight;
  assert(total > 0);
  double x = uniform() * total;
  for (size_t i = 0; i < weights.size(); ++i) {
    if (x < weights[i]) return i;
    x -= weights[i];
  }
  return weights.size() - 1;
}

}  // namespace faultline::demo
