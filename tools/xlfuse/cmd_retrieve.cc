// xlfuse retrieve: cosine nearest-neighbour search between two embedding files (Tatoeba style).
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli_common.h"
#include "commands.h"
#include "xlfuse/core/error.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/runtime/threads.h"
#include "xlfuse/decode/similarity_search.h"

namespace xlfuse::cli {
namespace {

// "identity": query i matches candidate i (so there must be as many of each); otherwise a file with
// one candidate index per line, each a candidate.
std::vector<int64_t> read_gold(const std::string& spec, int64_t queries, int64_t candidates) {
  std::vector<int64_t> gold;
  if (spec == "identity") {
    if (queries != candidates)
      throw ConfigError("--gold identity pairs query i with candidate i, but there are " + std::to_string(queries) +
                        " queries and " + std::to_string(candidates) + " candidates");
    for (int64_t i = 0; i < queries; ++i) gold.push_back(i);
    return gold;
  }
  std::ifstream in(spec);
  if (!in) throw IoError("cannot open gold file " + spec);
  std::string line;
  for (int line_no = 1; std::getline(in, line); ++line_no) {
    try {
      size_t used = 0;
      gold.push_back(std::stoll(line, &used));
      if (line.find_first_not_of(" \t\r", used) != std::string::npos) throw std::invalid_argument("trailing text");
    } catch (const std::exception&) {
      throw FormatError(spec + ":" + std::to_string(line_no) + ": expected one candidate index, got '" + line + "'");
    }
    if (gold.back() < 0 || gold.back() >= candidates)
      throw FormatError(spec + ":" + std::to_string(line_no) + ": candidate index " + std::to_string(gold.back()) +
                        " is out of range (there are " + std::to_string(candidates) + " candidates)");
  }
  if (static_cast<int64_t>(gold.size()) != queries)
    throw FormatError(spec + ": " + std::to_string(gold.size()) + " gold lines for " + std::to_string(queries) +
                      " queries");
  return gold;
}

}  // namespace

int run_retrieve(int argc, char** argv) {
  CLI::App app{"Cosine nearest-neighbour retrieval between two embedding files written by `xlfuse embed`.\n"
               "Prints top-1 accuracy when --gold is given.",
               "retrieve"};
  std::string queries_path, candidates_path, out_path, gold;
  int64_t top_k = 1;
  int threads = 0;
  app.add_option("--queries", queries_path, "Embeddings of the queries (safetensors)")->required();
  app.add_option("--candidates", candidates_path, "Embeddings searched (safetensors)")->required();
  app.add_option("--top-k", top_k, "Neighbours written per query")->capture_default_str();
  app.add_option("--out", out_path, "Write the neighbours, one query per line (tab-separated indices)");
  app.add_option("--gold", gold, "'identity' (line i matches line i) or a file with one index per line");
  add_threads_flag(app, &threads);
  if (int rc = parse_or_exit(app, argc, argv); rc >= 0) return rc;

  runtime::set_threads(threads);
  auto queries = decode::read_embeddings(queries_path);
  auto candidates = decode::read_embeddings(candidates_path);
  decode::check_same_embedding_space(queries, queries_path, candidates, candidates_path);
  auto neighbours = decode::cosine_top_k(queries, candidates, top_k);
  if (!out_path.empty()) {
    std::ostringstream text;
    for (const auto& row : neighbours.index) {
      for (size_t j = 0; j < row.size(); ++j) text << (j ? "\t" : "") << row[j];
      text << "\n";
    }
    io::write_file_atomic(out_path, text.str());
  }
  if (!gold.empty()) {
    double accuracy = decode::top1_accuracy(neighbours, read_gold(gold, queries.rows, candidates.rows));
    std::cout << "queries " << queries.rows << "  candidates " << candidates.rows << "  top-1 accuracy "
              << std::fixed << std::setprecision(2) << accuracy << "\n";
  }
  return 0;
}

}  // namespace xlfuse::cli
