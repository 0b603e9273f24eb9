// File: netgov/network/network_builder.hpp
// -----------------------------------------------------------------------------
//
// `NetworkBuilder`: assembles a `Network` in code and validates it. The JSON
// loader uses it too, so a network built in code and one loaded from a file
// are checked by the same rules, with the same messages. Errors name the item
// by the JSON pointer it would have in a network file (`/entities/2/id`),
// since the builder keeps items in the order they were added.
//
// Example:
//
//   netgov::NetworkBuilder b({"demo", "Demo network", "Europe/Paris", "", ""});
//   b.AddEntity({.id = netgov::EntityId("a"), .acronym = "A", .name = "Alpha"});
//   absl::StatusOr<netgov::Network> net = std::move(b).Build();
//   if (!net.ok()) std::cerr << net.status().message();

#ifndef NETGOV_NETWORK_NETWORK_BUILDER_HPP_
#define NETGOV_NETWORK_NETWORK_BUILDER_HPP_

#include <memory>
#include <utility>

#include "absl/status/statusor.h"
#include "netgov/network/network.hpp"

namespace netgov {

// NetworkBuilder
//
// Each `Add*` appends; `Build()` validates everything at once and returns the
// first error found, in file order (network, entities, people, pillars,
// rotations, calendars, meetings, commitments, deadlines, mentions,
// stated counts). The checks: required ids present and unique, references
// resolve ("did you mean"), intervals ordered, time zones known, rotations,
// calendars, meetings and deadlines well-formed.
class NetworkBuilder {
 public:
  NetworkBuilder() : data_(std::make_shared<detail::NetworkData>()) {}
  explicit NetworkBuilder(NetworkInfo info) : NetworkBuilder() {
    data_->info = std::move(info);
  }

  // Copies are independent: a copy holds its own items.
  NetworkBuilder(const NetworkBuilder& other)
      : data_(std::make_shared<detail::NetworkData>(*other.data_)) {}
  NetworkBuilder& operator=(const NetworkBuilder& other) {
    if (this != &other) data_ = std::make_shared<detail::NetworkData>(*other.data_);
    return *this;
  }
  NetworkBuilder(NetworkBuilder&&) = default;
  NetworkBuilder& operator=(NetworkBuilder&&) = default;

  NetworkBuilder& SetInfo(NetworkInfo info) {
    data_->info = std::move(info);
    return *this;
  }
  NetworkBuilder& AddEntity(Entity v) { return Add(data_->entities, std::move(v)); }
  NetworkBuilder& AddPerson(Person v) { return Add(data_->people, std::move(v)); }
  NetworkBuilder& AddPillar(Pillar v) { return Add(data_->pillars, std::move(v)); }
  NetworkBuilder& AddRotation(Rotation v) { return Add(data_->rotations, std::move(v)); }
  NetworkBuilder& AddCalendar(Calendar v) { return Add(data_->calendars, std::move(v)); }
  NetworkBuilder& AddMeeting(Meeting v) { return Add(data_->meetings, std::move(v)); }
  NetworkBuilder& AddCommitment(Commitment v) { return Add(data_->commitments, std::move(v)); }
  NetworkBuilder& AddDeadline(Deadline v) { return Add(data_->deadlines, std::move(v)); }
  NetworkBuilder& AddMention(Mention v) { return Add(data_->mentions, std::move(v)); }
  NetworkBuilder& AddStatedCount(StatedCount v) {
    return Add(data_->stated_counts, std::move(v));
  }

  // Build()
  //
  // Validates and returns the network; the builder is left empty.
  absl::StatusOr<Network> Build() &&;

  // Build() const&
  //
  // Validates a copy, leaving this builder as it was.
  absl::StatusOr<Network> Build() const& { return NetworkBuilder(*this).Build(); }

 private:
  template <typename T>
  NetworkBuilder& Add(std::vector<T>& items, T value) {
    items.push_back(std::move(value));
    return *this;
  }

  std::shared_ptr<detail::NetworkData> data_;
};

}  // namespace netgov

#endif  // NETGOV_NETWORK_NETWORK_BUILDER_HPP_
