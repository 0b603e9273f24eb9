// The netgov program. Everything happens in netgov::cli::Run, so that the
// tests can run the same code in-process. What only a process has is here:
// standard output as a file descriptor whose every write is checked.
//
// A write that fails ends the program at once, so a long output stops at the
// first failure: on a broken pipe (EPIPE, when SIGPIPE is ignored; otherwise
// SIGPIPE itself ends the program) quietly with status 141, what a shell
// reports for a program killed by SIGPIPE, as `cat` or `seq` are; on any
// other error (a full disk, a closed descriptor) with one line on standard
// error, "netgov: cannot write output: No space left on device", and
// status 2.
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <streambuf>
#include <string>
#include <vector>

#include "src/cli/cli.hpp"

namespace {

// Standard output, buffered, every write(2) checked.
class StdoutBuffer final : public std::streambuf {
 public:
  StdoutBuffer() { setp(buffer_, buffer_ + sizeof buffer_); }

 protected:
  int_type overflow(int_type ch) override {
    Drain();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }

  int sync() override {
    Drain();
    return 0;
  }

 private:
  void Drain() {
    const char* p = pbase();
    while (p < pptr()) {
      const ssize_t n = ::write(STDOUT_FILENO, p, static_cast<std::size_t>(pptr() - p));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) Fail(errno);
      p += n;
    }
    setp(buffer_, buffer_ + sizeof buffer_);
  }

  [[noreturn]] static void Fail(int error) {
    if (error == EPIPE) std::_Exit(141);
    std::cerr << "netgov: cannot write output: " << std::strerror(error) << "\n";
    std::cerr.flush();
    std::_Exit(2);
  }

  char buffer_[1 << 16];
};

}  // namespace

int main(int argc, char** argv) {
  // The standard streams stay synchronised with C's stdio (the default):
  // standard output goes through StdoutBuffer, standard error is unbuffered,
  // and `std::cin` is read in blocks (`read()`, which becomes fread(3)), so
  // unsynchronised streams would gain nothing and their buffers, about 250 KB
  // allocated at start-up, would cost every run its page faults
  // (docs/benchmarks.md, "Start-up, third pass").
  const std::vector<std::string> args(argv + 1, argv + argc);
  static StdoutBuffer buffer;
  std::ostream out(&buffer);
  // A long command shows its progress only where a person watches it.
  const int code = netgov::cli::Run(args, out, std::cerr, std::nullopt, std::cin,
                                    isatty(STDERR_FILENO) == 1);
  out.flush();  // a failure ends the program in StdoutBuffer
  return code;
}
