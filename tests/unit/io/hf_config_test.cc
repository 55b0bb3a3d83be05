#include "xlfuse/io/hf_config.h"

#include <gtest/gtest.h>

#include <string>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/io/atomic_file.h"

namespace xlfuse::io {
namespace {

using nlohmann::json;

json tiny_config() {
  return json::parse(R"({
    "architectures": ["BertForSequenceClassification"],
    "model_type": "bert", "vocab_size": 200, "hidden_size": 32, "num_hidden_layers": 2,
    "num_attention_heads": 4, "intermediate_size": 64, "hidden_act": "gelu",
    "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1,
    "max_position_embeddings": 64, "type_vocab_size": 2, "layer_norm_eps": 1e-12,
    "pad_token_id": 0, "initializer_range": 0.02, "position_embedding_type": "absolute",
    "id2label": {"0": "a", "1": "b"}
  })");
}

TEST(HfConfigTest, ParsesAllFields) {
  const BertConfig c = bert_config_from_json(tiny_config(), "tiny.json");
  EXPECT_EQ(c.vocab_size, 200);
  EXPECT_EQ(c.hidden_size, 32);
  EXPECT_EQ(c.num_hidden_layers, 2);
  EXPECT_EQ(c.num_attention_heads, 4);
  EXPECT_EQ(c.intermediate_size, 64);
  EXPECT_EQ(c.max_position_embeddings, 64);
  EXPECT_EQ(c.type_vocab_size, 2);
  EXPECT_DOUBLE_EQ(c.layer_norm_eps, 1e-12);
  EXPECT_DOUBLE_EQ(c.initializer_range, 0.02);
  EXPECT_EQ(c.raw.at("id2label").at("1"), "b");
}

TEST(HfConfigTest, MissingFieldsTakeDefaultsAndMissingModelTypeIsAccepted) {
  const BertConfig c = bert_config_from_json(json{{"hidden_size", 64}, {"num_attention_heads", 4}});
  EXPECT_EQ(c.hidden_size, 64);
  EXPECT_EQ(c.vocab_size, 30522);
  EXPECT_EQ(c.num_hidden_layers, 12);
  EXPECT_EQ(c.hidden_act, "gelu");
}

TEST(HfConfigTest, ReadsSharedGoldensAndMbert) {
  XLFUSE_REQUIRE_SHARED("golden/bert-tiny/bert_seqcls/config.json");
  const auto tiny =
      read_bert_config((test::shared_dir() / "golden/bert-tiny/bert_seqcls/config.json").string());
  EXPECT_EQ(tiny.hidden_size, 32);
  EXPECT_EQ(tiny.num_hidden_layers, 2);
  EXPECT_EQ(tiny.vocab_size, 200);
  EXPECT_EQ(tiny.raw.at("id2label").size(), 3u);

  XLFUSE_REQUIRE_SHARED("data/mbert/config.json");
  const auto mbert = read_bert_config((test::shared_dir() / "data/mbert/config.json").string());
  EXPECT_EQ(mbert.vocab_size, 119547);
  EXPECT_EQ(mbert.hidden_size, 768);
  EXPECT_EQ(mbert.num_hidden_layers, 12);
  EXPECT_EQ(mbert.num_attention_heads, 12);
  EXPECT_EQ(mbert.intermediate_size, 3072);
  EXPECT_EQ(mbert.max_position_embeddings, 512);
  EXPECT_EQ(mbert.type_vocab_size, 2);
  EXPECT_EQ(mbert.hidden_act, "gelu");
  EXPECT_EQ(mbert.raw.at("_name_or_path"), "google-bert/bert-base-multilingual-cased");
}

TEST(HfConfigTest, WriteKeepsOtherKeysAndRoundTrips) {
  test::TempDir dir;
  BertConfig c = bert_config_from_json(tiny_config(), "tiny.json");
  c.num_hidden_layers = 3;
  const std::string path = (dir / "config.json").string();
  write_bert_config(path, c);
  const std::string text = read_file(path);
  EXPECT_NE(text.find("\n  \"architectures\": ["), std::string::npos) << "indent 2: " << text;
  const BertConfig back = read_bert_config(path);
  EXPECT_EQ(back.num_hidden_layers, 3);
  EXPECT_EQ(back.hidden_size, 32);
  EXPECT_EQ(back.raw.at("id2label").at("0"), "a");
  EXPECT_EQ(back.raw.at("architectures").at(0), "BertForSequenceClassification");
  EXPECT_EQ(back.raw.at("model_type"), "bert");
  EXPECT_EQ(to_json(back), to_json(c));
}

TEST(HfConfigTest, WriteRefusesInvalidConfigAndLeavesOldFile) {
  test::TempDir dir;
  const auto path = dir / "config.json";
  test::write_file(path, "{}");
  BertConfig c;
  c.hidden_size = 100;  // not divisible by 12 heads
  XLFUSE_EXPECT_THROW_WITH(write_bert_config(path.string(), c), ConfigError,
                           "must be divisible by 'num_attention_heads'");
  EXPECT_EQ(test::read_file(path), "{}");
}

void expect_refused(const json& j, const std::string& substring) {
  XLFUSE_EXPECT_THROW_WITH(bert_config_from_json(j, "cfg.json"), ConfigError,
                           "cfg.json: " + substring);
}

json with(const char* field, json value) {
  json j = tiny_config();
  j[field] = std::move(value);
  return j;
}

TEST(HfConfigTest, ReadsTheModelFamilies) {
  const BertConfig bert = bert_config_from_json(tiny_config(), "tiny.json");
  EXPECT_EQ(bert.model_type, ModelType::Bert);
  EXPECT_EQ(bert.max_sequence_length(), 64);
  json x = tiny_config();
  x["model_type"] = "xlm-roberta";
  x.erase("pad_token_id");  // XLMRobertaConfig's default: 1
  x["type_vocab_size"] = 1;
  const BertConfig xlmr = bert_config_from_json(x, "x.json");
  EXPECT_EQ(xlmr.model_type, ModelType::XlmRoberta);
  EXPECT_EQ(xlmr.pad_token_id, 1);
  EXPECT_EQ(xlmr.max_sequence_length(), 64 - 1 - 1);
  EXPECT_EQ(to_json(xlmr).at("model_type"), "xlm-roberta");
  EXPECT_EQ(to_json(xlmr).at("pad_token_id"), 1);
  x["model_type"] = "roberta";
  EXPECT_EQ(bert_config_from_json(x, "x.json").model_type, ModelType::Roberta);
  EXPECT_EQ(to_json(bert_config_from_json(x, "x.json")).at("model_type"), "roberta");
  EXPECT_TRUE(uses_roberta_positions(ModelType::XlmRoberta));
  EXPECT_FALSE(uses_roberta_positions(ModelType::Bert));
}

TEST(HfConfigTest, WritesTheModelTypeBack) {
  test::TempDir dir;
  json x = tiny_config();
  x["model_type"] = "xlm-roberta";
  BertConfig c = bert_config_from_json(x, "x.json");
  write_bert_config((dir / "config.json").string(), c);
  const BertConfig back = read_bert_config((dir / "config.json").string());
  EXPECT_EQ(back.model_type, ModelType::XlmRoberta);
  EXPECT_EQ(back.raw.at("model_type"), "xlm-roberta");
}

void expect_format_error(const json& j, const std::string& substring) {
  XLFUSE_EXPECT_THROW_WITH(bert_config_from_json(j, "cfg.json"), FormatError, "cfg.json: " + substring);
}

TEST(HfConfigTest, RefusesUnknownModelTypes) {
  expect_format_error(with("model_type", "gpt2"),
                      "field 'model_type' must be one of \"bert\", \"xlm-roberta\", \"roberta\", found \"gpt2\"");
  expect_format_error(with("model_type", "XLM-RoBERTa"),
                      "field 'model_type' must be one of \"bert\", \"xlm-roberta\", \"roberta\", found "
                      "\"XLM-RoBERTa\" (only BERT-architecture encoders are supported)");
  expect_format_error(with("model_type", 1),
                      "field 'model_type' must be a string, found 1 (number); accepted values: \"bert\", "
                      "\"xlm-roberta\", \"roberta\"");
}

TEST(HfConfigTest, MissingModelTypeIsRequiredForRobertaArchitectures) {
  json j = tiny_config();
  j.erase("model_type");
  EXPECT_EQ(bert_config_from_json(j, "cfg.json").model_type, ModelType::Bert);  // as HF's BertConfig
  j["architectures"] = json::array({"XLMRobertaForMaskedLM"});
  expect_format_error(j, "field 'model_type' is missing, but 'architectures' names XLMRobertaForMaskedLM (a RoBERTa "
                         "model, whose position ids differ from BERT's): add \"model_type\": \"xlm-roberta\" "
                         "(accepted values: \"bert\", \"xlm-roberta\", \"roberta\")");
  j["architectures"] = json::array({"RobertaModel"});
  expect_format_error(j, "field 'model_type' is missing, but 'architectures' names RobertaModel (a RoBERTa model");
}

TEST(HfConfigTest, RefusesRelativePositionEmbeddings) {
  expect_refused(with("position_embedding_type", "relative_key"),
                 "field 'position_embedding_type' must be \"absolute\", found \"relative_key\"");
}

TEST(HfConfigTest, RefusesOtherActivations) {
  expect_refused(with("hidden_act", "gelu_new"),
                 "field 'hidden_act' must be \"gelu\" (the erf GELU of BERT), found \"gelu_new\"");
  expect_refused(with("hidden_act", json::array()), "field 'hidden_act' must be a string");
}

TEST(HfConfigTest, RefusesIndivisibleHiddenSize) {
  expect_refused(with("hidden_size", 30),
                 "field 'hidden_size' (30) must be divisible by 'num_attention_heads' (4)");
}

TEST(HfConfigTest, RefusesNonPositiveSizes) {
  expect_refused(with("num_hidden_layers", 0),
                 "field 'num_hidden_layers' must be positive, found 0");
  expect_refused(with("vocab_size", -5), "field 'vocab_size' must be positive, found -5");
  expect_refused(with("num_attention_heads", 0), "field 'num_attention_heads' must be positive");
}

TEST(HfConfigTest, RefusesWrongJsonTypes) {
  expect_refused(with("hidden_size", "768"),
                 "field 'hidden_size' must be an integer, found \"768\" (string)");
  expect_refused(with("hidden_size", 32.5), "field 'hidden_size' must be an integer, found 32.5");
  expect_refused(with("layer_norm_eps", nullptr),
                 "field 'layer_norm_eps' must be a number, found null");
  expect_refused(json::array(), "expected a JSON object, found array");
}

TEST(HfConfigTest, RefusesOutOfRangeValues) {
  expect_refused(with("hidden_dropout_prob", 1.5),
                 "field 'hidden_dropout_prob' must be in [0, 1), found 1.5");
  expect_refused(with("layer_norm_eps", 0), "field 'layer_norm_eps' must be positive");
  expect_refused(with("pad_token_id", 200), "field 'pad_token_id' must be in [0, vocab_size=200)");
}

TEST(HfConfigTest, InvalidJsonFileIsFormatErrorNamingTheFile) {
  test::TempDir dir;
  const auto path = dir / "config.json";
  test::write_file(path, "{\"hidden_size\": ");
  XLFUSE_EXPECT_THROW_WITH(read_bert_config(path.string()), FormatError,
                           path.string() + ": not valid JSON");
  XLFUSE_EXPECT_THROW_WITH(read_bert_config((dir / "none.json").string()), IoError, "none.json");
}

}  // namespace
}  // namespace xlfuse::io
