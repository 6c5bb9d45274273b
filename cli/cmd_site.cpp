// glossgraph site -o DIR: the glossary as a static website (exporters/site/site_writer.hpp):
// a page per term, region and report, an index, and client-side search.
#include "cli/command_options.hpp"
#include "cli/graph_command.hpp"
#include "cli/read_command.hpp"
#include "core/errors.hpp"
#include "core/output_file.hpp"
#include "core/store/graph_reader.hpp"
#include "exporters/site/site_writer.hpp"

#include <atomic>
#include <filesystem>
#include <ostream>

namespace glossgraph {
namespace {

namespace fs = std::filesystem;

class SiteCommand final : public Command, with_database, with_threshold {
public:
    bool pages() const override { return false; }  // it writes a folder
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand(
            "site", "Write the glossary as a static website into a folder: a page per term (its readings and their "
                    "differences, timeline, lineage, mentions), per region and per report, an index and a search page; "
                    "open DIR/index.html from disk or serve DIR");
        app_->add_option("-o,--output", output_, "The folder to write the site into (made when missing)")
            ->required()
            ->check(nonempty());
        app_->add_flag("--force", force_, "Write into a folder that is not empty, replacing the site's files there "
                                          "(refused otherwise); other files in it are left as they are");
        add_threshold_option(*app_);
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        prepare_folder();
        options_.reading_threshold = threshold();
        const GraphData data = read_graph(global);
        const OutputRules rules{force_, {}, {global.db}, false};
        std::atomic<std::size_t> files = 0;
        std::atomic<std::size_t> bytes = 0;
        write_site(data, options_, [&](const std::string& path, const std::string& content) {
            write_output_file((fs::path(output_) / path).string(), rules, [&](std::ostream& out) { out << content; });
            ++files;
            bytes += content.size();
        });
        streams.out << "wrote " << files << " files (" << (bytes + 500000) / 1000000 << " MB) into " << output_ << ": "
                    << data.terms.size() << " terms, " << data.regions.size() << " regions, " << data.reports.size()
                    << " reports; open " << (fs::path(output_) / "index.html").string() << "\n";
        return 0;
    }

private:
    static GraphData read_graph(const GlobalOptions& global) {
        const auto store = open_store(global);
        store->read_unmapped();
        return store->graph_reader().graph_data();
    }

    // Refused before the store is read: a folder that is a file, or holds anything without --force.
    void prepare_folder() const {
        const fs::path folder(output_);
        std::error_code error;
        if (fs::exists(folder, error) && !fs::is_directory(folder, error))
            throw usage_error("output '" + output_ + "' is no folder; the site is written into a folder");
        if (fs::is_directory(folder, error) && !fs::is_empty(folder, error) && !force_)
            throw usage_error("output folder '" + output_ + "' is not empty; --force writes the site over it");
        for (const std::string& sub : site_folders()) {
            fs::create_directories(folder / sub, error);
            if (error) throw io_error((folder / sub).string(), "cannot make the folder: " + error.message());
        }
    }

    std::string output_;
    bool force_ = false;
    SiteOptions options_;
};

}  // namespace

std::unique_ptr<Command> make_site_command() { return std::make_unique<SiteCommand>(); }

}  // namespace glossgraph
