// Runs a Boost.Graph algorithm of one's own on the relationship graph as it
// stood on a date: boost::connected_components on the as-of view of the
// default network, listing which entities and pillars hang together on
// 6 December 2021 and who stands alone.
//
// Shows: netgov::graph::RelationGraph, AsOf(), vertex ids; any BGL algorithm
// that takes a filtered_graph runs on the view.
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "boost/graph/connected_components.hpp"
#include "netgov/graph/graph.hpp"
#include "netgov/netgov.hpp"

int main() {
  const netgov::graph::RelationGraph graph(netgov::io::DefaultNetwork());
  const netgov::graph::AsOfView view = graph.AsOf(netgov::Date(2021, 12, 6));

  // connected_components numbers the components of the vertices the view
  // keeps; the map has a slot for every vertex of the underlying graph.
  std::vector<int> component(boost::num_vertices(graph.graph()));
  const int count = boost::connected_components(
      view, boost::make_iterator_property_map(component.begin(),
                                              boost::get(boost::vertex_index, view)));

  // Group the vertices the view keeps by component, in vertex order.
  std::map<int, std::vector<std::string>> members;
  for (auto [it, end] = boost::vertices(view); it != end; ++it) {
    members[component[*it]].push_back(graph.IdOf(*it));
  }
  std::cout << "Components on 2021-12-06: " << count << "\n";
  for (const auto& [number, ids] : members) {
    std::cout << "  " << ids.size() << ": " << absl::StrJoin(ids, ", ") << "\n";
  }
  return EXIT_SUCCESS;
}
