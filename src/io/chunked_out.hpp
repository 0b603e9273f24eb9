// Private to the pictures (src/io/svg.cpp, src/io/timeline.cpp): a small
// string buffer in front of a std::ostream, so that a picture of any size is
// written as it is drawn, in chunks of about 64 KiB, instead of being built
// whole in memory first. Pieces are appended as with absl::StrAppend (the
// same digits for numbers), so the bytes are those of the string they would
// have made.
//
// Example:
//
//   std::ostringstream file;
//   {
//     netgov::io::detail::ChunkedOut svg(file);
//     svg.Append("<rect x=\"", 20, "\" y=\"", 76, "\"/>\n");
//   }  // flushed: file.str() == "<rect x=\"20\" y=\"76\"/>\n"

#ifndef NETGOV_SRC_IO_CHUNKED_OUT_HPP_
#define NETGOV_SRC_IO_CHUNKED_OUT_HPP_

#include <cstddef>
#include <ostream>
#include <string>

#include "absl/strings/str_cat.h"

namespace netgov::io::detail {

// ChunkedOut
//
// Appends to a buffer and writes it to `out` whenever it holds `kChunk`
// bytes or more, and at the end (`Flush()` or destruction). Not copyable: it
// refers to `out`, which must outlive it.
class ChunkedOut {
 public:
  // kChunk
  //
  // The size from which the buffer is written out.
  static constexpr std::size_t kChunk = 64 * 1024;

  explicit ChunkedOut(std::ostream& out) : out_(out) { buffer_.reserve(2 * kChunk); }
  ChunkedOut(const ChunkedOut&) = delete;
  ChunkedOut& operator=(const ChunkedOut&) = delete;
  ~ChunkedOut() { Flush(); }

  // Append()
  //
  // The pieces, as absl::StrAppend() appends them.
  template <typename... Pieces>
  void Append(const Pieces&... pieces) {
    absl::StrAppend(&buffer_, pieces...);
    if (buffer_.size() >= kChunk) Flush();
  }

  // Flush()
  //
  // Writes what the buffer holds to `out`.
  void Flush() {
    if (buffer_.empty()) return;
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

 private:
  std::ostream& out_;
  std::string buffer_;
};

}  // namespace netgov::io::detail

#endif  // NETGOV_SRC_IO_CHUNKED_OUT_HPP_
