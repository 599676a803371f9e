#include "ingest/pack_reader.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>

#include "ingest/git_handles.h"

namespace faultline::ingest {
namespace {

constexpr size_t k_kept_bytes = size_t{32} << 20;  // per generation, per reader
constexpr int k_max_delta_depth = 10000;           // a cycle is a corrupt pack

uint32_t big_endian_32(const unsigned char* at) {
  return (uint32_t{at[0]} << 24) | (uint32_t{at[1]} << 16) | (uint32_t{at[2]} << 8) | uint32_t{at[3]};
}

uint64_t big_endian_64(const unsigned char* at) {
  return (uint64_t{big_endian_32(at)} << 32) | big_endian_32(at + 4);
}

// A read-only mapping of a whole file.
struct Mapping {
  const unsigned char* data = nullptr;
  size_t size = 0;
  ~Mapping() {
    if (data != nullptr) munmap(const_cast<unsigned char*>(data), size);
  }
  bool open(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat info {};
    bool ok = fstat(fd, &info) == 0 && info.st_size > 0;
    if (ok) {
      size = static_cast<size_t>(info.st_size);
      void* mapped = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
      ok = mapped != MAP_FAILED;
      data = ok ? static_cast<const unsigned char*>(mapped) : nullptr;
    }
    ::close(fd);
    return ok;
  }
};

}  // namespace

struct PackSet::Pack {
  uint64_t number = 0;  // its place in the set: the high bits of a reader's cache key
  std::string path;
  Mapping index;
  Mapping pack;
  uint32_t count = 0;
  const unsigned char* fanout = nullptr;
  const unsigned char* ids = nullptr;
  const unsigned char* offsets = nullptr;
  const unsigned char* large_offsets = nullptr;
  size_t large_count = 0;
};

PackSet::~PackSet() = default;

Result<std::shared_ptr<const PackSet>> PackSet::open(const std::string& objects_dir) {
  std::shared_ptr<PackSet> set(new PackSet());
  std::error_code error;
  std::filesystem::path dir = std::filesystem::path(objects_dir) / "pack";
  std::vector<std::string> indexes;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error))
    if (entry.path().extension() == ".idx") indexes.push_back(entry.path().string());
  std::sort(indexes.begin(), indexes.end());
  for (const std::string& index_path : indexes) {
    auto pack = std::make_unique<Pack>();
    pack->number = set->m_packs.size();
    pack->path = index_path.substr(0, index_path.size() - 4) + ".pack";
    // A pack this reader does not understand is left to libgit2.
    if (!pack->index.open(index_path) || !pack->pack.open(pack->path)) continue;
    const unsigned char* idx = pack->index.data;
    size_t size = pack->index.size;
    if (size < 8 + 256 * 4 + 40 || std::memcmp(idx, "\377tOc", 4) != 0 || big_endian_32(idx + 4) != 2)
      continue;
    if (pack->pack.size < 12 + 20 || std::memcmp(pack->pack.data, "PACK", 4) != 0) continue;
    pack->fanout = idx + 8;
    pack->count = big_endian_32(pack->fanout + 255 * 4);
    size_t tables = 8 + 256 * 4 + size_t{pack->count} * (20 + 4 + 4);
    if (size < tables + 40) continue;
    pack->ids = pack->fanout + 256 * 4;
    pack->offsets = pack->ids + size_t{pack->count} * (20 + 4);
    pack->large_offsets = idx + tables;
    pack->large_count = (size - tables - 40) / 8;
    set->m_packs.push_back(std::move(pack));
  }
  return std::shared_ptr<const PackSet>(std::move(set));
}

Result<std::shared_ptr<const PackSet>> PackSet::of(git_repository* repository) {
  return open(std::string(git_repository_commondir(repository)) + "objects");
}

std::optional<PackSet::Location> PackSet::find(const git_oid& id) const {
  for (const auto& pack : m_packs) {
    uint32_t first = id.id[0] == 0 ? 0 : big_endian_32(pack->fanout + (id.id[0] - 1) * 4);
    uint32_t last = big_endian_32(pack->fanout + id.id[0] * 4);
    while (first < last) {  // binary search among the ids with this first byte
      uint32_t middle = first + (last - first) / 2;
      int order = std::memcmp(pack->ids + size_t{middle} * 20, id.id, 20);
      if (order == 0) {
        uint32_t offset = big_endian_32(pack->offsets + size_t{middle} * 4);
        if ((offset & 0x80000000u) == 0) return Location{pack.get(), offset};
        size_t large = offset & 0x7fffffffu;
        if (large >= pack->large_count) return std::nullopt;  // corrupt index: left to libgit2
        return Location{pack.get(), big_endian_64(pack->large_offsets + large * 8)};
      }
      if (order < 0)
        first = middle + 1;
      else
        last = middle;
    }
  }
  return std::nullopt;
}

PackReader::PackReader(std::shared_ptr<const PackSet> packs, git_odb* fallback)
    : m_packs(std::move(packs)), m_fallback(fallback), m_zlib(std::make_unique<z_stream>()) {
  std::memset(m_zlib.get(), 0, sizeof(z_stream));
  if (inflateInit(m_zlib.get()) != Z_OK) m_zlib.reset();
}

PackReader::~PackReader() {
  if (m_zlib) inflateEnd(m_zlib.get());
}

PackReader::PackReader(PackReader&& other) noexcept
    : m_packs(std::move(other.m_packs)),
      m_fallback(other.m_fallback),
      m_zlib(std::move(other.m_zlib)),
      m_kept(std::move(other.m_kept)),
      m_older(std::move(other.m_older)),
      m_kept_bytes(other.m_kept_bytes) {}

Result<RawObject> PackReader::read(const git_oid& id) {
  std::optional<PackSet::Location> location = m_zlib ? m_packs->find(id) : std::nullopt;
  if (location) return at(*location, 0);
  GitOdbObject object;
  if (git_odb_read(object.out(), m_fallback, &id) != 0) return libgit2_error("reading it");
  return RawObject{
      git_odb_object_type(object.get()),
      std::make_shared<const std::string>(static_cast<const char*>(git_odb_object_data(object.get())),
                                          git_odb_object_size(object.get()))};
}

Status PackReader::inflate_into(const unsigned char* data, size_t available, std::string& out, size_t size) {
  out.resize(size);
  z_stream& zlib = *m_zlib;
  if (inflateReset(&zlib) != Z_OK) return Error("zlib reset failed");
  zlib.next_in = const_cast<unsigned char*>(data);
  zlib.avail_in = static_cast<uInt>(std::min<size_t>(available, UINT32_MAX));
  // One extra byte of room: a stream longer than its header says is corrupt, not cut short.
  unsigned char spare = 0;
  zlib.next_out = size > 0 ? reinterpret_cast<unsigned char*>(out.data()) : &spare;
  zlib.avail_out = static_cast<uInt>(size > 0 ? size : 1);
  int rc = inflate(&zlib, Z_FINISH);
  if (rc != Z_STREAM_END || zlib.total_out != size)
    return Error("corrupt compressed data in pack (" + std::string(zlib.msg ? zlib.msg : "wrong size") + ")");
  return {};
}

void PackReader::keep(uint64_t key, const RawObject& object) {
  if (m_kept_bytes >= k_kept_bytes) {
    m_older = std::move(m_kept);
    m_kept.clear();
    m_kept_bytes = 0;
  }
  m_kept_bytes += object.bytes->size();
  m_kept.insert_or_assign(key, object);
}

Result<RawObject> PackReader::at(const PackSet::Location& location, int depth) {
  if (depth > k_max_delta_depth) return Error("delta chain too long (a cycle?) in " + location.pack->path);
  uint64_t key = (location.pack->number << 56) | location.offset;
  if (auto kept = m_kept.find(key); kept != m_kept.end()) return kept->second;
  if (auto older = m_older.find(key); older != m_older.end()) {
    RawObject object = older->second;
    keep(key, object);
    return object;
  }
  const PackSet::Pack& pack = *location.pack;
  const unsigned char* data = pack.pack.data;
  size_t end = pack.pack.size - 20;  // the trailing checksum
  size_t at = location.offset;
  auto corrupt = [&](const std::string& what) {
    return Error(what + " at offset " + std::to_string(location.offset) + " of " + pack.path);
  };
  if (at >= end) return corrupt("entry outside the pack");
  // Entry header: type in bits 4-6 of the first byte, size in 4 + 7n bits, little-endian.
  unsigned char byte = data[at++];
  int type = (byte >> 4) & 7;
  uint64_t size = byte & 15;
  for (int shift = 4; byte & 0x80; shift += 7) {
    if (at >= end || shift > 57) return corrupt("malformed entry header");
    byte = data[at++];
    size |= uint64_t{byte & 0x7fu} << shift;
  }
  // zlib expands at most about 1032:1: a larger size is a corrupt header, not an allocation to try.
  if (size / 1032 > end - at) return corrupt("entry larger than its compressed data allows");
  RawObject object;
  if (type == GIT_OBJECT_COMMIT || type == GIT_OBJECT_TREE || type == GIT_OBJECT_BLOB ||
      type == GIT_OBJECT_TAG) {
    auto bytes = std::make_shared<std::string>();
    FL_TRY(inflate_into(data + at, end - at, *bytes, size));
    object = {static_cast<git_object_t>(type), std::move(bytes)};
  } else if (type == GIT_OBJECT_OFS_DELTA || type == GIT_OBJECT_REF_DELTA) {
    PackSet::Location base_location;
    if (type == GIT_OBJECT_OFS_DELTA) {
      if (at >= end) return corrupt("malformed delta offset");
      byte = data[at++];
      uint64_t distance = byte & 0x7f;
      while (byte & 0x80) {
        if (at >= end || distance > (UINT64_MAX >> 8)) return corrupt("malformed delta offset");
        byte = data[at++];
        distance = ((distance + 1) << 7) | (byte & 0x7f);
      }
      if (distance == 0 || distance > location.offset) return corrupt("delta base outside the pack");
      base_location = {location.pack, location.offset - distance};
    } else {
      if (end - at < 20) return corrupt("malformed delta base id");
      git_oid base_id;
      git_oid_fromraw(&base_id, data + at);
      at += 20;
      auto found = m_packs->find(base_id);
      if (!found) return corrupt("delta base " + oid_hex(base_id) + " not in the packs");
      base_location = *found;
    }
    auto base = this->at(base_location, depth + 1);
    if (!base.ok()) return base.error();
    std::string delta;
    FL_TRY(inflate_into(data + at, end - at, delta, size));
    // Delta: base size, result size (7-bit little-endian groups), then copy and insert ops.
    const auto* op = reinterpret_cast<const unsigned char*>(delta.data());
    const unsigned char* op_end = op + delta.size();
    auto varint = [&](uint64_t& value) {
      value = 0;
      for (int shift = 0; op < op_end && shift < 64; shift += 7) {
        unsigned char next = *op++;
        value |= uint64_t{next & 0x7fu} << shift;
        if ((next & 0x80) == 0) return true;
      }
      return false;
    };
    uint64_t base_size = 0, result_size = 0;
    std::string_view source = base->view();
    if (!varint(base_size) || !varint(result_size) || base_size != source.size())
      return corrupt("delta does not fit its base");
    auto result = std::make_shared<std::string>();
    // Built as the instructions run (never more than they write), so a corrupt result size
    // cannot ask for more memory than the delta produces.
    result->reserve(std::min<uint64_t>(result_size, source.size() + delta.size() * 16));
    size_t written = 0;
    while (op < op_end) {
      unsigned char code = *op++;
      if (code & 0x80) {  // copy from the base
        uint64_t offset = 0, length = 0;
        for (int i = 0; i < 4; ++i)
          if (code & (1u << i)) {
            if (op >= op_end) return corrupt("truncated delta");
            offset |= uint64_t{*op++} << (8 * i);
          }
        for (int i = 0; i < 3; ++i)
          if (code & (0x10u << i)) {
            if (op >= op_end) return corrupt("truncated delta");
            length |= uint64_t{*op++} << (8 * i);
          }
        if (length == 0) length = 0x10000;
        if (offset + length > source.size() || written + length > result_size)
          return corrupt("delta copies outside its base or result");
        result->append(source.data() + offset, length);
        written += length;
      } else if (code != 0) {  // insert literal bytes
        if (static_cast<size_t>(op_end - op) < code || written + code > result_size)
          return corrupt("truncated delta");
        result->append(reinterpret_cast<const char*>(op), code);
        op += code;
        written += code;
      } else {
        return corrupt("delta with a reserved instruction");
      }
    }
    if (written != result_size) return corrupt("delta result shorter than it says");
    object = {base->type, std::move(result)};
  } else {
    return corrupt("unknown entry type " + std::to_string(type));
  }
  keep(key, object);
  return object;
}

}  // namespace faultline::ingest
