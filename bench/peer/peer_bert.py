"""The PyTorch-eager peer: BERT written from the architecture, with HF's parameter names and the
operations of HF transformers' eager BERT (models/bert/modeling_bert.py) in the same order, so that
it stands in for "HF on PyTorch" in the side-by-side benchmark (bench/peer/README.md).

  embeddings   word + token type + position, LayerNorm, dropout
  self-attn    Q/K/V Linear, [B, H, T, D], scores = q k^T / sqrt(D) + additive mask, softmax,
               dropout, context = probs v, back to [B, T, E]
  attn output  Linear, dropout, LayerNorm(x + residual)
  FFN          Linear, GELU (erf), Linear, dropout, LayerNorm(x + residual)
  heads        token classification (dropout, Linear; loss cross-entropy ignoring -100),
               sequence classification and QA (for the goldens), masked LM (transform: Linear,
               GELU, LayerNorm; decoder tied to the word embeddings + bias, logits at every
               position as HF; loss over the labelled positions)

The mask is HF's: (1 - mask) * finfo(float32).min added to the scores.
"""
import json
import math

import torch
from torch import nn
from torch.nn import functional as F


class Config:
    def __init__(self, d):
        self.vocab_size = d["vocab_size"]
        self.hidden_size = d.get("hidden_size", 768)
        self.num_hidden_layers = d.get("num_hidden_layers", 12)
        self.num_attention_heads = d.get("num_attention_heads", 12)
        self.intermediate_size = d.get("intermediate_size", 3072)
        self.max_position_embeddings = d.get("max_position_embeddings", 512)
        self.type_vocab_size = d.get("type_vocab_size", 2)
        self.layer_norm_eps = d.get("layer_norm_eps", 1e-12)
        self.hidden_dropout_prob = d.get("hidden_dropout_prob", 0.1)
        self.attention_probs_dropout_prob = d.get("attention_probs_dropout_prob", 0.1)
        self.pad_token_id = d.get("pad_token_id", 0)
        act = d.get("hidden_act", "gelu")
        if act != "gelu":
            raise ValueError(f"config.json: hidden_act '{act}' is not supported (only 'gelu', the erf form)")
        pet = d.get("position_embedding_type", "absolute")
        if pet != "absolute":
            raise ValueError(f"config.json: position_embedding_type '{pet}' is not supported (only 'absolute')")
        if self.hidden_size % self.num_attention_heads:
            raise ValueError(f"config.json: hidden_size {self.hidden_size} is not a multiple of "
                             f"num_attention_heads {self.num_attention_heads}")

    @staticmethod
    def load(path):
        with open(path) as f:
            return Config(json.load(f))


class BertEmbeddings(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.word_embeddings = nn.Embedding(c.vocab_size, c.hidden_size, padding_idx=c.pad_token_id)
        self.position_embeddings = nn.Embedding(c.max_position_embeddings, c.hidden_size)
        self.token_type_embeddings = nn.Embedding(c.type_vocab_size, c.hidden_size)
        self.LayerNorm = nn.LayerNorm(c.hidden_size, eps=c.layer_norm_eps)
        self.dropout = nn.Dropout(c.hidden_dropout_prob)
        self.register_buffer("position_ids", torch.arange(c.max_position_embeddings).expand((1, -1)),
                             persistent=False)

    def forward(self, input_ids, token_type_ids):
        seq = input_ids.size(1)
        x = self.word_embeddings(input_ids) + self.token_type_embeddings(token_type_ids)
        x = x + self.position_embeddings(self.position_ids[:, :seq])
        return self.dropout(self.LayerNorm(x))


class BertSelfAttention(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.heads = c.num_attention_heads
        self.head_size = c.hidden_size // c.num_attention_heads
        self.query = nn.Linear(c.hidden_size, c.hidden_size)
        self.key = nn.Linear(c.hidden_size, c.hidden_size)
        self.value = nn.Linear(c.hidden_size, c.hidden_size)
        self.dropout = nn.Dropout(c.attention_probs_dropout_prob)

    def split_heads(self, x):  # [B, T, E] -> [B, H, T, D]
        return x.view(x.size(0), x.size(1), self.heads, self.head_size).permute(0, 2, 1, 3)

    def forward(self, hidden, mask_bias):
        q = self.split_heads(self.query(hidden))
        k = self.split_heads(self.key(hidden))
        v = self.split_heads(self.value(hidden))
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(self.head_size)
        scores = scores + mask_bias
        probs = F.softmax(scores, dim=-1)
        context = torch.matmul(self.dropout(probs), v)
        context = context.permute(0, 2, 1, 3).contiguous()
        return context.view(context.size(0), context.size(1), -1), probs


class BertSelfOutput(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.dense = nn.Linear(c.hidden_size, c.hidden_size)
        self.LayerNorm = nn.LayerNorm(c.hidden_size, eps=c.layer_norm_eps)
        self.dropout = nn.Dropout(c.hidden_dropout_prob)

    def forward(self, x, residual):
        return self.LayerNorm(self.dropout(self.dense(x)) + residual)


class BertAttention(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.self = BertSelfAttention(c)
        self.output = BertSelfOutput(c)

    def forward(self, hidden, mask_bias):
        context, probs = self.self(hidden, mask_bias)
        return self.output(context, hidden), probs


class BertIntermediate(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.dense = nn.Linear(c.hidden_size, c.intermediate_size)

    def forward(self, x):
        return F.gelu(self.dense(x))


class BertOutput(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.dense = nn.Linear(c.intermediate_size, c.hidden_size)
        self.LayerNorm = nn.LayerNorm(c.hidden_size, eps=c.layer_norm_eps)
        self.dropout = nn.Dropout(c.hidden_dropout_prob)

    def forward(self, x, residual):
        return self.LayerNorm(self.dropout(self.dense(x)) + residual)


class BertLayer(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.attention = BertAttention(c)
        self.intermediate = BertIntermediate(c)
        self.output = BertOutput(c)

    def forward(self, hidden, mask_bias):
        attended, probs = self.attention(hidden, mask_bias)
        return self.output(self.intermediate(attended), attended), probs


class BertEncoder(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.layer = nn.ModuleList([BertLayer(c) for _ in range(c.num_hidden_layers)])


class BertPooler(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.dense = nn.Linear(c.hidden_size, c.hidden_size)

    def forward(self, hidden):
        return torch.tanh(self.dense(hidden[:, 0]))


class BertModel(nn.Module):
    def __init__(self, c, add_pooler=True):
        super().__init__()
        self.embeddings = BertEmbeddings(c)
        self.encoder = BertEncoder(c)
        self.pooler = BertPooler(c) if add_pooler else None

    def forward(self, input_ids, attention_mask=None, token_type_ids=None, keep_all=False):
        """Returns (last hidden state, pooled or None, [hidden states] and [attention probs] when keep_all)."""
        if attention_mask is None:
            attention_mask = torch.ones_like(input_ids)
        if token_type_ids is None:
            token_type_ids = torch.zeros_like(input_ids)
        dtype = torch.float32
        mask_bias = (1.0 - attention_mask[:, None, None, :].to(dtype)) * torch.finfo(dtype).min
        hidden = self.embeddings(input_ids, token_type_ids)
        states, attentions = [hidden], []
        for layer in self.encoder.layer:
            hidden, probs = layer(hidden, mask_bias)
            if keep_all:
                states.append(hidden)
                attentions.append(probs)
        pooled = self.pooler(hidden) if self.pooler is not None else None
        return hidden, pooled, states, attentions


class BertForTokenClassification(nn.Module):
    def __init__(self, c, num_labels):
        super().__init__()
        self.num_labels = num_labels
        self.bert = BertModel(c, add_pooler=False)
        self.dropout = nn.Dropout(c.hidden_dropout_prob)
        self.classifier = nn.Linear(c.hidden_size, num_labels)

    def forward(self, input_ids, attention_mask=None, token_type_ids=None, labels=None):
        hidden = self.bert(input_ids, attention_mask, token_type_ids)[0]
        logits = self.classifier(self.dropout(hidden))
        loss = None
        if labels is not None:
            loss = F.cross_entropy(logits.view(-1, self.num_labels), labels.view(-1), ignore_index=-100)
        return loss, logits


class BertForSequenceClassification(nn.Module):
    def __init__(self, c, num_labels):
        super().__init__()
        self.bert = BertModel(c, add_pooler=True)
        self.dropout = nn.Dropout(c.hidden_dropout_prob)
        self.classifier = nn.Linear(c.hidden_size, num_labels)

    def forward(self, input_ids, attention_mask=None, token_type_ids=None):
        pooled = self.bert(input_ids, attention_mask, token_type_ids)[1]
        return self.classifier(self.dropout(pooled))


class BertForQuestionAnswering(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.bert = BertModel(c, add_pooler=False)
        self.qa_outputs = nn.Linear(c.hidden_size, 2)

    def forward(self, input_ids, attention_mask=None, token_type_ids=None):
        logits = self.qa_outputs(self.bert(input_ids, attention_mask, token_type_ids)[0])
        start, end = logits.split(1, dim=-1)
        return start.squeeze(-1), end.squeeze(-1)


class BertPredictionHeadTransform(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.dense = nn.Linear(c.hidden_size, c.hidden_size)
        self.LayerNorm = nn.LayerNorm(c.hidden_size, eps=c.layer_norm_eps)

    def forward(self, x):
        return self.LayerNorm(F.gelu(self.dense(x)))


class BertLMPredictionHead(nn.Module):
    def __init__(self, c, word_embeddings):
        super().__init__()
        self.transform = BertPredictionHeadTransform(c)
        self.bias = nn.Parameter(torch.zeros(c.vocab_size))
        self.word_embeddings = [word_embeddings]  # tied decoder weight; a list keeps it out of the module tree

    def forward(self, x):
        return F.linear(self.transform(x), self.word_embeddings[0].weight, self.bias)


class BertOnlyMLMHead(nn.Module):
    def __init__(self, c, word_embeddings):
        super().__init__()
        self.predictions = BertLMPredictionHead(c, word_embeddings)


class BertForMaskedLM(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.vocab_size = c.vocab_size
        self.bert = BertModel(c, add_pooler=False)
        self.cls = BertOnlyMLMHead(c, self.bert.embeddings.word_embeddings)

    def forward(self, input_ids, attention_mask=None, token_type_ids=None, labels=None):
        hidden = self.bert(input_ids, attention_mask, token_type_ids)[0]
        logits = self.cls.predictions(hidden)  # every position, as HF
        loss = None
        if labels is not None:
            loss = F.cross_entropy(logits.view(-1, self.vocab_size), labels.view(-1), ignore_index=-100)
        return loss, logits


def init_weights(model, std=0.02, seed=42):
    """HF's initialisation (normal(0, std) weights, zero biases, LayerNorm 1/0) under a seed, for
    the parts a checkpoint does not hold (a new head)."""
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "LayerNorm" in name:
                p.fill_(1.0 if name.endswith("weight") else 0.0)
            elif name.endswith("bias"):
                p.zero_()
            else:
                p.normal_(0.0, std, generator=gen)


def load_weights(model, st, strict_heads=True):
    """Copies the tensors of SafetensorsFile `st` into `model` by HF name; the file may hold a
    bare encoder (keys without "bert.") or a task checkpoint. Returns the names the file did not
    have (a new head, a missing pooler). Encoder parameters must all be present; with
    strict_heads, so must the head's. Tensors of the file the model does not use are an error,
    except a tied decoder copy and the next-sentence head."""
    names = set(st.names())
    bare = not any(n.startswith("bert.") for n in names)
    missing, used = [], set()
    with torch.no_grad():
        for name, p in model.named_parameters():
            key = name[len("bert."):] if bare and name.startswith("bert.") else name
            if key not in names:
                if name.startswith("bert.") and ".pooler." not in name or strict_heads:
                    raise KeyError(f"{st.path}: tensor '{key}' not found (parameter '{name}')")
                missing.append(name)
                continue
            t = st.tensor(key)
            if list(t.shape) != list(p.shape):
                raise ValueError(f"{st.path}: tensor '{key}' has wrong shape: expected {list(p.shape)}, "
                                 f"got {list(t.shape)}")
            p.copy_(t)
            used.add(key)
    ignored = ("cls.predictions.decoder.", "cls.seq_relationship.", "pooler.", "bert.pooler.")
    unused = [n for n in names - used if not n.startswith(ignored)]
    if bare:
        unused = [n for n in unused if not n.startswith(("classifier.", "qa_outputs.", "cls."))]
    if unused:
        raise ValueError(f"{st.path}: tensors the model does not use: {sorted(unused)[:10]}")
    return missing
