// Throughput of the BERT WordPiece tokenizer with the mBERT vocabulary on real multilingual text:
// all Tatoeba sentences and the XNLI dev premises + hypotheses (15 languages) from shared/; and
// of the XLM-R SentencePiece tokenizer (libsentencepiece) on the same XNLI dev text, with the
// xlmr-tiny golden model (shared/golden/xlmr-tiny: a unigram model of only 8,000 pieces; XLM-R's
// own has 250,000). Reports sentences/s and MB/s (of input UTF-8), one thread.
// Run: build/bench/bench_text_tokenizer
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "xlfuse/text/sentencepiece_tokenizer.h"
#include "xlfuse/text/tokenizer.h"

namespace {
namespace fs = std::filesystem;
using xlfuse::text::BertTokenizer;
using xlfuse::text::TokenizerOptions;
using xlfuse::text::Vocab;

fs::path shared_dir() {
  const char* env = std::getenv("XLFUSE_SHARED_DIR");
  return env && *env ? fs::path(env) : fs::path(XLFUSE_DEFAULT_SHARED_DIR);
}

struct Corpus {
  std::vector<std::string> sentences;
  std::vector<std::pair<std::string, std::string>> pairs;  // XNLI only
  size_t bytes = 0;
};

std::vector<fs::path> sorted_files(const fs::path& dir, const std::string& prefix) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().filename().string().rfind(prefix, 0) == 0) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

const Corpus& tatoeba() {
  static const Corpus c = [] {
    Corpus c;
    for (const auto& f : sorted_files(shared_dir() / "data/xtreme/tatoeba", "")) {
      std::ifstream in(f, std::ios::binary);
      for (std::string line; std::getline(in, line);) {
        c.bytes += line.size();
        c.sentences.push_back(std::move(line));
      }
    }
    return c;
  }();
  return c;
}

const Corpus& xnli_dev() {
  static const Corpus c = [] {
    Corpus c;
    for (const auto& f : sorted_files(shared_dir() / "data/xtreme/xnli", "dev-")) {
      std::ifstream in(f, std::ios::binary);
      for (std::string line; std::getline(in, line);) {
        size_t t1 = line.find('\t');
        size_t t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
        if (t2 == std::string::npos) continue;
        std::string premise = line.substr(0, t1), hypothesis = line.substr(t1 + 1, t2 - t1 - 1);
        c.bytes += premise.size() + hypothesis.size();
        c.sentences.push_back(premise);
        c.sentences.push_back(hypothesis);
        c.pairs.emplace_back(std::move(premise), std::move(hypothesis));
      }
    }
    return c;
  }();
  return c;
}

const Vocab* mbert_vocab() {
  static const Vocab* v = [] () -> const Vocab* {
    fs::path p = shared_dir() / "data/mbert/vocab.txt";
    if (!fs::exists(p)) return nullptr;
    return new Vocab(Vocab::load(p.string()));
  }();
  return v;
}

bool ready(benchmark::State& state, const Corpus& c) {
  if (!mbert_vocab() || c.sentences.empty()) {
    state.SkipWithError(("needs the shared folder (data/mbert/vocab.txt, data/xtreme/{tatoeba,xnli}) at " +
                         shared_dir().string() + "; set XLFUSE_SHARED_DIR")
                            .c_str());
    return false;
  }
  return true;
}

void set_counters(benchmark::State& state, size_t sentences, size_t bytes, size_t tokens) {
  const double iters = static_cast<double>(state.iterations());
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences) * iters, benchmark::Counter::kIsRate);
  state.counters["MB/s"] = benchmark::Counter(static_cast<double>(bytes) * iters / 1e6, benchmark::Counter::kIsRate);
  state.counters["tokens/sentence"] = static_cast<double>(tokens) / static_cast<double>(sentences);
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
}

// Arg 0: 0 = cased, 1 = lower-case (uncased), 2 = cased + NFC.
TokenizerOptions options_for(int64_t mode) {
  TokenizerOptions o;
  o.lower_case = mode == 1;
  o.nfc = mode == 2;
  return o;
}

void tokenize_corpus(benchmark::State& state, const Corpus& corpus) {
  if (!ready(state, corpus)) return;
  BertTokenizer tok(*mbert_vocab(), options_for(state.range(0)));
  size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (const auto& s : corpus.sentences) {
      auto t = tok.tokenize(s);
      tokens += t.size();
      benchmark::DoNotOptimize(t.data());
    }
  }
  set_counters(state, corpus.sentences.size(), corpus.bytes, tokens);
}

void BM_TokenizeTatoeba(benchmark::State& state) { tokenize_corpus(state, tatoeba()); }
void BM_TokenizeXnliDev(benchmark::State& state) { tokenize_corpus(state, xnli_dev()); }

// What the XNLI feature code does: [CLS] premise [SEP] hypothesis [SEP], max_length 128.
void BM_EncodePairXnliDev(benchmark::State& state) {
  const Corpus& corpus = xnli_dev();
  if (!ready(state, corpus)) return;
  BertTokenizer tok(*mbert_vocab(), options_for(state.range(0)));
  size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (const auto& [a, b] : corpus.pairs) {
      auto e = tok.encode_pair(a, b, 128);
      tokens += e.ids.size();
      benchmark::DoNotOptimize(e.ids.data());
    }
  }
  set_counters(state, corpus.pairs.size() * 2, corpus.bytes, tokens);
}

// XLM-R tokenization (special-token scan, sentencepiece, fairseq ids, offsets) of the XNLI dev
// sentences BM_TokenizeXnliDev reads, with xlmr-tiny's 8,000-piece model.
void BM_SentencePieceXnliDev(benchmark::State& state) {
  const Corpus& corpus = xnli_dev();
  const fs::path model = shared_dir() / "golden/xlmr-tiny/model/sentencepiece.bpe.model";
  if (corpus.sentences.empty() || !fs::exists(model)) {
    state.SkipWithError(("needs the shared folder (golden/xlmr-tiny/model/sentencepiece.bpe.model, data/xtreme/xnli) "
                         "at " + shared_dir().string() + "; set XLFUSE_SHARED_DIR")
                            .c_str());
    return;
  }
  const auto tok = xlfuse::text::SentencePieceTokenizer::load(model.string());
  size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (const auto& s : corpus.sentences) {
      auto t = tok->tokenize(s);
      tokens += t.size();
      benchmark::DoNotOptimize(t.data());
    }
  }
  set_counters(state, corpus.sentences.size(), corpus.bytes, tokens);
}

BENCHMARK(BM_TokenizeTatoeba)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_TokenizeXnliDev)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_EncodePairXnliDev)->Arg(0)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_SentencePieceXnliDev)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
