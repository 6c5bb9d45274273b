#include "tests/faults/fault_support.hpp"

#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

namespace glossgraph::faults {
namespace {

constexpr uid_t nobody_id = 65534;

// Runs in the forked child: only async-signal-safe calls until exec.
// envp: the child's environment, or nullptr for the test's own.
[[noreturn]] void exec_child(char* const* argv, char* const* envp, const std::string& out, const std::string& err,
                             const RunOptions& options) {
    const int out_fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err_fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (out_fd < 0 || err_fd < 0 || ::dup2(out_fd, STDOUT_FILENO) < 0 || ::dup2(err_fd, STDERR_FILENO) < 0) _exit(125);
    if (!options.workdir.empty() && ::chdir(options.workdir.c_str()) != 0) _exit(125);
    if (options.unprivileged && ::geteuid() == 0) {
        if (::setgid(nobody_id) != 0 || ::setuid(nobody_id) != 0) _exit(125);
    }
    if (envp != nullptr) {
        ::execve(argv[0], argv, envp);
    } else {
        ::execv(argv[0], argv);
    }
    _exit(126);
}

int decode_status(int status) {
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
}

class Connection {
public:
    explicit Connection(const fs::path& db) {
        if (sqlite3_open_v2(db.c_str(), &handle_, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            const std::string message = handle_ ? sqlite3_errmsg(handle_) : "out of memory";
            sqlite3_close(handle_);
            throw std::runtime_error(db.string() + ": " + message);
        }
        sqlite3_busy_timeout(handle_, 10000);
    }
    ~Connection() { sqlite3_close(handle_); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Every row of `sql`, each column as text ("" for NULL).
    std::vector<std::vector<std::string>> rows(const std::string& sql) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(handle_, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
            throw std::runtime_error(std::string(sqlite3_errmsg(handle_)) + " in: " + sql);
        }
        std::vector<std::vector<std::string>> result;
        int code = SQLITE_OK;
        while ((code = sqlite3_step(statement)) == SQLITE_ROW) {
            std::vector<std::string> row;
            for (int i = 0; i < sqlite3_column_count(statement); ++i) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, i));
                row.emplace_back(text ? text : "");
            }
            result.push_back(std::move(row));
        }
        sqlite3_finalize(statement);
        if (code != SQLITE_DONE) throw std::runtime_error(std::string(sqlite3_errmsg(handle_)) + " in: " + sql);
        return result;
    }

private:
    sqlite3* handle_ = nullptr;
};

bool has_table(Connection& db, const std::string& name) {
    return !db.rows("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '" + name + "'").empty();
}

// A small deterministic generator, so the synthetic reports are the same on every machine.
class Lcg {
public:
    explicit Lcg(unsigned seed) : state_(seed * 2654435761u + 1) {}
    unsigned next(unsigned bound) {
        state_ = state_ * 1103515245u + 12345u;
        return (state_ >> 16) % bound;
    }

private:
    unsigned state_;
};

constexpr std::array<const char*, 10> term_heads = {"数字", "绿色", "智慧", "乡村", "产业",
                                                    "生态", "城乡", "开放", "创新", "民生"};
constexpr std::array<const char*, 6> term_tails = {"示范区", "行动计划", "工程", "改革", "走廊", "联盟"};

std::string synthetic_report(int number, int version) {
    Lcg random(static_cast<unsigned>(number));
    const int year = 2015 + number % 10;
    const bool revised = version == 1 && number % 2 == 0;
    std::ostringstream text;
    text << year << "年德阳市罗江区政府工作报告\n"
         << year - 1 << "年12月27日在德阳市罗江区第二届人民代表大会第三次会议上\n"
         << "区人民政府区长  张天则\n各位代表:\n";
    const unsigned entries = 8 + random.next(23);
    std::vector<unsigned> terms;
    // A revised glossary also defines other terms, so term counts change when it replaces the first.
    const unsigned shift = revised ? 1 : 0;
    for (unsigned i = 0; i < entries; ++i) terms.push_back((static_cast<unsigned>(number) * 7 + i * 13 + shift) % 60);
    for (int paragraph = 0; paragraph < 120; ++paragraph) {
        const unsigned term = random.next(static_cast<unsigned>(terms.size()));
        text << "第" << number << "号报告第" << paragraph << "段：深入实施“" << synthetic_term(terms[term]) << "”("
             << term + 1 << ")，全面推进高质量发展，持续改善人民生活，巩固拓展脱贫攻坚成果。\n";
    }
    text << "各位代表,奋斗成就梦想!\n名词解释\n";
    for (unsigned i = 0; i < entries; ++i) {
        text << "(" << i + 1 << ")" << synthetic_term(terms[i]) << ":第" << number << "号报告对"
             << synthetic_term(terms[i]) << "的定义，" << (revised ? "修订后" : "初版") << "覆盖"
             << random.next(100) + 1 << "个乡镇。\n";
    }
    return text.str();
}

// The build tree may lie where `nobody` cannot reach (under /root), so an unprivileged child
// runs a copy of glossgraph in a folder of its own.
const fs::path& shared_exe() {
    static const ScratchDir folder("glossgraph-exe");
    static const fs::path copy = [] {
        const fs::path target = folder / "glossgraph";
        fs::copy_file(glossgraph_exe(), target);
        fs::permissions(target, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                    fs::perms::others_read | fs::perms::others_exec);
        return target;
    }();
    return copy;
}

}  // namespace

std::string synthetic_term(unsigned index) {
    return std::string(term_heads[index % term_heads.size()]) + term_tails[(index / term_heads.size()) % term_tails.size()];
}

fs::path glossgraph_exe() { return GLOSSGRAPH_EXE; }
fs::path source_dir() { return GLOSSGRAPH_SOURCE_DIR; }

ScratchDir::ScratchDir(const std::string& prefix) {
    std::string pattern = (fs::temp_directory_path() / (prefix + "-XXXXXX")).string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot make a scratch folder from " + pattern);
    path_ = pattern;
    fs::permissions(path_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                               fs::perms::others_read | fs::perms::others_exec);
}

ScratchDir::~ScratchDir() {
    std::error_code ignored;
    // A test may have left parts read-only.
    for (const auto& item : fs::recursive_directory_iterator(path_, ignored)) {
        fs::permissions(item.path(), fs::perms::owner_all, fs::perm_options::add, ignored);
    }
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(path_, ignored);
}

std::string read_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void write_text(const fs::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + file.string());
}

Child::Child(const std::vector<std::string>& args, const fs::path& log_dir, const std::string& tag,
             const RunOptions& options)
    : out_path_(log_dir / (tag + ".out")), err_path_(log_dir / (tag + ".err")) {
    // Everything the child needs is built before fork: it must not allocate.
    const std::string out = out_path_.string();
    const std::string err = err_path_.string();
    std::vector<std::string> words{(options.unprivileged && running_as_root() ? shared_exe() : glossgraph_exe()).string()};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& word : words) argv.push_back(word.data());
    argv.push_back(nullptr);
    // The test's environment with options.environment after it (a later NAME= wins in getenv).
    std::vector<std::string> variables;
    for (char** variable = environ; *variable != nullptr; ++variable) variables.emplace_back(*variable);
    std::vector<std::string> added = options.environment;
    for (const std::string& variable : added) {
        const std::string name = variable.substr(0, variable.find('=') + 1);
        std::erase_if(variables, [&](const std::string& v) { return v.starts_with(name); });
    }
    variables.insert(variables.end(), added.begin(), added.end());
    std::vector<char*> envp;
    for (std::string& variable : variables) envp.push_back(variable.data());
    envp.push_back(nullptr);
    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) exec_child(argv.data(), options.environment.empty() ? nullptr : envp.data(), out, err, options);
}

Child::~Child() {
    if (!status_) {
        kill_now();
        wait();
    }
}

bool Child::finished() {
    if (status_) return true;
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) status_ = status;
    return status_.has_value();
}

int Child::wait() {
    if (!status_) {
        int status = 0;
        while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
        }
        status_ = status;
    }
    return decode_status(*status_);
}

bool Child::kill_now() {
    if (finished()) return false;
    // Not yet reaped, so the pid cannot have been reused: at worst it is a zombie already.
    ::kill(pid_, SIGKILL);
    return wait() == 128 + SIGKILL;
}

RunResult run_glossgraph(const std::vector<std::string>& args, const fs::path& log_dir, const RunOptions& options) {
    Child child(args, log_dir, "run", options);
    RunResult result;
    result.exit_code = child.wait();
    result.out = child.out();
    result.err = child.err();
    return result;
}

bool running_as_root() { return ::geteuid() == 0; }

void hand_to_unprivileged(const fs::path& path) {
    if (!running_as_root()) return;
    if (::chown(path.c_str(), nobody_id, nobody_id) != 0) throw std::runtime_error("cannot chown " + path.string());
    if (!fs::is_directory(path)) return;
    for (const auto& item : fs::recursive_directory_iterator(path)) {
        if (::lchown(item.path().c_str(), nobody_id, nobody_id) != 0) {
            throw std::runtime_error("cannot chown " + item.path().string());
        }
    }
}

StoredDatabase read_database(const fs::path& db) {
    Connection connection(db);
    StoredDatabase stored;
    stored.integrity = connection.rows("PRAGMA integrity_check").at(0).at(0);
    stored.foreign_key_faults = static_cast<int>(connection.rows("PRAGMA foreign_key_check").size());
    // Killed before the schema was committed: a database with no reports yet.
    if (!has_table(connection, "reports")) return stored;
    stored.orphan_terms = std::stoi(connection.rows(
        "SELECT count(*) FROM terms t WHERE NOT EXISTS (SELECT 1 FROM entries e WHERE e.term_id = t.id)")[0][0]);
    for (const auto& row : connection.rows(
             "SELECT r.file, r.content_hash, coalesce(length(CAST(x.body AS BLOB)), -1) FROM reports r"
             " LEFT JOIN report_texts x ON x.report_id = r.id")) {
        StoredReport& report = stored.reports[row[0]];
        report.content_hash = row[1];
        report.body_bytes = static_cast<std::size_t>(std::stoll(row[2]));
    }
    for (const auto& row : connection.rows(
             "SELECT r.file, e.seq, coalesce(e.marker, ''), e.term, e.definition, e.line"
             " FROM entries e JOIN reports r ON r.id = e.report_id ORDER BY r.file, e.seq")) {
        stored.reports[row[0]].entries.push_back({std::stoi(row[1]), row[2], row[3], row[4], std::stoi(row[5])});
    }
    return stored;
}

void write_synthetic_reports(const fs::path& folder, int count, int version) {
    fs::create_directories(folder);
    for (int number = 0; number < count; ++number) {
        char name[32];
        std::snprintf(name, sizeof name, "synthetic_%03d.txt", number);
        write_text(folder / name, synthetic_report(number, version));
    }
}

void copy_samples(const fs::path& folder) {
    fs::create_directories(folder);
    for (const auto& item : fs::directory_iterator(source_dir() / "samples")) {
        fs::copy_file(item.path(), folder / item.path().filename(), fs::copy_options::overwrite_existing);
    }
}

std::chrono::milliseconds elapsed_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
}

WriteLock::WriteLock(const fs::path& db) {
    sqlite3_open_v2(db.c_str(), &handle_, SQLITE_OPEN_READWRITE, nullptr);
    locked_ = sqlite3_exec(handle_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
}

void WriteLock::release() {
    if (!handle_) return;
    sqlite3_exec(handle_, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(handle_);
    handle_ = nullptr;
}

}  // namespace glossgraph::faults
