// xlfuse vocab restrict: a WordPiece vocabulary cut down to the tokens a corpus uses (see
// data/vocab_restriction.h), for small models whose embedding matrix and softmax would otherwise
// be mostly unused rows.
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli_common.h"
#include "commands.h"
#include "xlfuse/core/error.h"
#include "xlfuse/data/vocab_restriction.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/text/vocab.h"

namespace xlfuse::cli {

int run_vocab(int argc, char** argv) {
  CLI::App app{"WordPiece vocabulary tools", "vocab"};
  app.require_subcommand(1);
  std::string vocab_path, out_dir;
  data::VocabRestrictionInputs inputs;
  text::TokenizerOptions tok_options;
  CLI::App* restrict = app.add_subcommand(
      "restrict",
      "Keep the special tokens and every piece that tokenizing the given text with --vocab produces, in --vocab's\n"
      "order: WordPiece then tokenizes that text identically with OUT/vocab.txt. Writes OUT/vocab.txt.");
  restrict->add_option("--vocab", vocab_path, "The full vocabulary (vocab.txt)")->required();
  restrict->add_option("--text", inputs.text_files, "Plain-text files (comma-separated), one text per line")
      ->delimiter(',');
  restrict->add_option("--words", inputs.word_files,
                       "Word-per-line files (comma-separated; 'word<TAB>tag', XTREME's tagging layout)")
      ->delimiter(',');
  restrict->add_option("--out", out_dir, "Output folder (vocab.txt)")->required();
  restrict->add_flag("--lower", tok_options.lower_case, "Lower-case and strip accents (uncased vocabularies)");
  if (int rc = parse_or_exit(app, argc, argv); rc >= 0) return rc;
  if (inputs.text_files.empty() && inputs.word_files.empty()) throw UsageError("give --text and/or --words");

  if (std::filesystem::path(vocab_path).extension() == ".model")
    throw UsageError(fmt::format("--vocab {}: vocab restrict keeps lines of a WordPiece vocab.txt; a SentencePiece "
                                 "model cannot be cut down this way",
                                 vocab_path));
  const text::BertTokenizer tokenizer(text::Vocab::load(vocab_path), tok_options);
  const data::VocabRestriction r = data::restrict_vocab(tokenizer, inputs);
  std::filesystem::create_directories(out_dir);
  const std::string out_path = (std::filesystem::path(out_dir) / "vocab.txt").string();
  io::write_file_atomic(out_path, [&](std::ostream& os) {
    for (const auto& t : r.tokens) os << t << '\n';
  });
  std::cout << fmt::format("wrote {}: {} of {} tokens ({:.1f} %), from {} lines/words ({} pieces, {} [UNK])\n",
                           out_path, r.tokens.size(), tokenizer.vocab().size(),
                           100.0 * static_cast<double>(r.tokens.size()) / static_cast<double>(tokenizer.vocab().size()),
                           r.lines, r.pieces, r.unknown);
  return 0;
}

}  // namespace xlfuse::cli
