// The netgov program. Everything happens in netgov::cli::Run, so that the
// tests can run the same code in-process.
#include <iostream>
#include <string>
#include <vector>

#include <unistd.h>

#include "src/cli/cli.hpp"

int main(int argc, char** argv) {
  std::ios_base::sync_with_stdio(false);
  const std::vector<std::string> args(argv + 1, argv + argc);
  // A long command shows its progress only where a person watches it.
  return netgov::cli::Run(args, std::cout, std::cerr, std::nullopt,
                          isatty(STDERR_FILENO) == 1);
}
