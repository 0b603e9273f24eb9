// What a writer does with its std::ostream, for the tests of streamed output:
// the bytes, how many writes brought them and the largest of those writes. A
// writer that builds its output whole before writing it shows it as one
// write as large as the output; one that writes as it goes, as many small
// ones.
//
//   WriteRecorder recorder;
//   std::ostream out(&recorder);
//   out << "<svg>" << std::flush;
//   EXPECT_EQ(recorder.bytes(), "<svg>");
//   EXPECT_EQ(Fnv1a64(recorder.bytes()), 0x...);
#ifndef NETGOV_TESTS_TESTING_WRITE_RECORDER_HPP_
#define NETGOV_TESTS_TESTING_WRITE_RECORDER_HPP_

#include <algorithm>
#include <cstddef>
#include <streambuf>
#include <string>

#include "tests/testing/fnv1a.hpp"  // Fnv1a64(), to pin what was written

namespace netgov::testing {

// WriteRecorder
//
// A stream buffer without a buffer of its own: every write reaches it as is.
class WriteRecorder final : public std::streambuf {
 public:
  const std::string& bytes() const { return bytes_; }
  std::size_t writes() const { return writes_; }
  std::size_t largest_write() const { return largest_write_; }

 protected:
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    const auto size = static_cast<std::size_t>(n);
    bytes_.append(s, size);
    ++writes_;
    largest_write_ = std::max(largest_write_, size);
    return n;
  }
  int_type overflow(int_type ch) override {
    if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
    const char c = traits_type::to_char_type(ch);
    xsputn(&c, 1);
    return ch;
  }

 private:
  std::string bytes_;
  std::size_t writes_ = 0;
  std::size_t largest_write_ = 0;
};

}  // namespace netgov::testing

#endif  // NETGOV_TESTS_TESTING_WRITE_RECORDER_HPP_
