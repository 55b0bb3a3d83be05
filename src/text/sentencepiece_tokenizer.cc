// XLM-R tokenization (HF XLMRobertaTokenizer, slow) on Debian's libsentencepiece, reached through
// xlfuse's sentencepiece module (src/spm_shim). See sentencepiece_tokenizer.h and
// shared/golden/xlmr-tiny/README.md for the rules.
#include "xlfuse/text/sentencepiece_tokenizer.h"

#include <dlfcn.h>

#include <array>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string_view>

#include <fmt/format.h>

#include "spm_shim/spm_shim.h"
#include "xlfuse/core/error.h"
#include "xlfuse/text/unicode.h"

namespace xlfuse::text {
namespace {

// fairseq's fixed ids; every other piece is its sentencepiece id + kSpOffset.
constexpr int32_t kBosId = 0;
constexpr int32_t kPadId = 1;
constexpr int32_t kEosId = 2;
constexpr int32_t kUnkId = 3;
constexpr int32_t kSpOffset = 1;

// The word-start marker sentencepiece puts in place of whitespace, U+2581.
constexpr std::string_view kWordStart = "\xE2\x96\x81";

struct SpecialString {
  std::string_view text;
  bool lstrip;  // whitespace on its left belongs to it (HF AddedToken lstrip=True: <mask>)
};

// The special-token strings HF cuts out of the text. None is a prefix of another, so the first
// match at a position is also the longest.
constexpr std::array<SpecialString, 5> kSpecials = {{
    {"<s>", false}, {"<pad>", false}, {"</s>", false}, {"<unk>", false}, {"<mask>", true}}};

// Python's str.isspace() (what HF's left.rstrip() removes before an lstrip token, and the
// whitespace a "\u2581" piece stands for).
bool is_python_space(char32_t cp) {
  return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000;
}

// Byte length of the whitespace run ending at text[end) (valid UTF-8).
size_t trailing_space_bytes(std::string_view text) {
  size_t end = text.size();
  while (end > 0) {
    size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    size_t pos = start;
    if (!is_python_space(decode_utf8(text, &pos))) break;
    end = start;
  }
  return text.size() - end;
}

// Offset of the first non-whitespace character of text[begin, end), or end.
size_t skip_space(std::string_view text, size_t begin, size_t end) {
  while (begin < end) {
    size_t pos = begin;
    if (!is_python_space(decode_utf8(text, &pos))) break;
    begin = pos;
  }
  return begin;
}

std::string read_model_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw IoError(fmt::format("cannot read sentencepiece model file '{}': it is a directory", path));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(fmt::format("cannot open sentencepiece model file '{}'", path));
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) throw IoError(fmt::format("cannot read sentencepiece model file '{}'", path));
  if (bytes.empty()) throw FormatError(fmt::format("'{}' is not a valid sentencepiece model: the file is empty", path));
  return bytes;
}

#if defined(__SANITIZE_ADDRESS__)
#define XLFUSE_SPM_NO_DEEPBIND 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define XLFUSE_SPM_NO_DEEPBIND 1
#endif
#endif

// The module's functions, loaded once per process (never unloaded).
const xlfuse_spm_api& spm_api() {
  static const xlfuse_spm_api* api = [] {
    const char* env = std::getenv("XLFUSE_SPM_SHIM");
    const std::string path = env && *env ? env : XLFUSE_SPM_SHIM_PATH;
    // RTLD_DEEPBIND: libsentencepiece binds to its own protobuf-lite, not to a libprotobuf already
    // loaded (spm_shim.h). AddressSanitizer refuses RTLD_DEEPBIND; sanitizer builds have no
    // libtorch (make test-sanitize), hence no second protobuf, and load it plainly.
#ifdef XLFUSE_SPM_NO_DEEPBIND
    const int flags = RTLD_NOW | RTLD_LOCAL;
#else
    const int flags = RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND;
#endif
    void* handle = dlopen(path.c_str(), flags);
    if (!handle) {
      const char* why = dlerror();
      throw IoError(fmt::format("cannot load xlfuse's sentencepiece module '{}' ({}): build the target xlfuse_spm_shim, "
                                "or set XLFUSE_SPM_SHIM to the libxlfuse_spm.so to use",
                                path, why ? why : "unknown error"));
    }
    const auto* table = static_cast<const xlfuse_spm_api*>(dlsym(handle, XLFUSE_SPM_API_SYMBOL));
    if (!table || table->version != XLFUSE_SPM_API_VERSION)
      throw IoError(fmt::format("sentencepiece module '{}' lacks {} (version {}): rebuild xlfuse_spm_shim", path,
                                XLFUSE_SPM_API_SYMBOL, XLFUSE_SPM_API_VERSION));
    return table;
  }();
  return *api;
}

// Collects the pieces of one Encode call (the callback must not throw through the module).
struct PieceSink {
  std::string_view text;
  size_t offset = 0;
  const SentencePieceTokenizer* owner = nullptr;
  std::vector<Token>* tokens = nullptr;
  int32_t* word = nullptr;
  size_t index = 0;
  std::exception_ptr error;
};

}  // namespace

struct SentencePieceTokenizer::Model {
  const xlfuse_spm_api* api = nullptr;
  xlfuse_spm* spm = nullptr;
  ~Model() {
    if (spm) api->free(spm);
  }
  int piece_size() const { return api->piece_size(spm); }
  bool is_unknown(int id) const { return api->is_unknown(spm, id) != 0; }
  std::string_view id_to_piece(int id) const {
    size_t n = 0;
    const char* p = api->id_to_piece(spm, id, &n);
    return {p, n};
  }
  int piece_to_id(std::string_view piece) const { return api->piece_to_id(spm, piece.data(), piece.size()); }
};

std::unique_ptr<const SentencePieceTokenizer> SentencePieceTokenizer::load(const std::string& path) {
  const std::string bytes = read_model_file(path);
  auto model = std::make_unique<Model>();
  model->api = &spm_api();
  char err[512] = {0};
  model->spm = model->api->load(bytes.data(), bytes.size(), err, sizeof err);
  if (!model->spm) {
    std::string why(err);
    while (!why.empty() && (why.back() == ' ' || why.back() == '\n')) why.pop_back();
    throw FormatError(fmt::format("'{}' is not a valid sentencepiece model: {}", path, why));
  }
  // The fairseq mapping assumes sentencepiece's default layout, as XLM-R's model has it.
  int unk = -1, bos = -1, eos = -1;
  model->api->special_ids(model->spm, &unk, &bos, &eos);
  if (unk != 0 || bos != 1 || eos != 2)
    throw FormatError(fmt::format("sentencepiece model '{}': expected <unk>=0 <s>=1 </s>=2 (XLM-R's layout), got "
                                  "<unk>={} <s>={} </s>={}",
                                  path, unk, bos, eos));
  return std::unique_ptr<const SentencePieceTokenizer>(new SentencePieceTokenizer(std::move(model)));
}

SentencePieceTokenizer::SentencePieceTokenizer(std::unique_ptr<Model> model) : model_(std::move(model)) {
  mask_id_ = static_cast<int32_t>(model_->piece_size()) + kSpOffset;
  specials_.cls = kBosId;
  specials_.sep = kEosId;
  specials_.pad = kPadId;
  specials_.mask = mask_id_;
  specials_.unk = kUnkId;
  specials_.pair_separators = 2;
  specials_.second_type_id = 0;

  uint64_t h = 0xcbf29ce484222325ull;
  auto mix = [&](unsigned char c) {
    h ^= c;
    h *= 0x100000001b3ull;
  };
  const auto n = static_cast<int32_t>(vocab_size());
  for (int32_t id = 0; id < n; ++id) {
    for (char c : token(id)) mix(static_cast<unsigned char>(c));
    mix('\n');
  }
  fingerprint_ = fmt::format("{:016x}", h);
}

SentencePieceTokenizer::~SentencePieceTokenizer() = default;

size_t SentencePieceTokenizer::vocab_size() const { return static_cast<size_t>(mask_id_) + 1; }

std::string SentencePieceTokenizer::fingerprint() const { return fingerprint_; }

std::string SentencePieceTokenizer::token(int32_t id) const {
  if (id < 0 || id > mask_id_)
    throw std::out_of_range(fmt::format("token id {} is outside the vocabulary of {} tokens", id, vocab_size()));
  switch (id) {
    case kBosId: return "<s>";
    case kPadId: return "<pad>";
    case kEosId: return "</s>";
    case kUnkId: return "<unk>";
    default: break;
  }
  if (id == mask_id_) return "<mask>";
  return std::string(model_->id_to_piece(id - kSpOffset));
}

int32_t SentencePieceTokenizer::find(std::string_view token) const {
  if (token == "<s>") return kBosId;
  if (token == "<pad>") return kPadId;
  if (token == "</s>") return kEosId;
  if (token == "<unk>") return kUnkId;
  if (token == "<mask>") return mask_id_;
  const int sp_id = model_->piece_to_id(token);
  if (sp_id < 0 || model_->is_unknown(sp_id)) return -1;
  const int32_t id = sp_id + kSpOffset;
  // sentencepiece's own <s> </s> sit under fairseq's fixed </s> <unk>; they are no piece of ours.
  return id <= kUnkId ? -1 : id;
}

void SentencePieceTokenizer::encode_stretch(std::string_view text, size_t offset, std::vector<Token>* tokens,
                                            int32_t* word) const {
  if (text.empty()) return;
  PieceSink sink{text, offset, this, tokens, word, 0, nullptr};
  auto on_piece = [](void* ctx, const char* piece, size_t piece_size, int sp_id, uint32_t raw_begin,
                     uint32_t raw_end) {
    auto* s = static_cast<PieceSink*>(ctx);
    if (s->error) return;
    try {
      s->owner->add_piece(std::string_view(piece, piece_size), sp_id, raw_begin, raw_end, s->index++, s->text,
                          s->offset, s->tokens, s->word);
    } catch (...) {
      s->error = std::current_exception();
    }
  };
  char err[512] = {0};
  if (model_->api->encode(model_->spm, text.data(), text.size(), on_piece, &sink, err, sizeof err) != 0)
    throw FormatError(fmt::format("sentencepiece cannot encode the text: {}", err));
  if (sink.error) std::rethrow_exception(sink.error);
}

void SentencePieceTokenizer::add_piece(std::string_view piece, int sp_id, size_t raw_begin, size_t raw_end, size_t i,
                                       std::string_view text, size_t offset, std::vector<Token>* tokens,
                                       int32_t* word) const {
  Token t;
  t.text = std::string(piece);
  t.id = model_->is_unknown(sp_id) ? kUnkId : sp_id + kSpOffset;
  const bool word_start = t.text.compare(0, kWordStart.size(), kWordStart) == 0;
  if (word_start || i == 0) ++*word;
  t.word = *word;
  // Sentencepiece's span of a "\u2581" piece starts at the whitespace the marker replaced; the
  // token's span starts at its first visible character.
  size_t begin = word_start ? skip_space(text, raw_begin, raw_end) : raw_begin;
  size_t end = raw_end;
  // One character that normalisation expands into several pieces (NFKC: "\u00BD" -> "1" "\u2044"
  // "2", "\u01C4" -> "DZ\u030C") leaves all its pieces but the last without a span: each gets the
  // whole character. A lone "\u2581" keeps its empty span unless it is one of those pieces (the
  // first piece's is the dummy prefix, no character).
  const bool lone_marker = t.text == kWordStart;
  if (begin == end && begin < text.size() && (!lone_marker || (raw_begin == raw_end && i > 0))) {
    size_t pos = begin;
    decode_utf8(text, &pos);
    end = pos;
  }
  t.begin = offset + begin;
  t.end = offset + end;
  tokens->push_back(std::move(t));
}

std::vector<Token> SentencePieceTokenizer::tokenize(std::string_view text) const {
  validate_utf8(text);
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 3 + 2);
  int32_t word = -1;
  size_t start = 0;  // start of the current stretch of ordinary text
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t lt = text.find('<', pos);
    if (lt == std::string_view::npos) break;
    const SpecialString* hit = nullptr;
    for (const SpecialString& s : kSpecials)
      if (text.compare(lt, s.text.size(), s.text) == 0) {
        hit = &s;
        break;
      }
    if (!hit) {
      pos = lt + 1;
      continue;
    }
    std::string_view stretch = text.substr(start, lt - start);
    // HF strips the left neighbour only when it is ordinary text (never another special).
    if (hit->lstrip) stretch.remove_suffix(trailing_space_bytes(stretch));
    encode_stretch(stretch, start, &tokens, &word);
    const int32_t id = hit->text == "<mask>" ? mask_id_ : find(hit->text);
    tokens.push_back(Token{std::string(hit->text), id, lt, lt + hit->text.size(), ++word});
    start = pos = lt + hit->text.size();
  }
  encode_stretch(text.substr(start), start, &tokens, &word);
  return tokens;
}

}  // namespace xlfuse::text
