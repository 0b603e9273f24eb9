// Checks of the record against itself: things a source names that the network
// does not define, and counts a source states that the data contradicts.
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "netgov/core/error.hpp"
#include "netgov/core/strings.hpp"
#include "src/validate/checks.hpp"

namespace netgov::validate::detail {
namespace {

constexpr std::string_view kCollections[] = {"commitments", "pillars", "entities",
                                             "people", "meetings"};

std::string Quoted(const std::string& source) {
  return source.empty() ? std::string() : absl::StrCat(" (\"", source, "\")");
}

// The plural of `collection` for `n` items ("1 pillar", "8 pillars").
std::string CountOf(int n, std::string_view collection) {
  std::string word(collection);
  if (n == 1) {
    word = word == "people" ? "person" : word.substr(0, word.size() - 1);
  }
  return absl::StrCat(n, " ", word);
}

// The number of items the data records, or nullopt for an unknown collection.
std::optional<int> Recorded(const Network& network, const StatedCount& c) {
  auto size = [](auto span) { return static_cast<int>(span.size()); };
  if (c.collection == "commitments") {
    if (!c.meeting) return size(network.commitments());
    int n = 0;
    for (const Commitment& m : network.commitments()) {
      if (m.adopted_at == c.meeting) ++n;
    }
    return n;
  }
  if (c.collection == "pillars") return size(network.pillars());
  if (c.collection == "entities") return size(network.entities());
  if (c.collection == "people") return size(network.people());
  if (c.collection == "meetings") return size(network.meetings());
  return std::nullopt;
}

std::string Subject(const StatedCount& c) {
  std::string s = CountOf(c.count, c.collection);
  if (c.meeting) absl::StrAppend(&s, " of '", c.meeting->str(), "'");
  return s;
}

// The pillar whose name is `name`, ignoring case, or nullptr.
const Pillar* PillarNamed(const Network& network, std::string_view name) {
  for (const Pillar& p : network.pillars()) {
    if (absl::EqualsIgnoreCase(ToAbsl(p.name), ToAbsl(name))) return &p;
  }
  return nullptr;
}

}  // namespace

void CheckMentions(const Network& network, std::vector<Diagnostic>& out) {
  const auto mentions = network.mentions();
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    std::string defined;
    std::string among;
    if (m.kind == "pillar") {
      if (const Pillar* p = PillarNamed(network, m.name)) defined = p->id.str();
      among = absl::StrCat("among the ", CountOf(static_cast<int>(network.pillars().size()), "pillars"));
    } else if (m.kind == "entity") {
      if (const Entity* e = network.ResolveEntity(m.name)) defined = e->id.str();
      among = absl::StrCat("among the ", CountOf(static_cast<int>(network.entities().size()), "entities"));
    } else if (m.kind == "person") {
      if (const Person* p = network.ResolvePerson(m.name)) defined = p->id.str();
      among = absl::StrCat("among the ", CountOf(static_cast<int>(network.people().size()), "people"));
    } else if (m.kind == "other") {
      among = "defined in the network";
    } else {
      // A document, event, body, mechanism or statement is a record of what
      // the source says, not something the network could define.
      continue;
    }
    if (!defined.empty()) {
      out.push_back({Severity::kNote, At("mentions", i),
                     absl::StrCat("'", m.name, "' is defined, as ", m.kind, " '",
                                  defined, "'")});
      continue;
    }
    std::string who;
    if (m.entity) {
      const Entity* e = network.FindEntity(*m.entity);
      who = absl::StrCat(", named with ", e == nullptr ? m.entity->str() : e->DisplayName(),
                         m.role.empty() ? "" : absl::StrCat(" as ", m.role));
      if (!m.valid.IsAlways()) absl::StrAppend(&who, " ", FormatInterval(m.valid));
    }
    out.push_back({Severity::kWarning, At("mentions", i),
                   absl::StrCat("'", m.name, "'", Quoted(m.source), who,
                                " is not ", among)});
  }
}

void CheckStatedCounts(const Network& network, std::vector<Diagnostic>& out) {
  const auto counts = network.stated_counts();
  std::vector<std::string> collections(std::begin(kCollections), std::end(kCollections));
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const StatedCount& c = counts[i];
    const std::optional<int> recorded = Recorded(network, c);
    if (!recorded) {
      out.push_back({Severity::kWarning, At("stated_counts", i, "/collection"),
                     absl::StrCat("cannot check a count of '", c.collection, "'",
                                  DidYouMean(c.collection, collections),
                                  " (known: commitments, pillars, entities, "
                                  "people, meetings)")});
      continue;
    }
    if (*recorded != c.count) {
      out.push_back({Severity::kWarning, At("stated_counts", i, "/count"),
                     absl::StrCat(Subject(c), " stated", Quoted(c.source), ", ",
                                  *recorded, " recorded")});
    }
    for (std::size_t j = 0; j < i; ++j) {
      const StatedCount& earlier = counts[j];
      if (earlier.collection != c.collection || earlier.meeting != c.meeting ||
          earlier.count == c.count) {
        continue;
      }
      out.push_back({Severity::kWarning, At("stated_counts", i, "/count"),
                     absl::StrCat(Subject(c), " stated", Quoted(c.source),
                                  " contradicts ", earlier.count, " stated at ",
                                  At("stated_counts", j), Quoted(earlier.source))});
    }
  }
}

}  // namespace netgov::validate::detail
