// XLM-R (RoBERTa) on the BERT modules, without the shared goldens: RoBERTa's position ids, the
// limits of the position table and of one token type, HF's XLM-R checkpoint names on save and
// load (roberta.*, lm_head.*, RobertaClassificationHead), the model folder xlfuse writes for an
// XLM-R model, the tokenizer files a folder may hold and the vocabulary size check. BERT's names
// are checked unchanged.
#include <filesystem>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/io/safetensors.h"
#include "xlfuse/model/bert.h"
#include "xlfuse/model/checkpoint.h"
#include "xlfuse/model/checkpoint_names.h"
#include "xlfuse/model/init.h"
#include "xlfuse/model/inspect.h"
#include "xlfuse/model/model_dir.h"
#include "xlfuse/model/model_folder_writer.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/text/tokenizer.h"

namespace xlfuse::model {
namespace {

namespace fs = std::filesystem;

// A tiny XLM-R: <pad> = 1, positions 2..(max_position_embeddings - 1), one token type.
io::BertConfig xlmr_config(int64_t max_positions = 12) {
  io::BertConfig c;
  c.model_type = io::ModelType::XlmRoberta;
  c.vocab_size = 40;
  c.hidden_size = 16;
  c.num_hidden_layers = 2;
  c.num_attention_heads = 2;
  c.intermediate_size = 32;
  c.max_position_embeddings = max_positions;
  c.type_vocab_size = 1;
  c.pad_token_id = 1;
  c.layer_norm_eps = 1e-5;
  c.raw = {{"model_type", "xlm-roberta"}};
  return c;
}

std::set<std::string> tensor_names(const std::string& path) {
  std::set<std::string> out;
  const io::SafetensorsFile file = io::SafetensorsFile::open(path);
  for (const auto& t : file.tensors()) out.insert(t.name);
  return out;
}

TaskInputs some_inputs() {
  TaskInputs in;
  in.input_ids = torch::tensor({0, 7, 8, 9, 2, 1, 0, 10, 2, 1, 1, 1}, torch::kLong).view({2, 6});
  in.attention_mask = (in.input_ids != 1).to(torch::kLong);
  return in;
}

TEST(XlmrTest, PositionIdsFollowRobertaFromTheIds) {
  // A literal <pad> (id 1) inside the text gets the padding position and does not advance the count.
  const auto ids = torch::tensor({0, 5, 6, 2, 1, 1, 0, 7, 1, 8, 2, 1}, torch::kLong).view({2, 6});
  const auto expected = torch::tensor({2, 3, 4, 5, 1, 1, 2, 3, 1, 4, 5, 1}, torch::kLong).view({2, 6});
  EXPECT_TRUE(torch::equal(roberta_position_ids(ids, 1), expected));
  // BERT's padding id 0 works the same way.
  EXPECT_TRUE(torch::equal(roberta_position_ids(torch::tensor({{3, 0, 4}}, torch::kLong), 0),
                           torch::tensor({{1, 0, 2}}, torch::kLong)));
}

TEST(XlmrTest, EmbeddingsUseRobertaPositionsAndOneTokenType) {
  torch::manual_seed(3);
  BertModel model(xlmr_config(), false);
  model->eval();
  torch::NoGradGuard no_grad;
  const auto ids = torch::tensor({{0, 5, 1, 6, 2}}, torch::kLong);
  auto& e = *model->embeddings;
  const auto positions = torch::tensor({{2, 3, 1, 4, 5}}, torch::kLong);
  auto expected = e.word_embeddings->weight.index_select(0, ids[0]) + e.token_type_embeddings->weight[0] +
                  e.position_embeddings->weight.index_select(0, positions[0]);
  expected = torch::layer_norm(expected, {16}, e.LayerNorm->weight, e.LayerNorm->bias, 1e-5);
  EXPECT_TRUE(torch::allclose(e.forward(ids)[0], expected, 1e-6, 1e-6));
  // Explicit all-zero token types change nothing; a type id 1 is refused clearly.
  EXPECT_TRUE(torch::equal(e.forward(ids, torch::zeros_like(ids)), e.forward(ids)));
  XLFUSE_EXPECT_THROW_WITH(e.forward(ids, torch::tensor({{0, 0, 0, 1, 1}}, torch::kLong)), std::invalid_argument,
                           "token_type_ids must all be 0: the model has one token type (type_vocab_size 1, as XLM-R), "
                           "got ids in [0, 1]");
}

TEST(XlmrTest, RefusesInputsLongerThanThePositionTableHolds) {
  BertModel model(xlmr_config(12), false);  // 12 rows, <pad> 1: at most 12 - 1 - 1 = 10 tokens
  model->eval();
  torch::NoGradGuard no_grad;
  EXPECT_EQ(model->config().max_sequence_length(), 10);
  EXPECT_NO_THROW(model->forward(torch::full({2, 10}, 5, torch::kLong)));
  XLFUSE_EXPECT_THROW_WITH(model->forward(torch::full({2, 11}, 5, torch::kLong)), std::invalid_argument,
                           "this model takes at most 10 tokens per sequence (max_position_embeddings 12 - "
                           "pad_token_id 1 - 1)");
  // 13 columns of which 3 are padding: positions up to 11 only.
  auto ids = torch::full({1, 13}, 5, torch::kLong);
  ids.narrow(1, 10, 3).fill_(1);
  EXPECT_NO_THROW(model->forward(ids, (ids != 1).to(torch::kLong)));
}

TEST(XlmrTest, ConfigRefusesAPositionTableWithoutRoomForOneToken) {
  io::BertConfig c = xlmr_config(2);
  XLFUSE_EXPECT_THROW_WITH(c.validate(), ConfigError,
                           "field 'max_position_embeddings' must be at least pad_token_id + 2 = 3 for model_type "
                           "\"xlm-roberta\"");
  c.model_type = io::ModelType::Bert;  // BERT's positions start at 0
  EXPECT_NO_THROW(c.validate());
  EXPECT_EQ(c.max_sequence_length(), 2);
}

TEST(XlmrTest, InitZeroesBothPaddingRows) {
  BertModel model(xlmr_config(), false);
  init_bert_weights(model, 0.02, 5);
  const auto& e = *model->embeddings;
  EXPECT_EQ(e.word_embeddings->weight[1].abs().sum().item<double>(), 0.0);
  EXPECT_EQ(e.position_embeddings->weight[1].abs().sum().item<double>(), 0.0);
  EXPECT_GT(e.position_embeddings->weight[2].abs().sum().item<double>(), 0.0);
  EXPECT_GT(e.word_embeddings->weight[0].abs().sum().item<double>(), 0.0);
}

TEST(XlmrTest, NameRulesTranslateBothWays) {
  const auto mlm = checkpoint_name_rules(io::ModelType::XlmRoberta, HeadKind::MaskedLm);
  EXPECT_EQ(to_checkpoint_name("bert.encoder.layer.0.output.dense.weight", mlm),
            "roberta.encoder.layer.0.output.dense.weight");
  EXPECT_EQ(to_checkpoint_name("cls.predictions.transform.dense.bias", mlm), "lm_head.dense.bias");
  EXPECT_EQ(to_checkpoint_name("cls.predictions.transform.LayerNorm.weight", mlm), "lm_head.layer_norm.weight");
  EXPECT_EQ(to_checkpoint_name("cls.predictions.bias", mlm), "lm_head.bias");
  EXPECT_EQ(from_checkpoint_name("lm_head.layer_norm.bias", mlm), "cls.predictions.transform.LayerNorm.bias");
  const auto seq = checkpoint_name_rules(io::ModelType::XlmRoberta, HeadKind::SequenceClassification);
  EXPECT_EQ(to_checkpoint_name("bert.pooler.dense.weight", seq), "classifier.dense.weight");
  EXPECT_EQ(to_checkpoint_name("classifier.weight", seq), "classifier.out_proj.weight");
  EXPECT_EQ(from_checkpoint_name("classifier.out_proj.bias", seq), "classifier.bias");
  EXPECT_EQ(from_checkpoint_name("classifier.dense.bias", seq), "bert.pooler.dense.bias");
  // BERT: every name is its own.
  const auto bert = checkpoint_name_rules(io::ModelType::Bert, HeadKind::SequenceClassification);
  EXPECT_EQ(to_checkpoint_name("bert.pooler.dense.weight", bert), "bert.pooler.dense.weight");
  EXPECT_EQ(to_checkpoint_name("cls.predictions.bias", bert), "cls.predictions.bias");
  EXPECT_EQ(hf_class_name("BertForMaskedLM", io::ModelType::XlmRoberta), "XLMRobertaForMaskedLM");
  EXPECT_EQ(hf_class_name("BertForTokenClassification", io::ModelType::Roberta), "RobertaForTokenClassification");
  EXPECT_EQ(hf_class_name("BertForMaskedLM", io::ModelType::Bert), "BertForMaskedLM");
}

TEST(XlmrTest, LoadOptionsInTheFamilyNaming) {
  const LoadOptions x = in_family_naming(LoadOptions{}, io::ModelType::XlmRoberta);
  EXPECT_EQ(x.strip_prefix, "roberta.");
  EXPECT_EQ(x.ignore_prefixes,
            (std::vector<std::string>{"lm_head.", "embeddings.position_ids", "embeddings.token_type_ids"}));
  EXPECT_EQ(x.optional_prefixes, std::vector<std::string>{"pooler."});
  const LoadOptions b = in_family_naming(LoadOptions{}, io::ModelType::Bert);
  EXPECT_EQ(b.strip_prefix, "bert.");
  EXPECT_EQ(b.ignore_prefixes.front(), "cls.");
}

// A masked-LM model saved with HF's XLMRobertaForMaskedLM names loads back (whole, and as an
// encoder alone with lm_head.* ignored) and computes the same.
TEST(XlmrTest, MaskedLmCheckpointUsesHfNamesAndRoundTrips) {
  test::TempDir dir;
  TaskModelOptions options;
  options.seed = 11;
  TaskModel mlm = make_task_model(HeadKind::MaskedLm, xlmr_config(), 0, options);
  mlm->eval();
  const std::string path = (dir / "model.safetensors").string();
  save_task_weights(mlm, path);
  const auto names = tensor_names(path);
  EXPECT_TRUE(names.count("roberta.embeddings.word_embeddings.weight"));
  EXPECT_TRUE(names.count("roberta.embeddings.position_embeddings.weight"));
  EXPECT_TRUE(names.count("lm_head.dense.weight"));
  EXPECT_TRUE(names.count("lm_head.layer_norm.bias"));
  EXPECT_TRUE(names.count("lm_head.bias"));
  for (const auto& n : names) {
    EXPECT_TRUE(n.rfind("roberta.", 0) == 0 || n.rfind("lm_head.", 0) == 0) << n;
    EXPECT_EQ(n.find("pooler"), std::string::npos) << n;
  }
  EXPECT_EQ(names.size(), 5u + 16u * 2 + 5u);

  options.seed = 12;
  TaskModel back = make_task_model(HeadKind::MaskedLm, xlmr_config(), 0, options);
  const LoadReport report = load_task_weights(back, io::SafetensorsFile::open(path));
  EXPECT_EQ(report.loaded, names.size());
  back->eval();
  torch::NoGradGuard no_grad;
  const auto in = some_inputs();
  EXPECT_TRUE(torch::equal(mlm->forward(in).logits, back->forward(in).logits));

  // The encoder alone: roberta. stripped, lm_head.* ignored.
  BertModel encoder(xlmr_config(), false);
  const LoadReport enc = load_encoder_weights(encoder, io::SafetensorsFile::open(path));
  EXPECT_TRUE(enc.prefix_stripped);
  EXPECT_EQ(enc.ignored.size(), 5u);
  encoder->eval();
  EXPECT_TRUE(torch::equal(encoder->forward(in.input_ids, in.attention_mask).last(),
                           mlm->bert->forward(in.input_ids, in.attention_mask).last()));
}

// Older HF versions saved the int64 buffers roberta.embeddings.position_ids / token_type_ids; HF
// ignores them on load, and so do both loading paths.
TEST(XlmrTest, IgnoresTheIdBuffersOlderCheckpointsHold) {
  test::TempDir dir;
  const std::string plain = (dir / "plain.safetensors").string();
  TaskModel mlm = make_task_model(HeadKind::MaskedLm, xlmr_config(), 0);
  save_task_weights(mlm, plain);
  const io::SafetensorsFile file = io::SafetensorsFile::open(plain);
  std::vector<std::vector<float>> data;
  std::vector<io::TensorToWrite> tensors;
  for (const auto& t : file.tensors()) {
    data.push_back(file.read_f32(t.name));
    tensors.push_back({t.name, t.shape, data.back().data()});
  }
  const std::vector<int64_t> positions = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  const std::vector<int64_t> types(12, 0);
  tensors.push_back(io::TensorToWrite::i64("roberta.embeddings.position_ids", {1, 12}, positions.data()));
  tensors.push_back(io::TensorToWrite::i64("roberta.embeddings.token_type_ids", {1, 12}, types.data()));
  const std::string old = (dir / "old.safetensors").string();
  io::write_safetensors(old, tensors);
  const io::SafetensorsFile old_file = io::SafetensorsFile::open(old);
  TaskModel back = make_task_model(HeadKind::MaskedLm, xlmr_config(), 0);
  EXPECT_EQ(load_task_weights(back, old_file).ignored,
            (std::vector<std::string>{"roberta.embeddings.position_ids", "roberta.embeddings.token_type_ids"}));
  BertModel encoder(xlmr_config(), false);
  const LoadReport r = load_encoder_weights(encoder, old_file);
  EXPECT_EQ(r.ignored.size(), 7u);  // 5 lm_head.* and the two buffers
}

// HF's XLMRobertaForSequenceClassification: no pooler, classifier.dense + classifier.out_proj.
TEST(XlmrTest, SequenceClassificationUsesRobertaClassificationHeadNames) {
  test::TempDir dir;
  TaskModel model = make_task_model(HeadKind::SequenceClassification, xlmr_config(), 3);
  model->eval();
  const std::string path = (dir / "model.safetensors").string();
  save_task_weights(model, path);
  const auto names = tensor_names(path);
  for (const char* n : {"classifier.dense.weight", "classifier.dense.bias", "classifier.out_proj.weight",
                        "classifier.out_proj.bias"})
    EXPECT_TRUE(names.count(n)) << n;
  for (const auto& n : names) EXPECT_EQ(n.find("pooler"), std::string::npos) << n;
  EXPECT_FALSE(names.count("classifier.weight"));

  TaskModelOptions other;
  other.seed = 99;
  TaskModel back = make_task_model(HeadKind::SequenceClassification, xlmr_config(), 3, other);
  load_task_weights(back, io::SafetensorsFile::open(path));
  back->eval();
  torch::NoGradGuard no_grad;
  EXPECT_TRUE(torch::equal(model->forward(some_inputs()).logits, back->forward(some_inputs()).logits));

  // As the encoder of another task (X-STILTs chaining): the classification head is ignored and
  // the pooler, which HF's checkpoint does not have, keeps its initial values.
  TaskModel chained = make_task_model(HeadKind::MultipleChoice, xlmr_config(), 0);
  const LoadReport r = load_task_encoder(chained, io::SafetensorsFile::open(path));
  EXPECT_EQ(r.missing_optional, (std::vector<std::string>{"pooler.dense.weight", "pooler.dense.bias"}));
  EXPECT_EQ(r.ignored_reported.size(), 4u);
}

TEST(XlmrTest, CheckpointOfAnotherFamilyIsNamedInTheError) {
  test::TempDir dir;
  const std::string path = (dir / "model.safetensors").string();
  save_task_weights(make_task_model(HeadKind::MaskedLm, xlmr_config(), 0), path);
  const io::SafetensorsFile file = io::SafetensorsFile::open(path);
  io::BertConfig bert = xlmr_config();
  bert.model_type = io::ModelType::Bert;
  const std::string hint = "(the checkpoint's encoder is named 'roberta.*', a RoBERTa/XLM-R checkpoint, but "
                           "config.json has model_type \"bert\", whose encoder is 'bert.*')";
  BertModel encoder(bert, false);
  XLFUSE_EXPECT_THROW_WITH(load_encoder_weights(encoder, file), CheckpointError, hint);
  TaskModel mlm = make_task_model(HeadKind::MaskedLm, bert, 0);
  XLFUSE_EXPECT_THROW_WITH(load_task_weights(mlm, file), CheckpointError, hint);
}

TEST(XlmrTest, ModelFolderHasHfXlmrNamesConfigAndTokenizerFile) {
  test::TempDir dir;
  const std::string out = (dir / "mlm").string();
  TaskModel mlm = make_task_model(HeadKind::MaskedLm, xlmr_config(), 0);
  write_model_folder(out, mlm, xlmr_config(), {"", "spm bytes"}, nullptr);
  const auto config = nlohmann::json::parse(io::read_file(out + "/config.json"));
  EXPECT_EQ(config.at("model_type"), "xlm-roberta");
  EXPECT_EQ(config.at("architectures"), nlohmann::json::array({"XLMRobertaForMaskedLM"}));
  EXPECT_EQ(config.at("type_vocab_size"), 1);
  EXPECT_EQ(config.at("pad_token_id"), 1);
  EXPECT_EQ(io::read_file(out + "/sentencepiece.bpe.model"), "spm bytes");
  EXPECT_FALSE(fs::exists(out + "/vocab.txt"));
  EXPECT_TRUE(tensor_names(out + "/model.safetensors").count("lm_head.dense.weight"));
  // Both loading paths take it.
  LoadReport report;
  BertModel encoder = load_bert_model(out, {}, &report);
  EXPECT_EQ(encoder->config().model_type, io::ModelType::XlmRoberta);
  EXPECT_FALSE(encoder->has_pooler());
  EXPECT_NO_THROW(load_task_model(out, HeadKind::MaskedLm));
  EXPECT_NO_THROW(require_model_files(out, "--init"));

  // A config of another family than the model is refused.
  io::BertConfig bert = xlmr_config();
  bert.model_type = io::ModelType::Bert;
  XLFUSE_EXPECT_THROW_WITH(write_model_folder((dir / "x").string(), mlm, bert, {"", "v"}, nullptr), std::invalid_argument,
                           "config.json would say model_type \"bert\", but the model is a \"xlm-roberta\" model");
}

TEST(XlmrTest, BertFolderKeepsBertNames) {
  test::TempDir dir;
  io::BertConfig c = xlmr_config();
  c.model_type = io::ModelType::Bert;
  c.type_vocab_size = 2;
  c.pad_token_id = 0;
  c.raw = {{"model_type", "bert"}};
  TaskModel mlm = make_task_model(HeadKind::MaskedLm, c, 0);
  const std::string out = (dir / "bert").string();
  write_model_folder(out, mlm, c, {"", "[PAD]\n"}, nullptr);
  const auto names = tensor_names(out + "/model.safetensors");
  EXPECT_TRUE(names.count("bert.embeddings.word_embeddings.weight"));
  EXPECT_TRUE(names.count("cls.predictions.transform.LayerNorm.weight"));
  EXPECT_TRUE(names.count("cls.predictions.bias"));
  const auto config = nlohmann::json::parse(io::read_file(out + "/config.json"));
  EXPECT_EQ(config.at("architectures"), nlohmann::json::array({"BertForMaskedLM"}));
  EXPECT_EQ(config.at("model_type"), "bert");
  EXPECT_EQ(io::read_file(out + "/vocab.txt"), "[PAD]\n");
}

TEST(XlmrTest, RequireModelFilesAcceptsEitherTokenizerFileAndNamesBoth) {
  test::TempDir dir;
  test::write_file(dir / "config.json", "{}");
  test::write_file(dir / "model.safetensors", "x");
  XLFUSE_EXPECT_THROW_WITH(require_model_files(dir.path().string(), "--init"), IoError,
                           "--init folder: model folder '" + dir.path().string() +
                               "' has no tokenizer: expected vocab.txt (BERT WordPiece) or sentencepiece.bpe.model");
  test::write_file(dir / "sentencepiece.bpe.model", "x");
  EXPECT_NO_THROW(require_model_files(dir.path().string(), "--init"));
  fs::remove(dir / "model.safetensors");
  XLFUSE_EXPECT_THROW_WITH(require_model_files(dir.path().string(), "--model"), IoError,
                           "model.safetensors not found: ");
}

// A WordPiece vocabulary of `n` tokens ([PAD] [UNK] then t2, t3, ...).
std::string wordpiece_vocab(int64_t n) {
  std::string text = "[PAD]\n[UNK]\n";
  for (int64_t i = 2; i < n; ++i) text += "t" + std::to_string(i) + "\n";
  return text;
}

TEST(XlmrTest, VocabularySizeMustEqualTheEmbeddingRows) {
  test::TempDir dir;
  const std::string out = (dir / "m").string();
  io::BertConfig c = xlmr_config();
  c.model_type = io::ModelType::Bert;
  c.type_vocab_size = 2;
  c.pad_token_id = 0;
  c.raw = {{"model_type", "bert"}};
  TaskModel mlm = make_task_model(HeadKind::MaskedLm, c, 0);
  write_model_folder(out, mlm, c, {"", wordpiece_vocab(40)}, nullptr);
  InspectReport ok = inspect_model_dir(out);
  EXPECT_TRUE(ok.problems.empty()) << ok.problems.front();
  EXPECT_EQ(ok.vocab_size, 40);
  EXPECT_EQ(ok.embedding_rows, 40);
  EXPECT_NO_THROW(check_tokenizer_fits_model(out, *text::load_tokenizer(out), c));

  for (int64_t n : {39, 41}) {
    test::write_file(fs::path(out) / "vocab.txt", wordpiece_vocab(n));
    const InspectReport r = inspect_model_dir(out);
    ASSERT_FALSE(r.problems.empty());
    EXPECT_EQ(r.problems.back(),
              "vocabulary size mismatch: vocab.txt has " + std::to_string(n) +
                  " tokens, the word embeddings 'bert.embeddings.word_embeddings.weight' in model.safetensors: 40 "
                  "rows; " +
                  (n > 40 ? "token ids would index past the embedding matrix"
                          : "rows no token uses (is it the model's own tokenizer?)"));
    EXPECT_NE(format_inspect_report(r, false).find("loadable: no"), std::string::npos);
    XLFUSE_EXPECT_THROW_WITH(check_tokenizer_fits_model(out, *text::load_tokenizer(out), c), FormatError,
                             "vocab.txt has " + std::to_string(n) + " tokens, the word embeddings (vocab_size in " +
                                 out + "/config.json): 40 rows");
  }
}

// inspect on an XLM-R folder (here with a WordPiece file standing in for the sentencepiece model,
// which needs the SentencePiece tokenizer; xlmr_golden_test.cc covers the real one).
TEST(XlmrTest, InspectShowsModelTypePositionsAndTheRobertaPrefix) {
  test::TempDir dir;
  const std::string out = (dir / "x").string();
  TaskModel mlm = make_task_model(HeadKind::MaskedLm, xlmr_config(), 0);
  write_model_folder(out, mlm, xlmr_config(), {"vocab.txt", wordpiece_vocab(40)}, nullptr);
  const InspectReport r = inspect_model_dir(out);
  EXPECT_TRUE(r.problems.empty()) << r.problems.front();
  const std::string text = format_inspect_report(r, false);
  EXPECT_NE(text.find("config: model_type xlm-roberta, hidden 16, layers 2"), std::string::npos) << text;
  EXPECT_NE(text.find("type vocab 1, pad id 1"), std::string::npos) << text;
  EXPECT_NE(text.find("positions: RoBERTa's, from the input ids (2, 3, ... for tokens, 1 for padding): at most 10 "
                      "tokens per sequence"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("prefix 'roberta.' is stripped on load"), std::string::npos) << text;
  EXPECT_NE(text.find("ignored on load (pretraining heads): lm_head.bias"), std::string::npos) << text;
  EXPECT_NE(text.find("no pooler"), std::string::npos) << text;
  EXPECT_NE(text.find("loadable: yes"), std::string::npos) << text;
}

}  // namespace
}  // namespace xlfuse::model
