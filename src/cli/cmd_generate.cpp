// netgov generate --entities N --pillars M --seed S: writes a synthetic
// netgov/1 network file (netgov/io/generate.hpp) to standard output. The
// output is the file in either format (text or json); the same options give
// the same bytes.
#include "netgov/io/generate.hpp"
#include "netgov/io/json.hpp"
#include "src/cli/commands.hpp"

namespace netgov::cli {

absl::StatusOr<int> RunGenerate(const Context& ctx) {
  absl::StatusOr<long long> entities =
      ctx.IntOption("entities", 100, 1, io::kMaxGeneratedEntities);
  if (!entities.ok()) return entities.status();
  absl::StatusOr<long long> pillars =
      ctx.IntOption("pillars", 10, 1, io::kMaxGeneratedPillars);
  if (!pillars.ok()) return pillars.status();
  absl::StatusOr<long long> seed = ctx.IntOption("seed", 1, 0, INT64_MAX);
  if (!seed.ok()) return seed.status();
  ProgressLine progress(ctx, *entities + *pillars >= kProgressMinimum);
  absl::StatusOr<Network> net = io::GenerateNetwork(
      {static_cast<int>(*entities), static_cast<int>(*pillars),
       static_cast<std::uint64_t>(*seed), progress.fn()});
  if (!net.ok()) return net.status();
  if (const ProgressFn report = progress.fn()) report("writing", 0, 1);
  progress.Done();
  io::WriteNetwork(ctx.out, *net);  // as it goes: never held whole
  return 0;
}

}  // namespace netgov::cli
