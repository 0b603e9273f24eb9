// File: netgov/network/network_builder.hpp
// -----------------------------------------------------------------------------
//
// `NetworkBuilder`: assembles a `Network` in code and validates it. The JSON
// loader uses it too, so a network built in code and one loaded from a file
// are checked by the same rules, with the same messages. Errors name the item
// by the JSON pointer it would have in a network file (`/entities/2/id`),
// since the builder keeps items in the order they were added.
//
// A builder made from an existing `Network` amends it: it starts with a copy
// of every item, in order, and `AddRole()`, `AddHistory()` and the
// `Replace*()` calls change items by id; `Build()` checks the result as a
// whole, and `netgov::io::WriteNetwork()` saves it.
//
// Example:
//
//   netgov::NetworkBuilder b({"demo", "Demo network", "Europe/Paris", "", ""});
//   b.AddEntity({.id = netgov::EntityId("a"), .acronym = "A", .name = "Alpha"});
//   absl::StatusOr<netgov::Network> net = std::move(b).Build();
//   if (!net.ok()) std::cerr << net.status().message();
//
// Example (amend a loaded network):
//
//   netgov::NetworkBuilder amend(netgov::io::DefaultNetwork());
//   amend.AddHistory(netgov::RotationId("co-chair"),
//                    {netgov::Date(2022, 1, 1), {netgov::EntityId("undp")}, "call answered"});
//   absl::StatusOr<netgov::Network> amended = std::move(amend).Build();
//   if (amended.ok()) std::cout << netgov::io::WriteNetwork(*amended);

#ifndef NETGOV_NETWORK_NETWORK_BUILDER_HPP_
#define NETGOV_NETWORK_NETWORK_BUILDER_HPP_

#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "netgov/network/network.hpp"

namespace netgov {
class NetworkBuilder;
namespace detail {
struct NetworkData;  // src/network/network_data.hpp
// Build() without the checks that load time zones (zone names, and meeting
// times that fall in a daylight-saving gap), for a network whose file was
// built with every check at build time: the embedded default network
// (src/io/default_network.cpp). Not for other use.
absl::StatusOr<Network> BuildPrechecked(NetworkBuilder&& builder);
}  // namespace detail

// NetworkBuilder
//
// Each `Add*` appends; `Build()` validates everything at once and returns the
// first error found, in file order (network, entities, people, pillars,
// rotations, calendars, meetings, commitments, deadlines, mentions,
// stated counts). The checks: required ids present and unique, references
// resolve ("did you mean"), intervals ordered, time zones known, rotations,
// calendars, meetings and deadlines well-formed. An amending call that names
// an unknown id (`AddRole`, `AddHistory`, `Replace*`) changes nothing, and
// `Build()` then fails with the first such call's error before any check.
class NetworkBuilder {
 public:
  NetworkBuilder();
  explicit NetworkBuilder(NetworkInfo info);

  // NetworkBuilder(network)
  //
  // A builder holding a copy of every item of `network`, in order, to amend
  // and build again; `network` itself (immutable) is unchanged. Building it
  // unamended gives a network equal to `network`.
  explicit NetworkBuilder(const Network& network);

  // Copies are independent: a copy holds its own items.
  NetworkBuilder(const NetworkBuilder& other);
  NetworkBuilder& operator=(const NetworkBuilder& other);
  NetworkBuilder(NetworkBuilder&&) noexcept;
  NetworkBuilder& operator=(NetworkBuilder&&) noexcept;
  ~NetworkBuilder();

  NetworkBuilder& SetInfo(NetworkInfo info);
  NetworkBuilder& AddEntity(Entity v);
  NetworkBuilder& AddPerson(Person v);
  NetworkBuilder& AddPillar(Pillar v);
  NetworkBuilder& AddRotation(Rotation v);
  NetworkBuilder& AddCalendar(Calendar v);
  NetworkBuilder& AddMeeting(Meeting v);
  NetworkBuilder& AddCommitment(Commitment v);
  NetworkBuilder& AddDeadline(Deadline v);
  NetworkBuilder& AddMention(Mention v);
  NetworkBuilder& AddStatedCount(StatedCount v);

  // AddEntities(), AddPeople(), AddPillars()
  //
  // Append every item of `v`, in order, as one AddEntity() (AddPerson(),
  // AddPillar()) call per item would; into an empty list the vector itself
  // is moved, so a loader holding a whole list adds it without moving each
  // item (io::LoadNetwork() does). Example:
  //
  //   std::vector<netgov::Entity> entities(2);
  //   entities[0].id = netgov::EntityId("a");
  //   entities[1].id = netgov::EntityId("b");
  //   builder.AddEntities(std::move(entities));
  NetworkBuilder& AddEntities(std::vector<Entity> v);
  NetworkBuilder& AddPeople(std::vector<Person> v);
  NetworkBuilder& AddPillars(std::vector<Pillar> v);

  // AddRole()
  //
  // Appends `role` to the roles of the pillar with id `pillar`. Unknown
  // pillar: Build() fails with "AddRole: unknown pillar 'x'; did you mean
  // 'y'?".
  NetworkBuilder& AddRole(const PillarId& pillar, Role role);

  // AddHistory()
  //
  // Appends `entry` (the recorded rotating holders of the term starting on
  // `entry.start`) to the history of the rotation with id `rotation`.
  // Unknown rotation: Build() fails with "AddHistory: unknown rotation ...".
  NetworkBuilder& AddHistory(const RotationId& rotation, HistoryEntry entry);

  // ReplaceEntity(), ReplacePillar(), ReplaceRotation()
  //
  // Replace the item whose id is the new item's id, keeping its place in
  // the order. Unknown id: Build() fails with "ReplaceEntity: unknown entity
  // 'x'; did you mean 'y'?" (and so on).
  NetworkBuilder& ReplaceEntity(Entity v);
  NetworkBuilder& ReplacePillar(Pillar v);
  NetworkBuilder& ReplaceRotation(Rotation v);

  // Build()
  //
  // Validates and returns the network; the builder is left empty.
  absl::StatusOr<Network> Build() &&;

  // Build() const&
  //
  // Validates a copy, leaving this builder as it was.
  absl::StatusOr<Network> Build() const& { return NetworkBuilder(*this).Build(); }

 private:
  friend absl::StatusOr<Network> detail::BuildPrechecked(NetworkBuilder&& builder);

  // Build(), with or without the checks that load time zones.
  absl::StatusOr<Network> Build(bool check_zones) &&;

  // The item of `items` with id `id`, or nullptr after recording "<call>:
  // unknown <kind> 'id'; did you mean ...?" as the amend error (the first
  // such error is kept).
  template <typename T, typename Id>
  T* ItemToAmend(std::vector<T>& items, const Id& id, std::string_view call,
                 std::string_view kind);

  std::shared_ptr<detail::NetworkData> data_;
  // The first error of an amending call, returned by Build().
  absl::Status amend_error_;
};

}  // namespace netgov

#endif  // NETGOV_NETWORK_NETWORK_BUILDER_HPP_
