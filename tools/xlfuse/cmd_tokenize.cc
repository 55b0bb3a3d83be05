// xlfuse tokenize: tokenization of text lines (one output line per input line) with a WordPiece
// vocabulary (--vocab: tokens without specials) or a model folder's tokenizer (--model: BERT's
// vocab.txt or XLM-R's sentencepiece.bpe.model; the model's input, special tokens included).
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli_common.h"
#include "commands.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/threads.h"
#include "xlfuse/text/tokenizer.h"

namespace xlfuse::cli {
namespace {

enum class Output { Tokens, Ids, Jsonl };

// With `specials`, the line's encoding (<s> ... </s>, [CLS] ... [SEP]); specials get the empty span.
std::vector<text::Token> tokens_of(const text::Tokenizer& tok, const std::string& line, bool specials) {
  if (!specials) return tok.tokenize(line);
  const text::Encoding e = tok.encode(line);
  std::vector<text::Token> tokens(e.ids.size());
  for (size_t i = 0; i < e.ids.size(); ++i)
    tokens[i] = text::Token{tok.token(e.ids[i]), e.ids[i], e.offsets[i].first, e.offsets[i].second, e.word_ids[i]};
  return tokens;
}

void format_line(const text::Tokenizer& tok, const std::string& line, Output mode, bool specials, std::string& out,
                 std::vector<uint32_t>& char_of_byte) {
  const std::vector<text::Token> tokens = tokens_of(tok, line, specials);
  if (mode == Output::Jsonl) {
    // Code-point offsets, as Python/HF report them.
    char_of_byte.assign(line.size() + 1, 0);
    uint32_t chars = 0;
    for (size_t i = 0; i < line.size(); ++i) {
      char_of_byte[i] = chars;
      chars += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
    }
    char_of_byte[line.size()] = chars;
    nlohmann::json j = {{"tokens", nlohmann::json::array()}, {"ids", nlohmann::json::array()},
                        {"offsets", nlohmann::json::array()}, {"word_ids", nlohmann::json::array()}};
    for (const auto& t : tokens) {
      j["tokens"].push_back(t.text);
      j["ids"].push_back(t.id);
      j["offsets"].push_back({char_of_byte[t.begin], char_of_byte[t.end]});
      j["word_ids"].push_back(t.word);
    }
    out += j.dump();
  } else {
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (i) out += ' ';
      if (mode == Output::Ids)
        out += std::to_string(tokens[i].id);
      else
        out += tokens[i].text;
    }
  }
  out += '\n';
}

// Output of lines [begin, end) of a block; stops at the first bad line.
struct Chunk {
  std::string out;
  std::string error;  // empty when all lines were fine
};

void run_chunk(const text::Tokenizer& tok, const std::vector<std::string>& lines, size_t begin, size_t end,
               size_t first_line_no, const std::string& name, Output mode, bool specials, Chunk* chunk) {
  std::vector<uint32_t> char_of_byte;
  for (size_t i = begin; i < end; ++i) {
    try {
      format_line(tok, lines[i], mode, specials, chunk->out, char_of_byte);
    } catch (const std::exception& e) {
      chunk->error = fmt::format("{}:{}: {}", name, first_line_no + i, e.what());
      return;
    }
  }
}

}  // namespace

int run_tokenize(int argc, char** argv) {
  CLI::App app{"Tokenize text lines; one output line per input line, split on '\\n' only.\n"
               "--vocab V: BERT's WordPiece (HF BertTokenizer), tokens without [CLS]/[SEP].\n"
               "--model DIR: the folder's tokenizer (vocab.txt: WordPiece; sentencepiece.bpe.model: XLM-R,\n"
               "HF XLMRobertaTokenizer), the model's input with its special tokens (<s> ... </s>).",
               "tokenize"};
  std::string vocab_path, model_dir, input = "-";
  text::TokenizerOptions options;
  bool ids = false, jsonl = false;
  int threads = 0;
  auto* vocab_opt = app.add_option("--vocab", vocab_path, "WordPiece vocabulary (vocab.txt)");
  auto* model_opt = app.add_option("--model", model_dir,
                                   "Model folder: its vocab.txt or sentencepiece.bpe.model; output includes the special "
                                   "tokens")
                        ->excludes(vocab_opt);
  app.add_flag("--lower", options.lower_case, "Lower-case and strip accents (uncased WordPiece models)");
  app.add_flag("--nfc", options.nfc, "NFC-normalise first (WordPiece; recent transformers' slow tokenizer)");
  auto* ids_flag = app.add_flag("--ids", ids, "Print token ids instead of tokens");
  app.add_flag("--jsonl", jsonl, "Print one JSON object per line: tokens, ids, offsets (code points), word_ids")
      ->excludes(ids_flag);
  app.add_option("file", input, "Input text file, '-' for stdin")->capture_default_str();
  add_threads_flag(app, &threads);
  if (int rc = parse_or_exit(app, argc, argv); rc >= 0) return rc;

  if (vocab_opt->count() + model_opt->count() != 1) throw UsageError("tokenize needs --vocab FILE or --model DIR");

  const Output mode = jsonl ? Output::Jsonl : ids ? Output::Ids : Output::Tokens;
  const bool specials = model_opt->count() > 0;
  const std::unique_ptr<const text::Tokenizer> tokenizer =
      specials ? text::load_tokenizer(model_dir, options)
               : std::make_unique<const text::BertTokenizer>(text::Vocab::load(vocab_path), options);
  const text::Tokenizer& tok = *tokenizer;
  std::ifstream file;
  std::istream* in = &std::cin;
  const std::string name = input == "-" ? "<stdin>" : input;
  if (input != "-") {
    file.open(input, std::ios::binary);
    if (!file) throw IoError(fmt::format("cannot open input file '{}'", input));
    in = &file;
  }
  std::ios::sync_with_stdio(false);
  const size_t n_threads = static_cast<size_t>(resolve_threads(threads));
  const size_t block = 4096 * n_threads;
  std::vector<std::string> lines;
  size_t first_line_no = 1;
  std::string line;
  bool more = true;
  while (more) {
    lines.clear();
    while (lines.size() < block && (more = static_cast<bool>(std::getline(*in, line)))) lines.push_back(line);
    if (in->bad()) throw IoError(fmt::format("error reading '{}'", name));
    if (lines.empty()) break;
    const size_t parts = std::min(n_threads, (lines.size() + 255) / 256);
    std::vector<Chunk> chunks(parts);
    std::vector<std::thread> workers;
    for (size_t p = 0; p < parts; ++p) {
      size_t b = lines.size() * p / parts, e = lines.size() * (p + 1) / parts;
      if (p + 1 == parts)
        run_chunk(tok, lines, b, e, first_line_no, name, mode, specials, &chunks[p]);
      else
        workers.emplace_back(run_chunk, std::cref(tok), std::cref(lines), b, e, first_line_no, std::cref(name), mode,
                             specials, &chunks[p]);
    }
    for (auto& w : workers) w.join();
    for (const auto& c : chunks) {
      std::cout.write(c.out.data(), static_cast<std::streamsize>(c.out.size()));
      if (!c.error.empty()) {
        std::cout.flush();
        throw FormatError(c.error);
      }
    }
    first_line_no += lines.size();
  }
  std::cout.flush();
  if (!std::cout) throw IoError("error writing to standard output");
  return 0;
}

}  // namespace xlfuse::cli
