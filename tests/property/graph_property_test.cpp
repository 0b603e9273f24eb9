// Invariants of the graph analyses over generated networks
// (tests/property/property.hpp says how cases are seeded and re-run).
//
// Networks come from the library's own generator (`netgov generate`, with a
// drawn size and seed) or are drawn here role by role (memberships, pillar
// launches and role validity that start and end), and are read as of a
// drawn date. Each answer is checked against a plain computation on the
// roles valid that day.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "boost/date_time/gregorian/gregorian.hpp"
#include "netgov/graph/analysis.hpp"
#include "netgov/io/generate.hpp"
#include "netgov/io/json.hpp"
#include "netgov/network/network_builder.hpp"
#include "tests/property/property.hpp"

namespace netgov::graph {
namespace {

int Draw(int low, int high) { return *rc::gen::inRange(low, high + 1); }
bool Chance(int percent) { return Draw(1, 100) <= percent; }

Date DrawDate() { return Date(2020, 1, 1) + boost::gregorian::days(Draw(0, 4 * 365)); }

std::optional<Date> MaybeDate() {
  return Chance(50) ? std::nullopt : std::optional<Date>(DrawDate());
}

Interval DrawInterval() {
  std::optional<Date> a = MaybeDate();
  std::optional<Date> b = MaybeDate();
  if (a && b && *b < *a) std::swap(a, b);
  return {a, b};
}

// A network of up to 10 entities and 6 pillars with up to 25 roles, each
// with a validity, and memberships and launches that start on drawn dates.
Network DrawNetwork() {
  NetworkBuilder b({"n", "N", "", "", ""});
  const int n = Draw(1, 10);
  const int m = Draw(1, 6);
  for (int i = 0; i < n; ++i) {
    Entity e;
    e.id = EntityId(absl::StrCat("e", i));
    e.name = absl::StrCat("Entity ", i);
    if (Chance(30)) e.membership = {DrawInterval()};
    b.AddEntity(std::move(e));
  }
  for (int j = 0; j < m; ++j) {
    Pillar p;
    p.id = PillarId(absl::StrCat("p", j));
    p.number = j + 1;
    p.name = absl::StrCat("Pillar ", j);
    if (Chance(25)) p.launch.date = DrawDate();
    for (int r = Draw(0, 5); r > 0; --r) {
      Role role;
      role.entity = EntityId(absl::StrCat("e", Draw(0, n - 1)));
      role.kind = static_cast<RoleKind>(Draw(0, 2));
      role.provisional = role.kind == RoleKind::kLead && Chance(20);
      if (Chance(40)) role.valid = DrawInterval();
      p.roles.push_back(std::move(role));
    }
    b.AddPillar(std::move(p));
  }
  absl::StatusOr<Network> net = std::move(b).Build();
  RC_PRE(net.ok());
  return *net;
}

// A generated network (the library's generator) or a drawn one, shown with
// a failing case as a network file.
Network AnyNetwork() {
  Network net;
  if (Chance(30)) {
    const io::GenerateOptions options{.entities = Draw(1, 40), .pillars = Draw(1, 8),
                                      .seed = static_cast<std::uint64_t>(Draw(1, 1'000'000))};
    absl::StatusOr<Network> generated = io::GenerateNetwork(options);
    RC_ASSERT(generated.ok());
    RC_LOG() << "netgov generate --entities " << options.entities << " --pillars "
             << options.pillars << " --seed " << options.seed << "\n";
    net = *generated;
  } else {
    net = DrawNetwork();
  }
  RC_LOG() << io::WriteNetwork(net) << "\n";
  return net;
}

// The graph on `day`, computed from the network alone: for each vertex
// (entities first, then pillars, as in RelationGraph) whether it is present
// and its neighbours through valid roles (one per role).
struct Plain {
  std::size_t entities = 0;
  std::vector<bool> present;
  std::vector<std::vector<std::size_t>> next;
};

Plain PlainGraph(const Network& net, Date day) {
  Plain g;
  g.entities = net.entities().size();
  const std::size_t total = g.entities + net.pillars().size();
  g.present.assign(total, false);
  g.next.assign(total, {});
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < g.entities; ++i) {
    const Entity& e = net.entities()[i];
    index[e.id.str()] = i;
    g.present[i] = e.IsMemberOn(day);
  }
  for (std::size_t j = 0; j < net.pillars().size(); ++j) {
    const Pillar& p = net.pillars()[j];
    const std::size_t v = g.entities + j;
    g.present[v] = p.launch.LaunchedOn(day);
    for (const Role& r : p.roles) {
      const std::size_t e = index.at(r.entity.str());
      if (!g.present[v] || !g.present[e] || !r.valid.Contains(day)) continue;
      g.next[v].push_back(e);
      g.next[e].push_back(v);
    }
  }
  return g;
}

// The number of connected components among present vertices other than
// `gone`.
int Components(const Plain& g, std::size_t gone) {
  std::vector<bool> seen(g.present.size(), false);
  int count = 0;
  for (std::size_t s = 0; s < g.present.size(); ++s) {
    if (!g.present[s] || s == gone || seen[s]) continue;
    ++count;
    std::vector<std::size_t> stack = {s};
    seen[s] = true;
    while (!stack.empty()) {
      const std::size_t v = stack.back();
      stack.pop_back();
      for (std::size_t w : g.next[v]) {
        if (w != gone && !seen[w]) {
          seen[w] = true;
          stack.push_back(w);
        }
      }
    }
  }
  return count;
}

// The co-membership projection is symmetric: the pillars a shares with b
// are those b shares with a, and the listing holds each unordered pair of
// entities sharing a pillar once, a before b, with that count.
NETGOV_PROPERTY(GraphProperty, ProjectionIsSymmetric, 1000, ()) {
  const Network net = AnyNetwork();
  const Date day = DrawDate();
  RC_LOG() << "as of " << FormatDate(day) << "\n";
  const RelationGraph graph(net);
  const Plain g = PlainGraph(net, day);
  // shares[a][b]: pillars of a (seen from a's roles) in which b has a role.
  std::map<std::pair<std::string, std::string>, int> shares;
  for (std::size_t a = 0; a < g.entities; ++a) {
    std::set<std::size_t> pillars(g.next[a].begin(), g.next[a].end());
    for (std::size_t p : pillars) {
      std::set<std::size_t> others(g.next[p].begin(), g.next[p].end());
      for (std::size_t b : others) {
        if (b != a) ++shares[{net.entities()[a].id.str(), net.entities()[b].id.str()}];
      }
    }
  }
  std::map<std::pair<std::string, std::string>, int> expected;
  for (const auto& [pair, count] : shares) {
    RC_ASSERT(shares.at({pair.second, pair.first}) == count);
    if (pair.first < pair.second) expected[pair] = count;
  }
  std::map<std::pair<std::string, std::string>, int> listed;
  std::pair<std::string, std::string> previous;
  for (const SharedPillars& s : Projection(graph, graph.AsOf(day))) {
    RC_ASSERT(s.a < s.b);
    const std::pair<std::string, std::string> pair{s.a.str(), s.b.str()};
    RC_ASSERT(listed.empty() || previous < pair);
    listed[pair] = s.shared;
    previous = pair;
  }
  RC_ASSERT(listed == expected);
}

// A tree of alternating entities and pillars, grown vertex by vertex: a new
// pillar with one role for an existing entity, or a new entity with one
// role in an existing pillar. In a tree, the raw betweenness of a vertex is
// the number of pairs of other vertices it separates: the sum over pairs of
// the pieces left without it of the product of their sizes.
NETGOV_PROPERTY(GraphProperty, BetweennessOfATreeIsTheClosedForm, 1000, ()) {
  const int size = Draw(1, 30);
  std::vector<int> kind = {0};  // 0 entity, 1 pillar; vertex 0 is an entity
  std::vector<int> parent = {-1};
  for (int v = 1; v < size; ++v) {
    const int p = Draw(0, v - 1);
    kind.push_back(1 - kind[static_cast<std::size_t>(p)]);
    parent.push_back(p);
  }
  // Entities and pillars numbered in the order they were grown.
  std::vector<int> number(kind.size());
  int entities = 0;
  int pillars = 0;
  for (std::size_t v = 0; v < kind.size(); ++v) number[v] = kind[v] == 0 ? entities++ : pillars++;
  NetworkBuilder b({"tree", "Tree", "", "", ""});
  for (int e = 0; e < entities; ++e) {
    Entity x;
    x.id = EntityId(absl::StrCat("e", e));
    x.name = absl::StrCat("Entity ", e);
    b.AddEntity(std::move(x));
  }
  std::vector<Pillar> ps(static_cast<std::size_t>(pillars));
  for (int p = 0; p < pillars; ++p) {
    ps[static_cast<std::size_t>(p)].id = PillarId(absl::StrCat("p", p));
    ps[static_cast<std::size_t>(p)].number = p + 1;
    ps[static_cast<std::size_t>(p)].name = absl::StrCat("Pillar ", p);
  }
  for (std::size_t v = 1; v < kind.size(); ++v) {
    const std::size_t u = static_cast<std::size_t>(parent[v]);
    const std::size_t e = kind[v] == 0 ? v : u;
    const std::size_t p = kind[v] == 0 ? u : v;
    Role role;
    role.entity = EntityId(absl::StrCat("e", number[e]));
    role.kind = static_cast<RoleKind>(Draw(0, 2));
    ps[static_cast<std::size_t>(number[p])].roles.push_back(std::move(role));
  }
  for (Pillar& p : ps) b.AddPillar(std::move(p));
  absl::StatusOr<Network> net = std::move(b).Build();
  RC_ASSERT(net.ok());
  RC_LOG() << io::WriteNetwork(*net) << "\n";
  const RelationGraph graph(*net);
  const std::vector<double> centrality = Betweenness(graph.AsOf(Date(2022, 1, 1)));
  // Piece sizes: the subtree below each child, and the rest above.
  std::vector<long long> below(kind.size(), 1);
  for (std::size_t v = kind.size(); v-- > 1;) below[static_cast<std::size_t>(parent[v])] += below[v];
  for (std::size_t v = 0; v < kind.size(); ++v) {
    std::vector<long long> pieces;
    for (std::size_t w = 1; w < kind.size(); ++w) {
      if (parent[w] == static_cast<int>(v)) pieces.push_back(below[w]);
    }
    if (v != 0) pieces.push_back(static_cast<long long>(kind.size()) - below[v]);
    long long pairs = 0;
    long long seen = 0;
    for (long long piece : pieces) {
      pairs += seen * piece;
      seen += piece;
    }
    const Vertex vertex = kind[v] == 0 ? graph.EntityVertex(static_cast<std::size_t>(number[v]))
                                       : graph.PillarVertex(static_cast<std::size_t>(number[v]));
    RC_ASSERT(centrality[vertex] == static_cast<double>(pairs));
  }
}

// An entity is reported as an articulation point exactly when removing it
// leaves more pieces than there were; and an entity whose leaving cuts
// other entities off is one.
NETGOV_PROPERTY(GraphProperty, RemovingAnArticulationPointDisconnects, 1000, ()) {
  const Network net = AnyNetwork();
  const Date day = DrawDate();
  RC_LOG() << "as of " << FormatDate(day) << "\n";
  const RelationGraph graph(net);
  const Plain g = PlainGraph(net, day);
  const int whole = Components(g, g.present.size());
  std::vector<EntityId> cut;
  for (std::size_t e = 0; e < g.entities; ++e) {
    if (g.present[e] && Components(g, e) > whole) cut.push_back(net.entities()[e].id);
  }
  std::sort(cut.begin(), cut.end());
  RC_ASSERT(ArticulationEntities(graph, graph.AsOf(day)) == cut);
  for (std::size_t e = 0; e < g.entities; ++e) {
    const EntityId& id = net.entities()[e].id;
    absl::StatusOr<LeaveImpact> impact = IfEntityLeaves(graph, day, id.str());
    RC_ASSERT(impact.ok());
    if (!impact->entities_disconnected.empty()) {
      RC_ASSERT(std::binary_search(cut.begin(), cut.end(), id));
    }
    if (!g.present[e]) RC_ASSERT(*impact == (LeaveImpact{id, {}, {}}));
  }
}

}  // namespace
}  // namespace netgov::graph
