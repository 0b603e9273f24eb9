// The documented limits (docs/format.md, "Limits") at their edges, from the
// command line: at the limit the command succeeds, just over it the message
// is exact. (The file-size and nesting limits are tested at the loader:
// tests/io/json_syntax_test.cpp and tests/io/json_read_test.cpp.)
#include <cstdio>
#include <fstream>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tests/testing/cli_runner.hpp"

namespace netgov::cli {
namespace {

using testing::CliResult;
using testing::RunNetgov;
using testing::RunNetgovOk;

// Counts the lines written, keeping none of them.
class LineCounter final : public std::streambuf {
 public:
  long long lines() const { return lines_; }

 protected:
  int_type overflow(int_type ch) override {
    if (ch == '\n') ++lines_;
    return traits_type::not_eof(ch);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    for (std::streamsize i = 0; i < n; ++i) lines_ += s[i] == '\n' ? 1 : 0;
    return n;
  }

 private:
  long long lines_ = 0;
};

// A rotation of one-day terms, so that a million terms fit in the dates.
std::string DailyRotation() {
  const std::string path = std::string(NETGOV_BINARY_DIR) + "/daily-rotation.netgov.json";
  std::ofstream(path) << R"({"format": "netgov/1", "network": {"id": "n"},
 "entities": [{"id": "a"}, {"id": "b"}],
 "rotations": [{"id": "duty", "term": {"start": "2000-01-01", "days": 1},
                "order": {"rule": "fixed", "sequence": ["a", "b"], "cycle": true}}]})";
  return path;
}

long long LinesOf(const std::vector<std::string>& args) {
  LineCounter counter;
  std::ostream out(&counter);
  std::ostringstream err;
  EXPECT_EQ(Run(args, out, err, testing::kToday), 0) << err.str();
  return counter.lines();
}

TEST(Limits, AMillionTermsAtMost) {
  const std::string net = DailyRotation();
  auto terms = [&](const std::string& n) {
    return std::vector<std::string>{"--network", net, "rotation", "--from", "2000-01-01",
                                    "--terms", n, "--format", "json"};
  };
  const long long one = LinesOf(terms("1"));
  const long long per_term = LinesOf(terms("2")) - one;
  ASSERT_GT(per_term, 0);
  EXPECT_EQ(LinesOf(terms("1000000")), one + 999'999 * per_term);

  CliResult r = RunNetgov(terms("1000001"));
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "netgov rotation: --terms: '1000001' is not a whole number from 1 to 1000000\n");
  // 2000-01-01 plus 999,999 days is 4737-11-27: one day more is one term too many.
  r = RunNetgov({"--network", net, "rotation", "--from", "2000-01-01", "--until", "4737-11-28"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov rotation: --until 4737-11-28 gives 1000001 terms; at most 1000000\n");
}

TEST(Limits, MaxFileMibReadsLargerFilesAndSaysSo) {
  // A valid network padded to 1.5 MiB: over a limit of 1 MiB, under 2.
  const std::string path = std::string(NETGOV_BINARY_DIR) + "/one-and-a-half-mib.netgov.json";
  {
    std::string text = R"({"format": "netgov/1", "network": {"id": "n"}, "entities": [{"id": "a"}]})";
    text.resize(std::size_t{3} << 19, ' ');
    std::ofstream(path) << text;
  }
  CliResult r = RunNetgov({"--max-file-mib", "1", "--network", path, "pillars"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov: " + path +
                       ": the file is 1572864 bytes; the limit is 1048576 bytes (1 MiB); "
                       "--max-file-mib N reads files of up to N MiB\n");
  EXPECT_EQ(RunNetgovOk({"--network", path, "--max-file-mib=2", "entity", "a"}).substr(0, 7),
            "a:  (a)");
  // validate reads its file argument with the same limit.
  r = RunNetgov({"validate", path, "--max-file-mib", "1"});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("the limit is 1048576 bytes (1 MiB); --max-file-mib N reads"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(RunNetgov({"validate", path, "--max-file-mib", "2"}).code, 0);
  for (const char* bad : {"0", "1048577", "1.5", "big"}) {
    r = RunNetgov({"--max-file-mib", bad, "pillars"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, absl::StrCat("netgov: --max-file-mib: '", bad,
                                  "' is not a whole number from 1 to 1048576 (the largest "
                                  "network file read, in MiB)\n"));
  }
}

TEST(Limits, GeneratedNetworkSize) {
  CliResult r = RunNetgov({"generate", "--entities", "1000001"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "netgov generate: --entities: '1000001' is not a whole number from 1 to 1000000\n");
  r = RunNetgov({"generate", "--pillars", "100001"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "netgov generate: --pillars: '100001' is not a whole number from 1 to 100000\n");
}

TEST(Limits, SupportedDates) {
  EXPECT_NE(RunNetgovOk({"--as-of", "1400-01-01", "brief"}), "");
  EXPECT_NE(RunNetgovOk({"--as-of", "9999-12-31", "brief"}), "");
  CliResult r = RunNetgov({"--as-of", "1399-12-31", "brief"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov: --as-of: '1399-12-31': year 1399 is outside 1400..9999\n");
  r = RunNetgov({"--as-of", "10000-01-01", "brief"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "netgov: --as-of: '10000-01-01' is not a date; expected YYYY-MM-DD, e.g. 2021-12-06\n");
}

}  // namespace
}  // namespace netgov::cli
