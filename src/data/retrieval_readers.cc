#include <algorithm>
#include "xlfuse/data/retrieval_readers.h"

#include <cctype>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/data/text_file.h"

namespace xlfuse::data {
namespace fs = std::filesystem;

namespace {

std::vector<std::string> read_lines(const fs::path& path) {
  const std::string text = read_text_file(path);
  LineCursor cursor(text);
  std::string_view line;
  std::vector<std::string> lines;
  while (cursor.next(&line)) lines.emplace_back(line);
  return lines;
}

std::vector<IdSentence> read_id_sentences(const fs::path& path) {
  const std::string text = read_text_file(path);
  LineCursor cursor(text);
  std::string_view line;
  std::vector<IdSentence> out;
  while (cursor.next(&line)) {
    if (line.empty()) continue;
    size_t tab = line.find('\t');
    size_t n = tab == std::string_view::npos ? 1 : 2 + (line.find('\t', tab + 1) != std::string_view::npos);
    if (n != 2 || tab == 0)
      throw FormatError(fmt::format("{}: expected 2 tab-separated fields (id, sentence), got {}{}",
                                    where(path, cursor.line_number()), n > 2 ? "more than 2" : std::to_string(n),
                                    tab == 0 ? " (empty id)" : ""));
    out.push_back({std::string(line.substr(0, tab)), std::string(line.substr(tab + 1))});
  }
  return out;
}

// Python's str.splitlines() boundaries.
bool is_line_break(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E ||
         c == 0x85 || c == 0x2028 || c == 0x2029;
}
// Python's str.isspace() for strip().
bool is_py_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

std::u32string to_u32(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char32_t cp;
    int len;
    if (c < 0x80) { cp = c; len = 1; }
    else if (c < 0xE0) { cp = c & 0x1F; len = 2; }
    else if (c < 0xF0) { cp = c & 0x0F; len = 3; }
    else { cp = c & 0x07; len = 4; }
    for (int k = 1; k < len && i + k < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += len;
  }
  return out;
}

std::string to_utf8(const std::u32string& s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

// " ".join(s.splitlines()).replace("  ", " ").strip()
std::string normalise_lines_and_spaces(const std::string& text) {
  const std::u32string s = to_u32(text);
  // splitlines(): split at every break; the piece after the last break only counts if non-empty.
  std::vector<std::u32string> lines;
  std::u32string cur;
  for (size_t i = 0; i < s.size(); ++i) {
    const char32_t c = s[i];
    if (is_line_break(c)) {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      lines.push_back(std::move(cur));
      cur.clear();
      continue;
    }
    cur.push_back(c);
  }
  if (!cur.empty()) lines.push_back(std::move(cur));
  std::u32string joined;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (k) joined.push_back(' ');
    joined += lines[k];
  }
  std::u32string replaced;
  for (size_t i = 0; i < joined.size(); ++i) {
    replaced.push_back(joined[i]);
    if (joined[i] == ' ' && i + 1 < joined.size() && joined[i + 1] == ' ') ++i;
  }
  size_t b = 0, e = replaced.size();
  while (b < e && is_py_space(replaced[b])) ++b;
  while (e > b && is_py_space(replaced[e - 1])) --e;
  return to_utf8(replaced.substr(b, e - b));
}

// re.sub(r"\{(.*?)\}", r"(\1)", s): braces already in the text become parentheses.
std::u32string escape_markers(const std::u32string& s) {
  std::u32string out;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '{') {
      size_t j = i + 1;
      while (j < s.size() && s[j] != '}' && s[j] != '\n') ++j;
      if (j < s.size() && s[j] == '}') {
        out.push_back('(');
        out.append(s, i + 1, j - i - 1);
        out.push_back(')');
        i = j + 1;
        continue;
      }
    }
    out.push_back(s[i]);
    ++i;
  }
  return out;
}

std::vector<std::pair<int64_t, int64_t>> read_spans(const nlohmann::json& o, const char* key,
                                                    const std::string& at) {
  const auto& list = json_field(o, key, at);
  if (!list.is_array()) throw FormatError(fmt::format("{}: field '{}' must be an array", at, key));
  std::vector<std::pair<int64_t, int64_t>> spans;
  for (const auto& s : list) {
    int64_t b = json_int(s, "start", at + "." + key), e = json_int(s, "end", at + "." + key);
    if (b < 0 || e <= b)
      throw FormatError(fmt::format("{}: span [{}, {}) in '{}' is empty or negative", at, b, e, key));
    spans.emplace_back(b, e);
  }
  return spans;
}

MewslixEntity parse_entity(const nlohmann::json& o, const std::string& at) {
  MewslixEntity e;
  e.entity_id = json_string(o, "entity_id", at);
  e.title = json_string(o, "title", at);
  e.description = json_string(o, "description", at);
  if (o.contains("description_language")) e.description_language = json_string(o, "description_language", at);
  std::string joined;
  for (const auto& [b, end] : read_spans(o, "sentence_spans", at)) {
    if (!joined.empty()) joined += ' ';
    joined += substr_code_points(e.description, b, end, at + ": sentence_spans");
  }
  e.text = normalise_lines_and_spaces(joined);
  return e;
}

MewslixMention parse_contextual_mention(const nlohmann::json& o, const std::string& at) {
  const auto& context = json_field(o, "context", at);
  const auto& mention = json_field(o, "mention", at);
  const std::string text = json_string(context, "text", at + ": context");
  MewslixMention m;
  m.lang = context.contains("language") ? json_string(context, "language", at + ": context") : "";
  m.example_id = json_string(mention, "example_id", at + ": mention");
  if (mention.contains("entity_id")) m.entity_id = json_string(mention, "entity_id", at + ": mention");
  const auto& span = json_field(mention, "mention_span", at + ": mention");
  const int64_t b = json_int(span, "start", at + ": mention.mention_span");
  const int64_t e = json_int(span, "end", at + ": mention.mention_span");
  m.mention = json_string(span, "text", at + ": mention.mention_span");
  if (e <= b)
    throw FormatError(fmt::format("{}: mention span [{}, {}) is empty", at, b, e));
  const std::string in_text = substr_code_points(text, b, e, at + ": mention.mention_span");
  if (in_text != m.mention)
    throw FormatError(fmt::format("{}: mention text '{}' differs from context.text[{}:{}] = '{}'",
                                  at, m.mention, b, e, in_text));
  m.query = mewslix_query(text, read_spans(context, "sentence_spans", at + ": context"), b, e,
                          m.mention, at);
  return m;
}

}  // namespace

std::string mewslix_query(const std::string& text,
                          const std::vector<std::pair<int64_t, int64_t>>& sentences,
                          int64_t mention_start, int64_t mention_end, const std::string& mention,
                          const std::string& at) {
  const std::pair<int64_t, int64_t>* focus = nullptr;
  for (const auto& s : sentences) {
    if (s.first <= mention_start && mention_start < s.second && s.first < mention_end &&
        mention_end <= s.second) {
      focus = &s;
      break;
    }
  }
  if (!focus)
    throw FormatError(fmt::format(
        "{}: mention span [{}, {}) is in no single sentence of context.sentence_spans", at,
        mention_start, mention_end));
  const std::u32string sentence = to_u32(substr_code_points(text, focus->first, focus->second, at));
  const size_t lb = static_cast<size_t>(mention_start - focus->first);
  const size_t rb = static_cast<size_t>(mention_end - focus->first);
  const std::string left = to_utf8(escape_markers(sentence.substr(0, lb)));
  const std::string right = to_utf8(escape_markers(sentence.substr(rb)));
  const std::string query = mention + ": " + left + " { " + mention + " } " + right;
  return normalise_lines_and_spaces(query);
}

BitextExample read_tatoeba(const fs::path& source, const fs::path& target) {
  std::vector<std::string> src = read_lines(source), tgt = read_lines(target);
  if (src.size() != tgt.size()) {
    const bool src_longer = src.size() > tgt.size();
    throw FormatError(fmt::format(
        "{}: line {} has no translation: {} has {} lines but {} has {}",
        where(src_longer ? target : source, std::min(src.size(), tgt.size()) + 1),
        std::min(src.size(), tgt.size()) + 1, source.string(), src.size(), target.string(),
        tgt.size()));
  }
  // Byte order of UTF-8 equals code point order, i.e. Python's sorted().
  const bool english_sorted = tgt.size() > 2 && std::is_sorted(tgt.begin(), tgt.end());
  BitextExample out;
  out.source.reserve(src.size());
  out.target.reserve(tgt.size());
  for (size_t i = 0; i < src.size(); ++i) {
    std::string id = std::to_string(i);
    out.source.push_back({id, std::move(src[i])});
    out.target.push_back({id, std::move(tgt[i])});
    if (!english_sorted) out.gold.emplace_back(id, id);
  }
  return out;
}

BitextExample read_bucc(const fs::path& source, const fs::path& target, const fs::path* gold) {
  BitextExample out;
  out.source = read_id_sentences(source);
  out.target = read_id_sentences(target);
  if (gold) {
    const std::string text = read_text_file(*gold);
    LineCursor cursor(text);
    std::string_view line;
    while (cursor.next(&line)) {
      if (line.empty()) continue;
      auto fields = split_tabs(line);
      if (fields.size() != 2 || fields[0].empty() || fields[1].empty())
        throw FormatError(fmt::format("{}: expected 2 tab-separated fields (source id, English id), got {}",
                                      where(*gold, cursor.line_number()), fields.size()));
      out.gold.emplace_back(std::string(fields[0]), std::string(fields[1]));
    }
  }
  return out;
}

LareqaExample read_lareqa_json(const fs::path& path, const std::string& lang) {
  const nlohmann::json root = parse_json(read_text_file(path), path);
  const std::string file = path.string();
  if (!root.is_object() || !root.contains("data") || !root["data"].is_array())
    throw FormatError(fmt::format("{}: expected a JSON object with a 'data' array", file));
  LareqaExample out;
  size_t paragraph_no = 0, skipped = 0;
  for (size_t i = 0; i < root["data"].size(); ++i) {
    const auto& article = root["data"][i];
    const std::string art_at = fmt::format("{}: data[{}]", file, i);
    const auto& paragraphs = json_field(article, "paragraphs", art_at);
    for (size_t j = 0; j < paragraphs.size(); ++j) {
      ++paragraph_no;
      const std::string at = fmt::format("{}.paragraphs[{}]", art_at, j);
      const auto& par = paragraphs[j];
      const std::string context = json_string(par, "context", at);
      const auto& breaks = json_field(par, "sentence_breaks", at);
      if (!breaks.is_array() || breaks.empty())
        throw FormatError(fmt::format("{}: 'sentence_breaks' must be a non-empty array", at));
      const size_t first_candidate = out.candidates.size();
      std::vector<std::pair<int64_t, int64_t>> spans;
      for (size_t s = 0; s < breaks.size(); ++s) {
        const auto& b = breaks[s];
        if (!b.is_array() || b.size() != 2 || !b[0].is_number_integer() || !b[1].is_number_integer())
          throw FormatError(fmt::format("{}: sentence_breaks[{}] must be [start, end]", at, s));
        const int64_t start = b[0].get<int64_t>(), end = b[1].get<int64_t>();
        LareqaCandidate c;
        c.uid = fmt::format("{}_{}_{}", lang, paragraph_no, s);
        c.lang = lang;
        c.sentence = substr_code_points(context, start, end, fmt::format("{}.sentence_breaks[{}]", at, s));
        c.context = context;
        spans.emplace_back(start, end);
        out.candidates.push_back(std::move(c));
      }
      const auto& qas = json_field(par, "qas", at);
      for (size_t k = 0; k < qas.size(); ++k) {
        const std::string q_at = fmt::format("{}.qas[{}]", at, k);
        const auto& qa = qas[k];
        const auto& answers = json_field(qa, "answers", q_at);
        if (!answers.is_array() || answers.size() != 1)
          throw FormatError(fmt::format("{}: expected exactly 1 answer, got {}", q_at,
                                        answers.is_array() ? answers.size() : 0));
        const int64_t answer_start = json_int(answers[0], "answer_start", q_at + ".answers[0]");
        LareqaQuestion q;
        q.xling_id = json_label(qa, "id", q_at);
        q.uid = q.xling_id + "_" + lang;
        q.lang = lang;
        q.question = json_string(qa, "question", q_at);
        bool found = false;
        for (size_t s = 0; s < spans.size(); ++s) {
          if (spans[s].first <= answer_start && answer_start < spans[s].second) {
            q.answer_candidate = first_candidate + s;
            out.candidates[q.answer_candidate].xling_ids.push_back(q.xling_id);
            found = true;
            break;
          }
        }
        if (!found) {
          ++skipped;
          continue;
        }
        out.questions.push_back(std::move(q));
      }
    }
  }
  if (skipped)
    XLFUSE_LOG_WARN("[data] {}: skipped {} questions whose answer starts in no sentence", file, skipped);
  return out;
}

std::vector<MewslixEntity> read_mewslix_entities(const fs::path& path) {
  std::vector<MewslixEntity> out;
  for_each_jsonl(path, [&](const nlohmann::json& o, size_t line) {
    out.push_back(parse_entity(o, where(path, line)));
  });
  return out;
}

std::vector<MewslixMention> read_mewslix_mentions(const fs::path& path, const std::string& lang,
                                                  const fs::path* labels) {
  std::vector<MewslixMention> out;
  for_each_jsonl(path, [&](const nlohmann::json& o, size_t line) {
    MewslixMention m = parse_contextual_mention(o, where(path, line));
    if (m.lang.empty()) m.lang = lang;
    out.push_back(std::move(m));
  });
  if (labels) {
    const nlohmann::json gold = parse_json(read_text_file(*labels), *labels);
    if (!gold.is_object())
      throw FormatError(fmt::format("{}: expected a JSON object {{example_id: [entity_id]}}", labels->string()));
    for (auto& m : out) {
      auto it = gold.find(m.example_id);
      if (it == gold.end())
        throw FormatError(fmt::format("{}: no label for example_id '{}' of {}", labels->string(),
                                      m.example_id, path.string()));
      if (!it->is_array() || it->size() != 1 || !(*it)[0].is_string())
        throw FormatError(fmt::format("{}: label of '{}' must be a list with one entity id",
                                      labels->string(), m.example_id));
      std::string id = (*it)[0].get<std::string>();
      // strip() as utils_mewslix.evaluate does
      while (!id.empty() && std::isspace(static_cast<unsigned char>(id.back()))) id.pop_back();
      while (!id.empty() && std::isspace(static_cast<unsigned char>(id.front()))) id.erase(0, 1);
      m.entity_id = std::move(id);
    }
  }
  return out;
}

MewslixExample read_mewslix_pairs(const fs::path& path) {
  MewslixExample out;
  for_each_jsonl(path, [&](const nlohmann::json& o, size_t line) {
    const std::string at = where(path, line);
    out.mentions.push_back(parse_contextual_mention(json_field(o, "contextual_mention", at), at + ": contextual_mention"));
    out.entities.push_back(parse_entity(json_field(o, "entity", at), at + ": entity"));
    if (out.mentions.back().entity_id.empty()) out.mentions.back().entity_id = out.entities.back().entity_id;
  });
  return out;
}

}  // namespace xlfuse::data
