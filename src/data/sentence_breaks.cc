// A port of XTREME's sb_sed.py (see sentence_breaks.h): the same substitution rules, in the same
// order, applied with std::regex (ECMAScript) to the UTF-8 bytes. Python's \1 becomes $1; the
// non-ASCII quote characters inside character classes become alternatives, since a class matches
// single bytes here.
#include "xlfuse/data/sentence_breaks.h"

#include <regex>

namespace xlfuse::data {

namespace {

#define RDQ "\xE2\x80\x9D"  // U+201D right double quotation mark
#define LDQ "\xE2\x80\x9C"  // U+201C left double quotation mark
#define BULLET "\xE2\x80\xA2"  // U+2022

struct Rule {
  std::regex pattern;
  const char* replacement;
};

const std::vector<Rule>& rules() {
  static const std::vector<Rule> list = [] {
    std::vector<std::pair<const char*, const char*>> raw = {
        // The main split: sentence-final punctuation, optional closing quotes/parens, whitespace,
        // optional opening quote/bracket/paren, an upper-case letter or digit.
        {R"(([.?!](?:[)'" ]|)" RDQ R"()*)\s(\s*(?:[\['"(]|)" LDQ R"()?[A-Z0-9]))", "$1\n$2"},
        // Wikipedia editorial scraps after the full stop: ".[citation needed] ", ".[note 1] ".
        {R"(([.?!]['"]?)((\[[a-zA-Z0-9 ?]+\])+)\s(\s*['"(]?[A-Z0-9]))", "$1$2\n$4"},
        // Ellipses in multi-sentence quotes.
        {R"((\[\.\.\.\]\s*)\s(\[?[A-Z]))", "$1\n$2"},
        // Rejoin after titles, literary and month abbreviations, geography.
        {R"(\b(Mrs?|Ms|Dr|Prof|Fr|Rev|Msgr|Sta?)\.\n)", "$1. "},
        {R"(\b(Lt|Gen|Col|Maj|Adm|Capt|Sgt|Rep|Gov|Sen|Pres)\.\n)", "$1. "},
        {R"(\b(e\.g|i\.?e|vs?|pp?|cf|a\.k\.a|approx|app|es[pt]|tr)\.\n)", "$1. "},
        {R"(\b(Jan|Aug|Oct|Nov|Dec)\.\n)", "$1. "},
        {R"(\b(Mt|Ft)\.\n)", "$1. "},
        {R"(\b([ap]\.m)\.\n(Eastern|EST)\b)", "$1. $2"},
        // Rejoin personal names with 3, 2 or 1 initials.
        {R"(\b([A-Z]\.)[ \n]([A-Z]\.)[ \n]([A-Z]\.)[ \n]("?[A-Z][a-z]))", "$1 $2 $3 $4"},
        {R"(\b([A-Z]\.)[ \n]([A-Z]\.)[ \n]("?[A-Z][a-z]))", "$1 $2 $3"},
        {R"(\b([A-Z]\.[A-Z]\.)\n("?[A-Z][a-z]))", "$1 $2"},
        {R"(\b([A-Z]\.)\n("?[A-Z][a-z]))", "$1 $2"},
        // Resplit before common sentence starts.
        {R"(([.!?]['")]*) (The|This|That|These|It) )", "$1\n$2 "},
        {R"((\.) (Meanwhile|However))", "$1\n$2"},
        {R"((\.) (In|On|By|During|After|Under|Although|Yet|As |Several|According to) )", "$1\n$2 "},
        // Rejoin numbered parts, born/died/circa, et al. (2005), H.R. 2000.
        {R"(\b([Aa]rt|[Nn]o|Opp?|ch|Sec|cl|Rec|Ecl|Cor|Lk|Jn|Vol)\.\n([0-9IVX]+)\b)", "$1. $2"},
        {R"(\b([bdrc]|ca|fl)\.\n([A-Z0-9]))", "$1. $2"},
        {R"(\b(et al)\.\n(\(?[0-9]{4}\b))", "$1. $2"},
        {R"(\b(H\.R\.)\n([0-9]))", "$1 $2"},
        // SQuAD-specific joins.
        {R"((I Am\.\.\.)\n(Sasha Fierce|World Tour))", "$1 $2"},
        {R"((Warner Bros\.)\n(Records|Entertainment))", "$1 $2"},
        {R"((U\.S\.)\n(\(?\d\d+))", "$1 $2"},
        {R"(\b(Rs\.)\n(\d))", "$1 $2"},
        // SQuAD-specific splits.
        {R"(\b(Jay Z\.) ([A-Z]))", "$1\n$2"},
        {R"(\b(Washington, D\.C\.) ([A-Z]))", "$1\n$2"},
        {R"(\b(for 4\.\)) ([A-Z]))", "$1\n$2"},
        {R"(\b(Wii U\.) ([A-Z]))", "$1\n$2"},
        {R"(\. (iPod|iTunes))", ".\n$1"},
        {R"( (\[\.\.\.\]\n))", "\n$1"},
        {R"((\.Sc\.)\n)", "$1 "},
        {" (" BULLET " [A-Z])", "\n$1"},
    };
    std::vector<Rule> out;
    out.reserve(raw.size());
    for (const auto& [pattern, replacement] : raw)
      out.push_back({std::regex(pattern, std::regex::ECMAScript | std::regex::optimize), replacement});
    return out;
  }();
  return list;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

std::vector<std::pair<size_t, size_t>> infer_sentence_breaks(const std::string& text) {
  std::string txt = text;
  for (char& c : txt)
    if (c == '\n') c = ' ';  // pre-existing newlines are removed first
  for (const Rule& rule : rules()) txt = std::regex_replace(txt, rule.pattern, rule.replacement);

  // Each line is a sentence: start = after its leading whitespace, end = start + stripped length.
  std::vector<std::pair<size_t, size_t>> out;
  size_t line_begin = 0;
  while (true) {
    size_t line_end = txt.find('\n', line_begin);
    const bool last = line_end == std::string::npos;
    if (last) line_end = txt.size();
    size_t b = line_begin;
    while (b < line_end && is_space(txt[b])) ++b;
    size_t e = line_end;
    while (e > b && is_space(txt[e - 1])) --e;
    out.emplace_back(b, e);
    if (last) break;
    line_begin = line_end + 1;
  }
  return out;
}

}  // namespace xlfuse::data
