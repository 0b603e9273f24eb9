// File: benchmarks/pages_benchmark.cpp
// -----------------------------------------------------------------------------
//
// What the machine charges for memory a process touches for the first time:
// the floor under a cold load of a large network (issue 10, target 3) and
// under a short process such as `netgov brief` (target 7). Not netgov's code:
// the kernel's (and, on a virtual machine, the hypervisor's) price per page,
// measured the way a program pays it.
//
//   BM_FirstTouchAnonymous/KiB   a fresh private anonymous mapping (what
//                                malloc's heap grows into), one byte
//                                written in each 4 KiB page, then unmapped
//   BM_PopulateAnonymous/KiB     the same pages made present by one
//                                madvise(MADV_POPULATE_WRITE) call instead
//                                of a fault each (Linux 5.14 and later)
//   BM_FirstTouchHugePages/KiB   the same with madvise(MADV_HUGEPAGE) on a
//                                2 MiB-aligned range: one fault and one
//                                cleared 2 MiB page per 512 small ones
//   BM_MapCachedFile/KiB         a file already in the page cache (the
//                                netgov program's) mapped read-only, one
//                                byte read in each page: how code and
//                                read-only data are paid for (the kernel
//                                maps up to 16 cached pages per fault)
//
// items_per_second counts 4 KiB pages: its inverse is the cost of a page.
//
//   cmake --preset release && cmake --build build/release --target pages_benchmark
//   build/release/benchmarks/pages_benchmark
//
// A virtual machine just booted also pays its host for guest memory never
// used before: run the benchmark twice and read the second run. Results:
// docs/benchmarks.md, "What a page costs on this machine".
#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>

#if defined(__linux__)
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

constexpr std::size_t kPage = 4096;
constexpr std::size_t kHugePage = std::size_t{2} << 20;

#if defined(__linux__)

// Maps `bytes` of fresh anonymous memory, lets `prepare` advise it, writes
// one byte in each 4 KiB page (unless `prepare` made them present), unmaps.
template <typename Prepare>
void TouchFreshMemory(benchmark::State& state, std::size_t align, Prepare prepare) {
  const std::size_t bytes = static_cast<std::size_t>(state.range(0)) * 1024;
  for (auto _ : state) {
    // Over-map by `align` so that an aligned range of `bytes` fits.
    const std::size_t mapped = bytes + align;
    void* raw = mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) {
      state.SkipWithError("mmap failed");
      return;
    }
    const std::uintptr_t start = reinterpret_cast<std::uintptr_t>(raw);
    char* data = reinterpret_cast<char*>((start + align - 1) & ~(align - 1));
    if (!prepare(data, bytes)) {
      munmap(raw, mapped);
      state.SkipWithError("madvise is not supported here");
      return;
    }
    for (std::size_t i = 0; i < bytes; i += kPage) data[i] = 1;
    benchmark::ClobberMemory();
    munmap(raw, mapped);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(bytes / kPage));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(bytes));
}

void BM_FirstTouchAnonymous(benchmark::State& state) {
  TouchFreshMemory(state, kPage, [](char*, std::size_t) { return true; });
}
BENCHMARK(BM_FirstTouchAnonymous)->Arg(64)->Arg(1024)->Arg(16384);

void BM_PopulateAnonymous(benchmark::State& state) {
#if defined(MADV_POPULATE_WRITE)
  TouchFreshMemory(state, kPage, [](char* data, std::size_t bytes) {
    return madvise(data, bytes, MADV_POPULATE_WRITE) == 0;
  });
#else
  state.SkipWithError("MADV_POPULATE_WRITE is not defined by these headers");
#endif
}
BENCHMARK(BM_PopulateAnonymous)->Arg(64)->Arg(1024)->Arg(16384);

void BM_FirstTouchHugePages(benchmark::State& state) {
  TouchFreshMemory(state, kHugePage, [](char* data, std::size_t bytes) {
    return madvise(data, bytes, MADV_HUGEPAGE) == 0;
  });
}
BENCHMARK(BM_FirstTouchHugePages)->Arg(4096)->Arg(16384)->Arg(65536);

void BM_MapCachedFile(benchmark::State& state) {
  const std::size_t want = static_cast<std::size_t>(state.range(0)) * 1024;
  const int fd = open(NETGOV_PROGRAM, O_RDONLY | O_CLOEXEC);
  struct stat st {};
  if (fd < 0 || fstat(fd, &st) != 0 || static_cast<std::size_t>(st.st_size) < want) {
    if (fd >= 0) close(fd);
    state.SkipWithError("the netgov program's file is not readable, or smaller than the range");
    return;
  }
  // Read once, so that every page is in the page cache before the timing.
  for (std::size_t i = 0; i < want; i += kPage) {
    char byte = 0;
    if (pread(fd, &byte, 1, static_cast<off_t>(i)) != 1) break;
  }
  for (auto _ : state) {
    void* raw = mmap(nullptr, want, PROT_READ, MAP_PRIVATE, fd, 0);
    if (raw == MAP_FAILED) {
      state.SkipWithError("mmap failed");
      break;
    }
    const volatile char* data = static_cast<const char*>(raw);
    char sum = 0;
    for (std::size_t i = 0; i < want; i += kPage) sum = static_cast<char>(sum + data[i]);
    benchmark::DoNotOptimize(sum);
    munmap(raw, want);
  }
  close(fd);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(want / kPage));
}
BENCHMARK(BM_MapCachedFile)->Arg(64)->Arg(1024);

#else

void BM_FirstTouchAnonymous(benchmark::State& state) { state.SkipWithError("Linux only"); }
BENCHMARK(BM_FirstTouchAnonymous)->Arg(64);

#endif

}  // namespace

BENCHMARK_MAIN();
