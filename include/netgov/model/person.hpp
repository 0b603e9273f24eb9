// File: netgov/model/person.hpp
// -----------------------------------------------------------------------------
//
// `Person`: someone who speaks for an entity, with the posts they hold over
// time and the spelling variants of their name found in sources.
//
// Example:
//
//   netgov::Person p;
//   p.id = netgov::PersonId("ilze-brands-kehris");
//   p.name = "Ilze Brands Kehris";
//   p.aliases = {"Ilze Brands Kheris"};
//   p.posts = {{netgov::EntityId("ohchr"), "Assistant Secretary-General", {}, ""}};
//   const netgov::Post* post = p.PostOn(netgov::Date(2021, 12, 6));

#ifndef NETGOV_MODEL_PERSON_HPP_
#define NETGOV_MODEL_PERSON_HPP_

#include <string>
#include <vector>

#include "netgov/core/date.hpp"
#include "netgov/core/id.hpp"
#include "netgov/model/provenance.hpp"

namespace netgov {

// Post
//
// A title held at an entity during `valid`.
struct Post {
  EntityId entity;
  std::string title;
  Interval valid;
  std::string source;
  Basis basis = Basis::kQuoted;
  std::string note{};

  friend bool operator==(const Post&, const Post&) = default;
};

// Person
struct Person {
  PersonId id;
  std::string name;
  std::vector<std::string> aliases;
  std::vector<Post> posts;
  // Where the person works when the source says it differs from their
  // entity's headquarters (an IANA name); empty means the entity's zone.
  std::string time_zone{};
  std::string source;
  Basis basis = Basis::kQuoted;
  std::string note{};

  // PostOn()
  //
  // The first post valid on `day`, or nullptr. A person counts for the entity
  // of this post (in meetings, for instance).
  const Post* PostOn(Date day) const {
    for (const Post& post : posts) {
      if (post.valid.Contains(day)) return &post;
    }
    return nullptr;
  }

  friend bool operator==(const Person&, const Person&) = default;
};

}  // namespace netgov

#endif  // NETGOV_MODEL_PERSON_HPP_
