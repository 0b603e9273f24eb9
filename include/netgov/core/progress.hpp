// File: netgov/core/progress.hpp
// -----------------------------------------------------------------------------
//
// `ProgressFn`: how a long operation (generating or analysing a large
// network) tells its caller how far it has come, so that a program can show
// a progress line. The library never prints: it calls the function, on the
// calling thread, and its results do not depend on whether one is given.
//
// A call `progress(stage, done, total)` says that `done` of `total` units of
// the named stage are finished (0 <= done <= total, total >= 1). Each stage
// starts with a call with `done` 0 and ends with one with `done == total`;
// calls in between come at most about every 1 % of a stage.
//
// Example:
//
//   netgov::io::GenerateOptions options{.entities = 100'000, .pillars = 1'000};
//   options.progress = [](std::string_view stage, std::int64_t done,
//                         std::int64_t total) {
//     std::cerr << "\r" << stage << " " << 100 * done / total << "%";
//   };
//   absl::StatusOr<netgov::Network> net = netgov::io::GenerateNetwork(options);

#ifndef NETGOV_CORE_PROGRESS_HPP_
#define NETGOV_CORE_PROGRESS_HPP_

#include <cstdint>
#include <functional>
#include <string_view>

namespace netgov {

// ProgressFn
//
// The progress callback; an empty function means nobody is listening.
using ProgressFn =
    std::function<void(std::string_view stage, std::int64_t done, std::int64_t total)>;

// ReportProgress()
//
// Calls `progress` (when set) for unit `done` of `total` of `stage`, but only
// at 0, at `total` and when `done` crosses another 1 % of `total`: a loop may
// call it for every unit.
inline void ReportProgress(const ProgressFn& progress, std::string_view stage,
                           std::int64_t done, std::int64_t total) {
  if (!progress || total < 1) return;
  const std::int64_t step = total < 100 ? 1 : total / 100;
  if (done == 0 || done == total || done % step == 0) progress(stage, done, total);
}

}  // namespace netgov

#endif  // NETGOV_CORE_PROGRESS_HPP_
