#include "cli/progress.hpp"

#include <cstdio>
#include <ostream>

namespace glossgraph {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto redraw_interval = std::chrono::milliseconds(100);

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

Progress::Progress(std::ostream& err, bool enabled, std::size_t total_files, std::uint64_t total_bytes,
                   std::chrono::milliseconds after)
    : err_(err), enabled_(enabled), total_files_(total_files), total_bytes_(total_bytes), after_(after),
      start_(Clock::now()), drawn_(start_ - redraw_interval) {}

Progress::~Progress() { finish(); }

std::string Progress::duration(double seconds) {
    const long whole = seconds < 0 ? 0 : static_cast<long>(seconds + 0.5);
    char buffer[32];
    if (whole >= 3600) {
        std::snprintf(buffer, sizeof buffer, "%ldh%02ldm", whole / 3600, whole % 3600 / 60);
    } else if (whole >= 60) {
        std::snprintf(buffer, sizeof buffer, "%ldm%02lds", whole / 60, whole % 60);
    } else {
        std::snprintf(buffer, sizeof buffer, "%lds", whole);
    }
    return buffer;
}

void Progress::advance(std::uint64_t bytes) {
    ++files_;
    bytes_ += bytes;
    phase_.clear();
    draw(false);
}

void Progress::phase(const std::string& text) {
    phase_ = text;
    draw(true);
}

void Progress::draw(bool force) {
    if (!enabled_) return;
    const auto now = Clock::now();
    if (now - start_ < after_) return;
    // At most ten times a second, even while rows above it clear it after every file.
    if (!force && now - drawn_ < redraw_interval) return;
    drawn_ = now;
    const double elapsed = seconds_since(start_);
    char line[160];
    if (!phase_.empty()) {
        std::snprintf(line, sizeof line, "%s… (%s)", phase_.c_str(), duration(elapsed).c_str());
    } else {
        const double mb_per_s = elapsed > 0 ? static_cast<double>(bytes_) / 1e6 / elapsed : 0.0;
        const double left = bytes_ > 0 ? elapsed * static_cast<double>(total_bytes_ - std::min(bytes_, total_bytes_)) /
                                             static_cast<double>(bytes_)
                                       : 0.0;
        std::snprintf(line, sizeof line, "%zu/%zu files, %.1f MB/s, %s left", files_, total_files_, mb_per_s,
                      duration(left).c_str());
    }
    err_ << "\r\x1b[K" << line << std::flush;
    shown_ = true;
}

void Progress::clear() {
    if (!shown_) return;
    err_ << "\r\x1b[K" << std::flush;
    shown_ = false;
}

void Progress::finish() {
    clear();
    enabled_ = false;
}

}  // namespace glossgraph
