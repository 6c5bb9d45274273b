#pragma once
// Text an exporter makes in one buffer of its own and hands to the stream in large pieces:
// through the stream a piece at a time, each append cost a call and its sentry.
#include <cstddef>
#include <ostream>
#include <string>

namespace glossgraph {

class BufferedOutput {
public:
    // What the buffer holds before maybe_flush() hands it over.
    static constexpr std::size_t kPiece = std::size_t{1} << 20;

    explicit BufferedOutput(std::ostream& out) : out_(out) {}
    BufferedOutput(const BufferedOutput&) = delete;
    BufferedOutput& operator=(const BufferedOutput&) = delete;

    // The buffer, to append to.
    std::string& text() { return text_; }

    // Hands the buffer to the stream once it holds kPiece bytes or more.
    void maybe_flush() {
        if (text_.size() >= kPiece) flush();
    }

    // Hands everything buffered to the stream; the writer calls it after its last append
    // (a destructor does not, since a stream's failure must reach the writer).
    void flush() {
        out_.write(text_.data(), static_cast<std::streamsize>(text_.size()));
        text_.clear();
    }

private:
    std::ostream& out_;
    std::string text_;
};

}  // namespace glossgraph
