#pragma once
// Training-free retrieval (Tatoeba, BUCC style): cosine nearest neighbours between two sets of
// sentence embeddings. Exact search (XTREME uses faiss IndexFlatL2 on L2-normalised vectors,
// which ranks like cosine). Torch-free: the products run on the process BLAS (cblas_sgemm).
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace xlfuse::decode {

// Row-major [rows, dim] float matrix.
struct EmbeddingMatrix {
  int64_t rows = 0;
  int64_t dim = 0;
  std::vector<float> values;
  // The file's metadata (xlfuse embed: model_hash, layer, pool, vocab_fingerprint, ...).
  std::map<std::string, std::string> metadata;
};

// The metadata keys that say which vector space embeddings live in.
const std::vector<std::string>& embedding_space_keys();

// ConfigError unless two embedding files come from the same space: the same model, layer,
// pooling, vocabulary and casing (embedding_space_keys), each recorded in both files. The message
// names both files, the key and both values.
void check_same_embedding_space(const EmbeddingMatrix& a, const std::string& a_path, const EmbeddingMatrix& b,
                                const std::string& b_path);

// Reads the F32 tensor `embeddings` [rows, dim] written by `xlfuse embed`. Throws FormatError
// naming the file when the tensor is absent or not 2-D.
EmbeddingMatrix read_embeddings(const std::string& path, const std::string& tensor = "embeddings");

struct Neighbours {
  // [queries][k] candidate indices, best first; ties go to the lower index.
  std::vector<std::vector<int64_t>> index;
  // [queries][k] cosine similarities.
  std::vector<std::vector<float>> score;
};

// The k most cosine-similar candidates of every query. Throws std::invalid_argument when the
// dimensions differ or k is not in [1, candidates].
Neighbours cosine_top_k(const EmbeddingMatrix& queries, const EmbeddingMatrix& candidates, int64_t k);

// Percentage (0-100) of queries whose top-1 neighbour is gold[i]. std::invalid_argument when the
// counts differ, there is no query, or a gold index is not a candidate.
double top1_accuracy(const Neighbours& neighbours, const std::vector<int64_t>& gold);

}  // namespace xlfuse::decode
