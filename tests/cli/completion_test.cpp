// netgov completion bash: the script offers what the command table holds
// (tests/completion/check_completion.sh runs it in bash); here, its contents
// and the errors.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/cli_runner.hpp"

namespace netgov::cli {
namespace {

using ::testing::HasSubstr;
using testing::RunNetgov;
using testing::RunNetgovOk;

TEST(CompletionCommand, BashScriptHasEveryCommandWithItsOptionsAndFormats) {
  const std::string script = RunNetgovOk({"completion", "bash"});
  EXPECT_THAT(script, HasSubstr("complete -F _netgov netgov\n"));
  EXPECT_THAT(script,
              HasSubstr("    rotation)\n"
                        "      options=\"--network --as-of --format --max-file-mib --from --terms "
                        "--until --leaves --on --help\"\n"
                        "      formats=\"text json ics csv\"\n"
                        "      arguments=\"\"\n"
                        "      files=0\n"
                        "      ;;\n"));
  EXPECT_THAT(script, HasSubstr("    validate)\n"
                                "      options=\"--network --as-of --format --max-file-mib "
                                "--require-provenance --help\"\n"
                                "      formats=\"text json\"\n"
                                "      arguments=\"\"\n"
                                "      files=1\n"));
  for (const Command& c : Commands()) {
    EXPECT_THAT(script, HasSubstr("\n    " + std::string(c.name) + ")\n")) << c.name;
  }
}

TEST(CompletionCommand, UnknownOrMissingShellIsAnError) {
  const testing::CliResult zsh = RunNetgov({"completion", "zsh"});
  EXPECT_EQ(zsh.code, 2);
  EXPECT_EQ(zsh.out, "");
  EXPECT_EQ(zsh.err, "netgov completion: unknown shell 'zsh' (usage: netgov completion bash)\n");
  const testing::CliResult none = RunNetgov({"completion"});
  EXPECT_EQ(none.code, 2);
  EXPECT_EQ(none.err, "netgov completion: which shell? (usage: netgov completion bash)\n");
}

}  // namespace
}  // namespace netgov::cli
