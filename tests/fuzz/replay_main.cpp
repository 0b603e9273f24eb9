// File: tests/fuzz/replay_main.cpp
// -----------------------------------------------------------------------------
//
// The main() of a fuzz target built without libFuzzer (NETGOV_FUZZ off): runs
// `LLVMFuzzerTestOneInput()` once on every regular file of each directory
// (or file) named on the command line, in sorted order, and prints how many
// inputs it ran. A broken invariant aborts, a sanitizer finding stops the
// program: either way ctest sees a failure.
//
//   netgov_fuzz_load tests/fuzz/corpus/load tests/fuzz/regressions/load
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "tests/fuzz/fuzz_target.hpp"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    const fs::path arg(argv[i]);
    if (fs::is_directory(arg)) {
      for (const fs::directory_entry& e : fs::directory_iterator(arg)) {
        if (e.is_regular_file()) files.push_back(e.path());
      }
    } else if (fs::is_regular_file(arg)) {
      files.push_back(arg);
    } else {
      std::cerr << argv[0] << ": no such file or directory: " << arg.string() << "\n";
      return 2;
    }
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)),
                            std::istreambuf_iterator<char>());
    if (!in.eof() && in.fail()) {
      std::cerr << argv[0] << ": cannot read " << file.string() << "\n";
      return 2;
    }
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  }
  std::cout << argv[0] << ": ran " << files.size() << " inputs\n";
  return 0;
}
