// xlfuse's sentencepiece module: libsentencepiece behind the C interface of spm_shim.h (see
// there for why it is a separately loaded module). Built as libxlfuse_spm.so with hidden
// visibility; only xlfuse_spm_api_v1 is exported.
#include "spm_shim.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>

#include <sentencepiece_processor.h>

namespace sentencepiece::logging {
// Exported by libsentencepiece, not declared in its public header.
void SetMinLogLevel(int v);
}  // namespace sentencepiece::logging

struct xlfuse_spm {
  sentencepiece::SentencePieceProcessor processor;
};

namespace {

void set_error(char* err, size_t err_size, const std::string& message) {
  if (!err || err_size == 0) return;
  const size_t n = std::min(message.size(), err_size - 1);
  std::memcpy(err, message.data(), n);
  err[n] = '\0';
}

xlfuse_spm* spm_load(const char* data, size_t size, char* err, size_t err_size) {
  try {
    // sentencepiece logs to std::cerr; opened with RTLD_DEEPBIND its std::cerr may not be the
    // executable's (constructed) one. Errors come back as statuses, so logging is off.
    sentencepiece::logging::SetMinLogLevel(100);
    auto model = std::make_unique<xlfuse_spm>();
    const sentencepiece::util::Status status =
        model->processor.LoadFromSerializedProto(std::string_view(data, size));
    if (!status.ok()) {
      set_error(err, err_size, status.ToString());
      return nullptr;
    }
    return model.release();
  } catch (const std::exception& e) {
    set_error(err, err_size, e.what());
    return nullptr;
  }
}

void spm_free(xlfuse_spm* model) { delete model; }

int spm_piece_size(const xlfuse_spm* model) { return model->processor.GetPieceSize(); }

void spm_special_ids(const xlfuse_spm* model, int* unk, int* bos, int* eos) {
  *unk = model->processor.unk_id();
  *bos = model->processor.bos_id();
  *eos = model->processor.eos_id();
}

const char* spm_id_to_piece(const xlfuse_spm* model, int id, size_t* size) {
  const std::string& piece = model->processor.IdToPiece(id);
  *size = piece.size();
  return piece.data();
}

int spm_piece_to_id(const xlfuse_spm* model, const char* piece, size_t size) {
  return model->processor.PieceToId(std::string_view(piece, size));
}

int spm_is_unknown(const xlfuse_spm* model, int id) { return model->processor.IsUnknown(id) ? 1 : 0; }

int spm_encode(const xlfuse_spm* model, const char* text, size_t size, xlfuse_spm_piece_fn fn, void* ctx, char* err,
               size_t err_size) {
  try {
    sentencepiece::ImmutableSentencePieceText spt;
    const sentencepiece::util::Status status =
        model->processor.Encode(std::string_view(text, size), spt.mutable_proto());
    if (!status.ok()) {
      set_error(err, err_size, status.ToString());
      return 1;
    }
    const size_t n = spt.pieces_size();
    for (size_t i = 0; i < n; ++i) {
      const auto p = spt.pieces(static_cast<int>(i));
      const std::string& piece = p.piece();
      fn(ctx, piece.data(), piece.size(), static_cast<int>(p.id()), p.begin(), p.end());
    }
    return 0;
  } catch (const std::exception& e) {
    set_error(err, err_size, e.what());
    return 1;
  }
}

}  // namespace

extern "C" __attribute__((visibility("default"))) const xlfuse_spm_api xlfuse_spm_api_v1 = {
    XLFUSE_SPM_API_VERSION, spm_load,       spm_free,       spm_piece_size, spm_special_ids,
    spm_id_to_piece,        spm_piece_to_id, spm_is_unknown, spm_encode};
