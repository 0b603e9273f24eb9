// Private: huge pages for the large buffers a load writes once (the file's
// text, simdjson's tape, the item lists, the lookup indexes).
//
// On a virtual machine a page fault costs some microseconds: a network of
// 65,536 entities touches about 30,000 pages of 4 KiB while it loads, and
// their faults took more time than the parse, the walk and the checks
// together (docs/benchmarks.md, "Loading, third pass"). Linux backs a range
// advised with MADV_HUGEPAGE by 2 MiB pages where it can (the default
// `transparent_hugepage=madvise`); elsewhere these are no-ops.
//
// Example:
//
//   std::vector<Entity> entities;
//   entities.reserve(n);
//   netgov::detail::PreferHugePages(entities.data(), n * sizeof(Entity));
//
//   // A map whose slot array, once large, prefers huge pages:
//   absl::flat_hash_map<K, V, Hash, Eq, HugePageAllocator<std::pair<const K, V>>> m;
#ifndef NETGOV_SRC_CORE_HUGE_PAGES_HPP_
#define NETGOV_SRC_CORE_HUGE_PAGES_HPP_

#if defined(__linux__)
#include <sys/mman.h>
#endif

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace netgov::detail {

// PreferHugePages()
//
// Asks the kernel (Linux) to back the 2 MiB pages wholly inside [data, data +
// size) with huge pages where it can. A hint for large buffers not yet
// written: only pages touched later are backed, so no memory is used up
// front, and pages already touched keep their 4 KiB pages.
inline void PreferHugePages(const void* data, std::size_t size) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t kHuge = std::uintptr_t{1} << 21;
  const std::uintptr_t start = reinterpret_cast<std::uintptr_t>(data);
  const std::uintptr_t begin = (start + kHuge - 1) & ~(kHuge - 1);
  const std::uintptr_t end = (start + size) & ~(kHuge - 1);
  if (data != nullptr && end > begin) {
    madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
  }
#else
  (void)data;
  (void)size;
#endif
}

// ReservePreferringHugePages()
//
// Reserves room for `n` elements in `items` (a vector or a string, about to
// be filled in order) and prefers huge pages for that room; a room that
// holds no whole huge page is left as it is (`PreferHugePages()`).
template <typename Container>
void ReservePreferringHugePages(Container& items, std::size_t n) {
  items.reserve(n);
  PreferHugePages(items.data(), items.capacity() * sizeof(typename Container::value_type));
}

// HugePageAllocator
//
// `std::allocator<T>` that calls `PreferHugePages()` on each allocation of
// `kFrom` bytes (one huge page) or more. For containers allocated at their final size and then
// filled, such as a hash map reserved before it is built.
template <typename T>
class HugePageAllocator {
 public:
  using value_type = T;
  static constexpr std::size_t kFrom = std::size_t{2} << 20;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) noexcept {}  // NOLINT: rebinding

  T* allocate(std::size_t n) {
    T* p = std::allocator<T>().allocate(n);
    if (n * sizeof(T) >= kFrom) PreferHugePages(p, n * sizeof(T));
    return p;
  }
  void deallocate(T* p, std::size_t n) noexcept { std::allocator<T>().deallocate(p, n); }

  template <typename U>
  friend bool operator==(const HugePageAllocator&, const HugePageAllocator<U>&) noexcept {
    return true;
  }
};

// HugePageVector
//
// A vector whose storage, once large, prefers huge pages.
template <typename T>
using HugePageVector = std::vector<T, HugePageAllocator<T>>;

}  // namespace netgov::detail

#endif  // NETGOV_SRC_CORE_HUGE_PAGES_HPP_
