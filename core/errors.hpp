#pragma once
// The one hierarchy of fatal errors. Every layer throws one of these when it
// cannot go on; recoverable data problems go to a Diagnostics reporter instead.
// main() catches `error` and maps it to an exit code (usage_error -> 2, the rest -> 1).
#include <stdexcept>
#include <string>

namespace glossgraph {

class error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A file or folder could not be read or written. what() names the path.
class io_error : public error {
public:
    io_error(const std::string& path, const std::string& message)
        : error(path + ": " + message), path_(path) {}
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

// Input that cannot be imported at all (empty, binary, undecodable).
// line and column are 1-based; 0 means "the whole file".
class parse_error : public error {
public:
    parse_error(const std::string& file, int line, int column, const std::string& message)
        : error(format(file, line, column, message)), file_(file), line_(line), column_(column) {}
    const std::string& file() const { return file_; }
    int line() const { return line_; }
    int column() const { return column_; }

private:
    static std::string format(const std::string& file, int line, int column, const std::string& message) {
        std::string where = file;
        if (line > 0) {
            where.append(":").append(std::to_string(line));
            if (column > 0) where.append(":").append(std::to_string(column));
        }
        return where.append(": ").append(message);
    }
    std::string file_;
    int line_;
    int column_;
};

// The command line asks for something impossible: unknown option value, missing argument.
class usage_error : public error {
public:
    using error::error;
};

// SQLite refused an operation; code() is the SQLite (extended) result code.
class store_error : public error {
public:
    store_error(const std::string& message, int code) : error(message), code_(code) {}
    int code() const { return code_; }

private:
    int code_;
};

}  // namespace glossgraph
