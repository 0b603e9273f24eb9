// File: netgov/model/commitment.hpp
// -----------------------------------------------------------------------------
//
// `Commitment`: a numbered undertaking presented or adopted at a meeting, with
// the stated position of each entity that spoke to it.
//
// Example:
//
//   netgov::Commitment c;
//   c.id = netgov::CommitmentId("c3");
//   c.number = 3;
//   c.positions.push_back({netgov::EntityId("osapg"),
//                          netgov::Stance::kConsidering, "may consider", ""});
//   netgov::Stance s = c.StanceOf(netgov::EntityId("who"));  // kNotRecorded

#ifndef NETGOV_MODEL_COMMITMENT_HPP_
#define NETGOV_MODEL_COMMITMENT_HPP_

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "netgov/core/enum.hpp"
#include "netgov/core/id.hpp"
#include "netgov/model/provenance.hpp"

namespace netgov {

// Stance
//
// `kSilent` is a recorded silence (the record says the entity stated
// nothing); an entity the record does not mention at all is `kNotRecorded`,
// which is what `Commitment::StanceOf()` gives for an entity without a
// position.
enum class Stance {
  kEndorses,
  kPartially,
  kConsidering,
  kDeclines,
  kSilent,
  kNotRecorded
};

template <>
struct EnumTraits<Stance> {
  static constexpr std::array<std::string_view, 6> kNames = {
      "endorses", "partially", "considering", "declines", "silent",
      "not-recorded"};
};

// CommitmentStatus
enum class CommitmentStatus { kProposed, kAdopted };

template <>
struct EnumTraits<CommitmentStatus> {
  static constexpr std::array<std::string_view, 2> kNames = {"proposed",
                                                             "adopted"};
};

// Position
struct Position {
  EntityId entity;
  Stance stance = Stance::kSilent;
  std::string note;
  std::string source;
  Basis basis = Basis::kQuoted;

  friend bool operator==(const Position&, const Position&) = default;
};

// Commitment
struct Commitment {
  CommitmentId id;
  int number = 0;
  std::string text;
  std::optional<MeetingId> adopted_at;
  CommitmentStatus status = CommitmentStatus::kProposed;
  std::string status_source;
  std::vector<Position> positions;
  std::string source;
  Basis basis = Basis::kQuoted;
  std::string note{};

  // PositionOf()
  //
  // The position `entity` stated, or nullptr.
  const Position* PositionOf(const EntityId& entity) const {
    for (const Position& p : positions) {
      if (p.entity == entity) return &p;
    }
    return nullptr;
  }

  // StanceOf()
  //
  // The stated stance, `kNotRecorded` if the record states none.
  Stance StanceOf(const EntityId& entity) const {
    const Position* p = PositionOf(entity);
    return p == nullptr ? Stance::kNotRecorded : p->stance;
  }

  friend bool operator==(const Commitment&, const Commitment&) = default;
};

}  // namespace netgov

#endif  // NETGOV_MODEL_COMMITMENT_HPP_
