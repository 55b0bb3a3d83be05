#include "xlfuse/train/optimizer.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"

namespace xlfuse::train {

AdamWVariant adamw_variant_from_string(const std::string& name) {
  if (name == "torch") return AdamWVariant::Torch;
  if (name == "hf_legacy") return AdamWVariant::HfLegacy;
  throw ConfigError(fmt::format("adamw variant: expected \"torch\" or \"hf_legacy\", got \"{}\"", name));
}

std::string to_string(AdamWVariant variant) { return variant == AdamWVariant::Torch ? "torch" : "hf_legacy"; }

void AdamWOptions::validate() const {
  if (!(learning_rate >= 0) || !std::isfinite(learning_rate))
    throw ConfigError(fmt::format("learning_rate: expected a finite value >= 0, got {}", learning_rate));
  if (!(beta1 >= 0 && beta1 < 1)) throw ConfigError(fmt::format("beta1: expected a value in [0, 1), got {}", beta1));
  if (!(beta2 >= 0 && beta2 < 1)) throw ConfigError(fmt::format("beta2: expected a value in [0, 1), got {}", beta2));
  if (!(eps >= 0) || !std::isfinite(eps)) throw ConfigError(fmt::format("eps: expected a finite value >= 0, got {}", eps));
  if (!(weight_decay >= 0) || !std::isfinite(weight_decay))
    throw ConfigError(fmt::format("weight_decay: expected a finite value >= 0, got {}", weight_decay));
}

bool excluded_from_weight_decay(const std::string& name) {
  static const std::string kBias = "bias";
  const bool ends_with_bias =
      name.size() >= kBias.size() && name.compare(name.size() - kBias.size(), kBias.size(), kBias) == 0;
  if (ends_with_bias || name.find("LayerNorm.weight") != std::string::npos) return true;
  // The fusion representation's norms (representation.*.normN.weight) and the scalar mix's
  // weights and scale are the same kind of parameter as a LayerNorm weight: not decayed.
  if (name.rfind("representation.", 0) != 0) return false;
  return name.find(".norm") != std::string::npos || name == "representation.scalar_weights" ||
         name == "representation.gamma";
}

double global_grad_norm(const std::vector<at::Tensor>& grads) {
  torch::NoGradGuard no_grad;
  double sum = 0.0;
  for (const auto& g : grads) {
    if (!g.defined() || g.numel() == 0) continue;
    const double n = g.norm().item<double>();
    sum += n * n;
  }
  return std::sqrt(sum);
}

namespace {

struct Entry {
  std::string name;
  at::Tensor tensor;
  int64_t group = 0;
  int64_t offset = -1;  // in the group's flat buffer
};

void delete_storage_ref(void* ctx) { delete static_cast<c10::Storage*>(ctx); }

}  // namespace

AdamW::AdamW(const std::vector<NamedTensor>& params, const AdamWOptions& options) : options_(options) {
  options_.validate();
  lr_ = options_.learning_rate;
  torch::NoGradGuard no_grad;

  // Collect the trainable parameters once each, and check dtype/device.
  std::vector<Entry> entries;
  std::unordered_set<const c10::TensorImpl*> seen;
  for (const auto& [name, tensor] : params) {
    if (!tensor.defined()) throw ConfigError(fmt::format("[train] parameter '{}' is undefined", name));
    if (!tensor.requires_grad()) continue;
    if (!seen.insert(tensor.unsafeGetTensorImpl()).second) continue;
    if (tensor.scalar_type() != at::kFloat)
      throw ConfigError(fmt::format("[train] parameter '{}': expected float32, got {}", name,
                                    c10::toString(tensor.scalar_type())));
    if (!entries.empty() && tensor.device() != entries.front().tensor.device())
      throw ConfigError(fmt::format("[train] parameter '{}' is on {}, the others on {}", name,
                                    tensor.device().str(), entries.front().tensor.device().str()));
    entries.push_back({name, tensor, excluded_from_weight_decay(name) ? 1 : 0, -1});
  }
  if (entries.empty()) throw ConfigError("[train] AdamW: no trainable parameters");
  const auto float_options = entries.front().tensor.options().requires_grad(false);

  // Parameters per storage (first-seen order), and which groups use each storage.
  std::vector<c10::StorageImpl*> storage_order;
  std::map<c10::StorageImpl*, std::vector<size_t>> by_storage;
  for (size_t i = 0; i < entries.size(); ++i) {
    auto* s = entries[i].tensor.storage().unsafeGetStorageImpl();
    if (!by_storage.count(s)) storage_order.push_back(s);
    by_storage[s].push_back(i);
  }
  // Overlap check, and whether a storage can move as a whole: all its parameters contiguous, in
  // one group, covering every byte of it.
  std::map<c10::StorageImpl*, bool> relocatable;
  for (auto* s : storage_order) {
    auto idx = by_storage[s];
    std::sort(idx.begin(), idx.end(),
              [&](size_t a, size_t b) { return entries[a].tensor.storage_offset() < entries[b].tensor.storage_offset(); });
    bool whole = true;
    int64_t covered = 0;  // in elements
    for (size_t k = 0; k < idx.size(); ++k) {
      const auto& t = entries[idx[k]].tensor;
      int64_t extent = 1;  // elements spanned
      for (int64_t d = 0; d < t.dim(); ++d) extent += (t.size(d) - 1) * t.stride(d);
      if (t.numel() == 0) extent = 0;
      if (k > 0) {
        const auto& prev = entries[idx[k - 1]].tensor;
        int64_t prev_end = prev.storage_offset();
        for (int64_t d = 0; d < prev.dim(); ++d) prev_end += (prev.size(d) - 1) * prev.stride(d);
        if (prev.numel() > 0 && t.numel() > 0 && t.storage_offset() <= prev_end)
          throw ConfigError(fmt::format("[train] parameters '{}' and '{}' share memory (tied weights?); the flat "
                                        "AdamW needs disjoint parameters",
                                        entries[idx[k - 1]].name, entries[idx[k]].name));
      }
      if (!t.is_contiguous() || t.storage_offset() != covered || entries[idx[k]].group != entries[idx[0]].group)
        whole = false;
      covered = t.storage_offset() + extent;
    }
    const size_t elem = sizeof(float);
    whole = whole && s->nbytes() == static_cast<size_t>(covered) * elem;
    relocatable[s] = whole;
  }

  // Layout: a relocatable storage is one block (its parameters keep their relative offsets);
  // any other parameter gets its own slot.
  int64_t sizes[2] = {0, 0};
  for (auto* s : storage_order) {
    auto& idx = by_storage[s];
    const int64_t g = entries[idx[0]].group;
    if (relocatable[s]) {
      const int64_t base = sizes[g];
      for (size_t i : idx) entries[i].offset = base + entries[i].tensor.storage_offset();
      sizes[g] += static_cast<int64_t>(s->nbytes() / sizeof(float));
    } else {
      for (size_t i : idx) {
        entries[i].offset = sizes[entries[i].group];
        sizes[entries[i].group] += entries[i].tensor.numel();
      }
    }
  }

  const char* kNames[2] = {"decay", "no_decay"};
  std::vector<Group> groups(2);
  for (int g = 0; g < 2; ++g) {
    groups[g].name = kNames[g];
    groups[g].weight_decay = g == 0 ? options_.weight_decay : 0.0;
    groups[g].params = at::empty({sizes[g]}, float_options);
    groups[g].grads = at::zeros({sizes[g]}, float_options);
    groups[g].exp_avg = at::zeros({sizes[g]}, float_options);
    groups[g].exp_avg_sq = at::zeros({sizes[g]}, float_options);
  }

  // Move the data: whole storages get their memory swapped for a slice of the flat buffer (every
  // alias keeps working); the rest are re-pointed with set_.
  int64_t moved_storages = 0, repointed = 0;
  for (auto* s : storage_order) {
    auto& idx = by_storage[s];
    const int64_t g = entries[idx[0]].group;
    auto& flat = groups[g].params;
    if (relocatable[s]) {
      const int64_t n = static_cast<int64_t>(s->nbytes() / sizeof(float));
      const int64_t base = entries[idx[0]].offset - entries[idx[0]].tensor.storage_offset();
      auto whole = at::empty({0}, float_options).set_(entries[idx[0]].tensor.storage(), 0, {n}, {1});
      flat.narrow(0, base, n).copy_(whole);
      auto* target = static_cast<float*>(flat.data_ptr()) + base;
      s->set_data_ptr(c10::DataPtr(target, new c10::Storage(flat.storage()), &delete_storage_ref, flat.device()));
      ++moved_storages;
    } else {
      for (size_t i : idx) {
        auto& t = entries[i].tensor;
        auto& gflat = groups[entries[i].group].params;
        gflat.narrow(0, entries[i].offset, t.numel()).copy_(t.reshape({-1}));
        const auto sizes_vec = t.sizes().vec();
        std::vector<int64_t> strides(sizes_vec.size(), 1);
        for (int64_t d = static_cast<int64_t>(sizes_vec.size()) - 2; d >= 0; --d)
          strides[d] = strides[d + 1] * std::max<int64_t>(sizes_vec[d + 1], 1);
        t.set_(gflat.storage(), entries[i].offset, sizes_vec, strides);
        ++repointed;
      }
    }
  }
  // Gradients: views of the flat gradient buffers (existing values kept).
  for (auto& e : entries) {
    auto& gr = groups[e.group].grads;
    auto view = gr.narrow(0, e.offset, e.tensor.numel()).view(e.tensor.sizes());
    auto& grad = e.tensor.mutable_grad();
    if (grad.defined()) view.copy_(grad);
    grad = view;
  }
  // Names and offsets in flat order.
  std::vector<size_t> order(entries.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return std::make_pair(entries[a].group, entries[a].offset) < std::make_pair(entries[b].group, entries[b].offset);
  });
  for (size_t i : order) {
    auto& grp = groups[entries[i].group];
    grp.names.push_back(entries[i].name);
    grp.offsets.push_back(entries[i].offset);
    grp.numels.push_back(entries[i].tensor.numel());
    grp.tensors.push_back(entries[i].tensor);
  }
  int64_t largest = 0;
  for (auto& grp : groups) {
    if (grp.names.empty()) continue;
    largest = std::max(largest, grp.params.numel());
    groups_.push_back(std::move(grp));
  }
  scratch_ = at::empty({largest}, float_options);
  XLFUSE_LOG_DEBUG("[train] AdamW ({}): {} parameters, {} scalars in {} groups; {} storages moved whole, {} "
                   "parameters re-pointed",
                   to_string(options_.variant), entries.size(), numel(), groups_.size(), moved_storages, repointed);
}

AdamW::~AdamW() = default;

int64_t AdamW::numel() const {
  int64_t n = 0;
  for (const auto& g : groups_) n += g.params.numel();
  return n;
}

void AdamW::check_bindings() {
  torch::NoGradGuard no_grad;
  for (auto& g : groups_) {
    auto* pbase = static_cast<char*>(g.params.data_ptr());
    auto* gbase = static_cast<char*>(g.grads.data_ptr());
    for (size_t i = 0; i < g.tensors.size(); ++i) {
      auto& t = g.tensors[i];
      const size_t byte_offset = static_cast<size_t>(g.offsets[i]) * sizeof(float);
      if (t.numel() == 0) continue;
      if (t.data_ptr() != pbase + byte_offset)
        throw Error(fmt::format("[train] parameter '{}' no longer lives in the optimiser's flat buffer (moved with "
                                "->to(), or replaced); build the optimiser after the model is in place",
                                g.names[i]));
      auto& grad = t.mutable_grad();
      if (grad.defined() && grad.data_ptr() == gbase + byte_offset) continue;
      auto view = g.grads.narrow(0, g.offsets[i], g.numels[i]).view(t.sizes());
      if (grad.defined())
        view.copy_(grad);
      else
        view.zero_();
      grad = view;
    }
  }
}

void AdamW::zero_grad() {
  torch::NoGradGuard no_grad;
  for (auto& g : groups_) g.grads.zero_();
}

double AdamW::grad_norm() const {
  std::vector<at::Tensor> grads;
  for (const auto& g : groups_) grads.push_back(g.grads);
  return global_grad_norm(grads);
}

double AdamW::clip_grad_norm(double max_norm) {
  if (!(max_norm > 0)) throw ConfigError(fmt::format("max_grad_norm: expected a value > 0, got {}", max_norm));
  check_bindings();
  const double norm = grad_norm();
  const double coef = max_norm / (norm + 1e-6);
  if (coef < 1.0) {
    torch::NoGradGuard no_grad;
    for (auto& g : groups_) g.grads.mul_(coef);
  }
  return norm;
}

void AdamW::set_frozen(const std::vector<std::string>& names) {
  std::vector<Span> spans;
  for (const auto& name : names) {
    bool found = false;
    for (size_t g = 0; g < groups_.size() && !found; ++g) {
      const auto& grp = groups_[g];
      for (size_t i = 0; i < grp.names.size(); ++i) {
        if (grp.names[i] != name) continue;
        spans.push_back({g, grp.offsets[i], grp.numels[i]});
        found = true;
        break;
      }
    }
    if (!found) throw ConfigError(fmt::format("set_frozen: '{}' is not a parameter of this optimiser", name));
  }
  frozen_ = std::move(spans);
}

void AdamW::step() {
  check_bindings();
  torch::NoGradGuard no_grad;
  // The frozen parameters' weights and moments, put back after the vectorised update.
  std::vector<at::Tensor> kept;
  for (const auto& span : frozen_) {
    const auto& g = groups_[span.group];
    for (const auto* t : {&g.params, &g.exp_avg, &g.exp_avg_sq}) kept.push_back(t->narrow(0, span.offset, span.numel).clone());
  }
  update_groups();
  size_t k = 0;
  for (const auto& span : frozen_) {
    auto& g = groups_[span.group];
    for (auto* t : {&g.params, &g.exp_avg, &g.exp_avg_sq}) t->narrow(0, span.offset, span.numel).copy_(kept[k++]);
  }
}

void AdamW::update_groups() {
  ++step_;
  const double b1 = options_.beta1, b2 = options_.beta2, eps = options_.eps, lr = lr_;
  const double bc1 = 1.0 - std::pow(b1, static_cast<double>(step_));
  const double bc2 = 1.0 - std::pow(b2, static_cast<double>(step_));
  for (auto& g : groups_) {
    const int64_t n = g.params.numel();
    if (n == 0) continue;
    auto denom = scratch_.narrow(0, 0, n);
    const double wd = g.weight_decay;
    if (options_.variant == AdamWVariant::Torch) {
      // The order of operations of torch::optim::AdamW::step, on the whole group at once.
      if (wd != 0) g.params.mul_(1.0 - lr * wd);
      g.exp_avg.mul_(b1).add_(g.grads, 1.0 - b1);
      g.exp_avg_sq.mul_(b2).addcmul_(g.grads, g.grads, 1.0 - b2);
      at::sqrt_out(denom, g.exp_avg_sq);
      denom.div_(std::sqrt(bc2)).add_(eps);
      g.params.addcdiv_(g.exp_avg, denom, -lr / bc1);
    } else {
      // transformers.AdamW (correct_bias=True): eps on the uncorrected sqrt(v), decay last.
      g.exp_avg.mul_(b1).add_(g.grads, 1.0 - b1);
      g.exp_avg_sq.mul_(b2).addcmul_(g.grads, g.grads, 1.0 - b2);
      at::sqrt_out(denom, g.exp_avg_sq);
      denom.add_(eps);
      g.params.addcdiv_(g.exp_avg, denom, -lr * std::sqrt(bc2) / bc1);
      if (wd > 0) g.params.add_(g.params, -lr * wd);
    }
  }
}

std::vector<NamedTensor> AdamW::state_tensors() const {
  std::vector<NamedTensor> out;
  for (const auto& g : groups_) {
    out.emplace_back(g.name + ".exp_avg", g.exp_avg);
    out.emplace_back(g.name + ".exp_avg_sq", g.exp_avg_sq);
  }
  return out;
}

void AdamW::load_state(int64_t step, const std::vector<std::pair<std::string, std::vector<std::string>>>& group_names,
                       const std::vector<NamedTensor>& tensors) {
  if (step < 0) throw CheckpointError(fmt::format("optimizer step: expected >= 0, got {}", step));
  if (group_names.size() != groups_.size())
    throw CheckpointError(fmt::format("optimizer state has {} parameter groups, this optimiser {}", group_names.size(),
                                      groups_.size()));
  std::map<std::string, at::Tensor> by_name(tensors.begin(), tensors.end());
  // Validate everything before changing anything.
  for (size_t i = 0; i < groups_.size(); ++i) {
    const auto& g = groups_[i];
    if (group_names[i].first != g.name)
      throw CheckpointError(fmt::format("optimizer group {}: expected '{}', got '{}'", i, g.name, group_names[i].first));
    const auto& saved = group_names[i].second;
    if (saved != g.names) {
      size_t k = 0;
      while (k < saved.size() && k < g.names.size() && saved[k] == g.names[k]) ++k;
      throw CheckpointError(fmt::format(
          "optimizer group '{}' was saved for other parameters: {} saved vs {} now; first difference at #{}: "
          "saved '{}', model '{}'",
          g.name, saved.size(), g.names.size(), k, k < saved.size() ? saved[k] : "<none>",
          k < g.names.size() ? g.names[k] : "<none>"));
    }
    for (const char* what : {".exp_avg", ".exp_avg_sq"}) {
      auto it = by_name.find(g.name + what);
      if (it == by_name.end()) throw CheckpointError(fmt::format("optimizer tensor '{}{}' not found", g.name, what));
      if (it->second.numel() != g.params.numel())
        throw CheckpointError(fmt::format("optimizer tensor '{}{}' has {} elements, expected {}", g.name, what,
                                          it->second.numel(), g.params.numel()));
    }
  }
  torch::NoGradGuard no_grad;
  for (auto& g : groups_) {
    g.exp_avg.copy_(by_name.at(g.name + ".exp_avg").reshape({-1}));
    g.exp_avg_sq.copy_(by_name.at(g.name + ".exp_avg_sq").reshape({-1}));
  }
  step_ = step;
}

}  // namespace xlfuse::train
