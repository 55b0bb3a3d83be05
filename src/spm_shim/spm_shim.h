#pragma once
// C interface of xlfuse's sentencepiece module (libxlfuse_spm.so, built from spm_shim.cc), which
// the text library loads with dlopen (src/text/sentencepiece_tokenizer.cc).
//
// Why a module: Debian's libsentencepiece (0.1.97) carries its own copy of protobuf-lite 3.14 and
// exports all of its symbols. A process that also loads libprotobuf.so.32 (libtorch does) then has
// two protobufs whose functions interpose each other: linked directly, every libtorch binary
// crashed before main (libprotobuf's static initialiser ran sentencepiece's MergeFromImpl). The
// module is opened with RTLD_LOCAL | RTLD_DEEPBIND, so libsentencepiece binds to its own protobuf
// and stays out of the global symbol scope. Only plain C types cross this interface.
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct xlfuse_spm xlfuse_spm;

// One piece of an encoding: sentencepiece's piece text and id, and its byte span in the input.
typedef void (*xlfuse_spm_piece_fn)(void* ctx, const char* piece, size_t piece_size, int id, uint32_t begin,
                                    uint32_t end);

// A model from the bytes of a .model file; NULL with a message in err (NUL-terminated, truncated
// to err_size) when sentencepiece rejects it.
typedef xlfuse_spm* (*xlfuse_spm_load_fn)(const char* data, size_t size, char* err, size_t err_size);
typedef void (*xlfuse_spm_free_fn)(xlfuse_spm* model);
// Number of pieces; sentencepiece's <unk> <s> </s> ids (-1 when absent).
typedef int (*xlfuse_spm_piece_size_fn)(const xlfuse_spm* model);
typedef void (*xlfuse_spm_special_ids_fn)(const xlfuse_spm* model, int* unk, int* bos, int* eos);
// The piece of an id in [0, piece_size): a pointer into the model, valid while it lives.
typedef const char* (*xlfuse_spm_id_to_piece_fn)(const xlfuse_spm* model, int id, size_t* size);
// The id of a piece (sentencepiece's unknown id when it has none); whether an id is the unknown.
typedef int (*xlfuse_spm_piece_to_id_fn)(const xlfuse_spm* model, const char* piece, size_t size);
typedef int (*xlfuse_spm_is_unknown_fn)(const xlfuse_spm* model, int id);
// Encodes UTF-8 text, calling fn once per piece in order. 0 on success; otherwise nonzero with a
// message in err. Thread-safe (SentencePieceProcessor::Encode is const).
typedef int (*xlfuse_spm_encode_fn)(const xlfuse_spm* model, const char* text, size_t size, xlfuse_spm_piece_fn fn,
                                    void* ctx, char* err, size_t err_size);

// The module's one exported symbol: its functions, in this order.
typedef struct xlfuse_spm_api {
  int version;  // XLFUSE_SPM_API_VERSION
  xlfuse_spm_load_fn load;
  xlfuse_spm_free_fn free;
  xlfuse_spm_piece_size_fn piece_size;
  xlfuse_spm_special_ids_fn special_ids;
  xlfuse_spm_id_to_piece_fn id_to_piece;
  xlfuse_spm_piece_to_id_fn piece_to_id;
  xlfuse_spm_is_unknown_fn is_unknown;
  xlfuse_spm_encode_fn encode;
} xlfuse_spm_api;

#define XLFUSE_SPM_API_VERSION 1
#define XLFUSE_SPM_API_SYMBOL "xlfuse_spm_api_v1"

#ifdef __cplusplus
}
#endif
