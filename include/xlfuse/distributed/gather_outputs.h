#pragma once
// Raw outputs of one evaluation shard per rank, gathered into every rank in rank order (the
// trainer's data-parallel dev evaluation; predict/evaluate.h EvaluationShard::gather).
#include "xlfuse/distributed/world.h"
#include "xlfuse/io/raw_outputs.h"

namespace xlfuse::distributed {

// Every rank's rows of `mine` appended in rank order; kind and metadata are `mine`'s.
// DistributedError when a rank's part is of another output kind.
io::RawOutputs gather_raw_outputs(World& world, const io::RawOutputs& mine);

// The per-feature arrays of `outputs` as bytes, and back (appended to `into`). FormatError for
// bytes that are not a packed part.
std::string pack_rows(const io::RawOutputs& outputs);
void unpack_rows(const std::string& bytes, io::RawOutputs* into);

}  // namespace xlfuse::distributed
