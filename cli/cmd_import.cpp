// glossgraph import PATH...: reads reports into the database, one transaction per report.
#include "cli/command_options.hpp"
#include "cli/command.hpp"
#include "cli/progress.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include "core/errors.hpp"
#include "core/gazetteer.hpp"
#include "core/link/linker.hpp"
#include "core/store/report_source.hpp"
#include "core/store/report_writer.hpp"
#include "core/store/link_tables.hpp"
#include "core/store/store.hpp"
#include "core/terminal_text.hpp"
#include "importers/importer.hpp"
#include "importers/prepared_file.hpp"

#include <algorithm>
#include <filesystem>
#include <future>
#include <map>
#include <ostream>
#include <span>
#include <sstream>

namespace glossgraph {
namespace {

namespace fs = std::filesystem;

struct Outcome {
    std::string path;
    std::string status;  // imported, replaced, unchanged, duplicate, skipped, failed
    std::string format;
    std::optional<RegionPath> region;
    std::optional<int> year;
    int entries = 0;
    std::string message;
    int damaged_runs = 0;  // found in the file's text
    int repaired_runs = 0; // of which repaired
};

// Forwards to the store, as the report from `source`, and remembers what the summary shows.
class CountingSink final : public ReportSink {
public:
    CountingSink(Store& store, std::string source, std::optional<FileStamp> stamp)
        : store_(store), source_(std::move(source)), stamp_(std::move(stamp)) {}
    void on_report(const ReportMeta& meta) override {
        region = meta.region;
        year = meta.year;
        damaged_runs = static_cast<int>(meta.damaged_runs.size());
        repaired_runs = static_cast<int>(std::count_if(meta.damaged_runs.begin(), meta.damaged_runs.end(),
                                                       [](const DamagedRun& run) { return run.repaired.has_value(); }));
        store_.writer().on_report(meta, source_, stamp_);
    }
    void on_entry(const GlossaryEntry& entry) override {
        ++entries;
        store_.writer().on_entry(entry);
    }
    void end_report() override { store_.writer().end_report(); }
    std::optional<RegionPath> region;
    std::optional<int> year;
    int entries = 0;
    int damaged_runs = 0;
    int repaired_runs = 0;

private:
    Store& store_;
    std::string source_;
    std::optional<FileStamp> stamp_;
};

// One line on stderr per file that failed; its message holds the file name and perhaps
// text from the file, so it is escaped.
void report_failure(const Outcome& outcome, Streams& streams) {
    streams.err << "glossgraph: import failed: " << escape_for_terminal(outcome.message) << '\n';
}

// After CLI::AsSizeValue has turned "64M" into bytes: 0 and negative sizes are no limit.
std::string at_least_one_byte(const std::string& bytes) {
    return bytes.empty() || bytes == "0" || bytes.front() == '-' ? "a file size limit must be at least 1 byte, such as 64M"
                                                                 : std::string();
}

class ImportCommand final : public Command, with_json_output {
public:
    ImportCommand() { register_builtin_importers(registry_); }
    bool pages() const override { return false; }  // its table streams as files finish

    void setup(CLI::App& parent) override {
        std::string suffixes;
        for (const std::string_view suffix : registry_.suffixes()) suffixes.append(suffixes.empty() ? "" : " ").append(suffix);
        std::string formats;
        for (const Format format : registry_.formats()) formats.append(formats.empty() ? "" : ", ").append(to_string(format));
        app_ = parent.add_subcommand("import", "Import reports: files, or folders searched recursively for " + suffixes +
                                                   ". Damaged text (GBK pages read one byte late) is repaired where the "
                                                   "repair is sure, else kept and flagged; each run is a warning "
                                                   "(glossgraph damage lists them)");
        app_->add_option("PATH", paths_, "Report files or folders")->required();
        app_->add_option("--from", from_, "Input format of every file: " + formats + " (default: decided by content, then suffix)")
            ->check(nonempty());
        app_->add_option("--max-file-size", max_file_size_,
                         "Refuse files larger than this, naming them (64M by default; units k, M, G count 1024s)")
            ->transform(CLI::AsSizeValue(false))
            ->check(at_least_one_byte);
        auto* json = add_json_option(*app_, "Print the outcome per file as JSON");
        app_->add_flag("-q,--quiet", quiet_, "Print failures and the summary only: no line per file, no progress")->excludes(json);
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const std::optional<Format> from = from_.empty() ? std::nullopt : std::optional(parse_format(from_));
        Store store(global.db, Store::Purpose::write, Gazetteer::builtin());
        db_ = global.db;
        StreamDiagnostics diagnostics(streams.err);
        std::vector<Outcome> outcomes;
        const std::vector<std::string> paths = collect(registry_, from, outcomes, streams);
        progress_ = std::make_unique<Progress>(streams.err, streams.err_is_terminal && !quiet_ && !json(), paths.size(),
                                               total_size(paths));
        if (streams.out_is_terminal && !json() && !quiet_) {
            // On a terminal the table grows as the files finish, its widths fixed up front.
            std::size_t file_width = 4;
            for (const Outcome& o : outcomes) file_width = std::max(file_width, display_width(o.path));
            for (const std::string& path : paths) file_width = std::max(file_width, display_width(path));
            stream_ = std::make_unique<StreamedTable>(std::vector<std::string>(std::begin(columns), std::end(columns)),
                                                      std::vector<std::size_t>{9, std::min<std::size_t>(file_width, 60), 6, 16, 4, 7, 0});
            for (const Outcome& o : outcomes) stream_->row(streams.out, row_of(o));
        }
        // Two batches at a time: while this thread stores one, the worker threads parse the
        // next, so that storing (SQLite's writes, on one core) and parsing (on every core)
        // overlap. A batch is read and decided on here, where the store is.
        std::size_t reached = 0;  // the files of paths with an outcome
        Batch current = read_batch(paths, 0, from, store);
        parse_all(current.files, current.wanted);
        while (!current.files.empty() && !stopped_) {
            std::future<Batch> next;
            if (current.end < paths.size()) {
                Batch following = read_batch(paths, current.end, from, store);
                next = std::async(std::launch::async, [batch = std::move(following)]() mutable {
                    parse_all(batch.files, batch.wanted);
                    return std::move(batch);
                });
            }
            reached = current.begin + store_batch(current, store, diagnostics, outcomes, streams);
            if (!next.valid()) break;
            current = next.get();
        }
        // Stopped by a database error: the files never reached are in the summary too.
        for (std::size_t i = reached; stopped_ && i < paths.size(); ++i) {
            record({paths[i], "skipped", "", {}, {}, 0, "not tried: the import stopped at a database error"}, outcomes, streams);
        }
        progress_->phase("linking");
        const std::optional<LinkSummary> links = link_if_possible(store, streams);
        progress_->finish();
        print(outcomes, links, streams);
        const bool failed = std::any_of(outcomes.begin(), outcomes.end(), [](const Outcome& o) { return o.status == "failed"; });
        return failed || stopped_ ? 1 : 0;
    }

private:
    static std::uint64_t size_of(const std::string& path) {
        std::error_code unreadable;
        const std::uintmax_t size = fs::file_size(path, unreadable);
        return unreadable ? 0 : size;
    }

    static std::uint64_t total_size(const std::vector<std::string>& paths) {
        std::uint64_t bytes = 0;
        for (const std::string& path : paths) bytes += size_of(path);
        return bytes;
    }

    static constexpr const char* columns[] = {"status", "file", "format", "region", "year", "entries", "note"};

    // A file's row in the table for people. Only a file read in this run has a region and
    // entries to show.
    static std::vector<std::string> row_of(const Outcome& o) {
        const bool read = o.status == "imported" || o.status == "replaced";
        return {o.status, o.path, o.format.empty() ? "-" : o.format, read ? region_label(o.region) : "-",
                or_dash(o.year), read ? std::to_string(o.entries) : "-", o.message};
    }

    // Keeps a file's outcome for the summary and, when the table streams, prints its row.
    void record(Outcome outcome, std::vector<Outcome>& outcomes, Streams& streams) {
        if (stream_) {
            progress_->clear();
            stream_->row(streams.out, row_of(outcome));
        }
        outcomes.push_back(std::move(outcome));
    }

    // Files named directly are imported whatever their suffix; in folders, only files whose
    // suffix an importer claims (all files with --from). Sorted, so runs are repeatable.
    std::vector<std::string> collect(const ImporterRegistry& registry, std::optional<Format> from,
                                     std::vector<Outcome>& outcomes, Streams& streams) {
        std::vector<std::string> files;
        for (const std::string& path : paths_) {
            std::error_code ec;
            const fs::file_status status = fs::status(path, ec);
            if (!fs::exists(status)) {
                Outcome missing{path, "failed", "", {}, {}, 0, path + ": no such file or folder"};
                report_failure(missing, streams);
                record(std::move(missing), outcomes, streams);
            } else if (fs::is_directory(status)) {
                std::vector<Outcome> unlisted;  // the folders walk could not list
                std::vector<std::string> found = walk(path, unlisted, streams);
                for (Outcome& failure : unlisted) record(std::move(failure), outcomes, streams);
                std::sort(found.begin(), found.end());
                for (std::string& file : found) {
                    if (from || registry.claims_suffix(file)) files.push_back(std::move(file));
                }
            } else {
                files.push_back(path);
            }
        }
        return files;
    }

    // Every regular file under folder, symbolic links to files included; links to folders are
    // not followed, so a loop cannot trap the walk. A folder that cannot be listed (no read
    // permission) is a failure naming it, never skipped in silence; the rest is walked.
    // Folders are visited in name order, so failures are listed in the same order every time.
    static std::vector<std::string> walk(const std::string& folder, std::vector<Outcome>& outcomes, Streams& streams) {
        std::vector<std::string> found;
        std::vector<fs::path> pending{folder};  // a stack: the next folder to list is at the back
        while (!pending.empty()) {
            const fs::path at = std::move(pending.back());
            pending.pop_back();
            std::vector<fs::path> subfolders;
            std::error_code ec;
            for (fs::directory_iterator it(at, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
                std::error_code type_ec;
                if (fs::is_directory(it->symlink_status(type_ec))) {
                    subfolders.push_back(it->path());
                } else if (it->is_regular_file(type_ec)) {
                    found.push_back(it->path().string());
                }
            }
            std::sort(subfolders.rbegin(), subfolders.rend());
            pending.insert(pending.end(), subfolders.begin(), subfolders.end());
            if (ec) {
                outcomes.push_back({at.string(), "failed", "", {}, {}, 0, at.string() + ": cannot list folder: " + ec.message()});
                report_failure(outcomes.back(), streams);
            }
        }
        return found;
    }

    // The files from `begin` to batch_end: read (on every core) and decided on. A file whose
    // stamp (size and modification time) is the one its report was read with is unchanged
    // and not read at all; other files the store already holds unchanged (or as a duplicate)
    // are read and hashed, not parsed.
    struct Batch {
        std::size_t begin = 0;
        std::size_t end = 0;
        std::vector<PreparedFile> files;
        std::vector<bool> wanted;     // to be parsed
        std::vector<bool> unchanged;  // known unchanged by its stamp: not read
    };

    Batch read_batch(const std::vector<std::string>& paths, std::size_t begin, std::optional<Format> from, const Store& store) {
        Batch batch;
        batch.begin = begin;
        batch.end = begin < paths.size() ? batch_end(paths, begin) : begin;
        batch.files = std::vector<PreparedFile>(paths.begin() + static_cast<std::ptrdiff_t>(batch.begin),
                                                paths.begin() + static_cast<std::ptrdiff_t>(batch.end));
        batch.unchanged.assign(batch.files.size(), false);
        batch.wanted.assign(batch.files.size(), false);
        for (std::size_t i = 0; i < batch.files.size(); ++i) {
            batch.unchanged[i] = unchanged_by_stamp(batch.files[i], from, store);
            batch.wanted[i] = !batch.unchanged[i];  // to be read
        }
        read_all(batch.files, batch.wanted, registry_, from, max_file_size_);
        for (std::size_t i = 0; i < batch.files.size(); ++i)
            batch.wanted[i] = !batch.unchanged[i] && decide(batch.files[i], store) == Decision::import;
        return batch;
    }

    // Stores each file of a parsed batch in order. Returns how many files got an outcome:
    // all, unless a database error stopped the import.
    std::size_t store_batch(Batch& batch, Store& store, Diagnostics& diagnostics, std::vector<Outcome>& outcomes, Streams& streams) {
        std::size_t i = 0;
        for (; i < batch.files.size() && !stopped_; ++i) {
            // A damaged database is refused before the first report is written, as a whole.
            if (!batch.unchanged[i]) store.prepare_to_write();
            Outcome outcome = batch.unchanged[i] ? Outcome{batch.files[i].path(), "unchanged", "", {}, {}, 0, "already imported"}
                                                 : store_one(batch.files[i], store, diagnostics);
            batch.files[i].release();
            if (outcome.status == "failed") {
                progress_->clear();
                report_failure(outcome, streams);
            }
            record(std::move(outcome), outcomes, streams);
            progress_->advance(size_of(batch.files[i].path()));
        }
        return i;
    }

    enum class Decision { skip, import };

    // A report is known by its source: the path of its file relative to the database's folder
    // (core/store/report_source.hpp), so two files of one name in two folders are two reports.
    std::string source_of(const PreparedFile& file) const { return report_source(file.path(), db_); }

    // What the store holds of a file read, as it stands now: unchanged only when it was also
    // read as the same format, since the same bytes read as another format (--from) make
    // another report.
    ReportStatus status_in(const Store& store, const PreparedFile& file) const {
        ReportStatus status = store.writer().status_of(source_of(file), file.hash());
        if (status.state == ReportState::unchanged && status.format != file.format()) status.state = ReportState::changed;
        return status;
    }

    // Whether the store holds the report of this file read from a file of the same stamp, and
    // read as the format asked for (with --from). A database error here is met again, and
    // reported, when the file is read and stored.
    bool unchanged_by_stamp(const PreparedFile& file, std::optional<Format> from, const Store& store) const {
        const std::optional<FileStamp> stamp = file_stamp(file.path());
        if (!stamp) return false;
        try {
            const std::optional<ReportWriter::StoredStamp> stored = store.writer().stored_stamp(source_of(file));
            return stored && stored->stamp == *stamp && (!from || stored->format == to_string(*from));
        } catch (const store_error&) {
            return false;
        }
    }

    // Whether a file read is to be imported, as the store stands now (the files before it
    // in the batch may have changed that: they are decided again just before storing). A
    // database error here is met again, and reported, when the file is stored.
    Decision decide(const PreparedFile& file, const Store& store) const {
        if (file.hash().empty() || !file.failure().empty()) return Decision::skip;  // fails anyway
        try {
            const ReportState state = status_in(store, file).state;
            if (state == ReportState::duplicate || state == ReportState::unchanged) return Decision::skip;
        } catch (const store_error&) {
        }
        return Decision::import;
    }

    static std::string duplicate_note(const ReportStatus& status) {
        std::string note = "same content as " + status.duplicate_of;
        if (status.duplicate_path != status.duplicate_of) note += ", imported from " + status.duplicate_path;
        return note;
    }

    // Said when the report is not shown by its file name: that name is another report's, or
    // it is not UTF-8.
    static std::string name_note(const std::string& path, const std::string& name) {
        const std::string file = file_name(path);
        if (name == file) return {};
        if (name == display_name(file)) return "shown as " + name + " (the name is not UTF-8)";
        return "shown as " + name + " (the name is taken)";
    }

    Outcome store_one(PreparedFile& prepared, Store& store, Diagnostics& diagnostics) {
        const std::string& path = prepared.path();
        Outcome outcome{path, "failed", "", {}, {}, 0, prepared.failure()};
        if (prepared.hash().empty()) return outcome;  // not read
        try {
            const ReportStatus status = status_in(store, prepared);
            if (status.state == ReportState::duplicate) return {path, "duplicate", "", {}, {}, 0, duplicate_note(status)};
            outcome.format = prepared.format();
            if (outcome.format.empty()) return outcome;  // no importer takes it
            if (status.state == ReportState::unchanged) {
                if (prepared.stamp()) store.writer().refresh_stamp(source_of(prepared), *prepared.stamp());
                return {path, "unchanged", "", {}, {}, 0, "already imported"};
            }
            CountingSink sink(store, source_of(prepared), prepared.stamp());
            prepared.replay(sink, diagnostics);
            if (!prepared.failure().empty()) {
                outcome.message = prepared.failure();
                return outcome;
            }
            outcome.status = status.state == ReportState::changed ? "replaced" : "imported";
            outcome.region = sink.region;
            outcome.year = sink.year;
            outcome.entries = sink.entries;
            outcome.damaged_runs = sink.damaged_runs;
            outcome.repaired_runs = sink.repaired_runs;
            outcome.message = name_note(path, store.writer().name_of(source_of(prepared)).value_or(""));
        } catch (const store_error& e) {
            store.writer().abort_report();
            outcome.message = path + ": database error: " + e.what();
            stopped_ = true;  // the database itself is in trouble: stop before touching more
        } catch (const error& e) {
            store.writer().abort_report();
            outcome.message = e.what();
        }
        return outcome;
    }

    // Links what this import (or an interrupted earlier one) left unlinked. A database error,
    // or memory run out, loses no report here: they are committed, and the next import links them.
    std::optional<LinkSummary> link_if_possible(Store& store, Streams& streams) {
        if (stopped_) return std::nullopt;
        try {
            return link(store.link_tables());
        } catch (const error& e) {  // the database's failure, or memory run out
            streams.err << "glossgraph: linking failed (the reports are stored; the next import links them): "
                        << escape_for_terminal(e.what()) << '\n';
            stopped_ = true;
            return std::nullopt;
        }
    }

    // "7 file(s): 2 imported, 0 replaced, 0 unchanged, 0 duplicate, 1 failed", and how many
    // were never tried when a database error stopped the import.
    static std::string summary_line(std::size_t files, std::map<std::string, int>& counts) {
        std::string line = std::to_string(files) + " file(s):";
        for (const char* status : {"imported", "replaced", "unchanged", "duplicate", "failed"}) {
            line.append(" ").append(std::to_string(counts[status])).append(" ").append(status);
            if (std::string_view(status) != "failed") line += ",";
        }
        if (counts["skipped"] > 0) line.append(", ").append(std::to_string(counts["skipped"])).append(" not tried (the import stopped)");
        return line;
    }

    void print(const std::vector<Outcome>& outcomes, const std::optional<LinkSummary>& links, Streams& streams) const {
        if (json()) {
            Json array = Json::array();
            for (const Outcome& o : outcomes) {
                array.push_back({{"path", o.path}, {"status", o.status}, {"format", o.format.empty() ? Json(nullptr) : Json(o.format)},
                                 {"region_code", o.region ? Json(o.region->code) : Json(nullptr)},
                                 {"year", o.year ? Json(*o.year) : Json(nullptr)}, {"entries", o.entries},
                                 {"message", o.message.empty() ? Json(nullptr) : Json(o.message)}});
            }
            write_json(streams.out, array);
            return;
        }
        // Not on a terminal: the table at the end, aligned over every row.
        Table table(std::vector<std::string>(std::begin(columns), std::end(columns)), {0, 0, 0, 0, 0, 0, 60});
        int entries = 0;
        int damaged = 0;
        int repaired = 0;
        std::map<std::string, int> counts;
        for (const Outcome& o : outcomes) {
            if (!stream_ && !quiet_) table.add(row_of(o));
            entries += o.entries;
            damaged += o.damaged_runs;
            repaired += o.repaired_runs;
            ++counts[o.status];
        }
        if (!stream_ && !quiet_) table.print(streams.out);
        streams.out << summary_line(outcomes.size(), counts) << "; " << entries << " glossary entries read";
        if (damaged > 0) {
            streams.out << "; " << damaged << " damaged run(s) found, " << repaired << " repaired (glossgraph damage lists them)";
        }
        streams.out << '\n';
        if (links && links->relinked) {
            streams.out << "linking rules changed since this database was linked: every report linked again\n";
        }
        if (links) {
            streams.out << "linked: " << links->reports_scanned << " new report(s) scanned for every term, "
                        << links->reports_rescanned << " older report(s) for " << links->new_terms << " new term(s); "
                        << links->mentions << " mention(s), " << links->relations << " relation(s) written\n";
        }
    }

    ImporterRegistry registry_;  // the formats, for --help and for reading
    std::string db_;             // the database: reports are known by their path relative to its folder
    std::vector<std::string> paths_;
    std::string from_;
    std::uint64_t max_file_size_ = kDefaultMaxFileSize;
    bool quiet_ = false;
    bool stopped_ = false;
    std::unique_ptr<Progress> progress_;
    std::unique_ptr<StreamedTable> stream_;  // the table on a terminal, written as the files finish
};

}  // namespace

std::unique_ptr<Command> make_import_command() { return std::make_unique<ImportCommand>(); }

}  // namespace glossgraph
