#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_import into the folder given: small GGUF headers (v2, v3),
safetensors headers, a sharded index and config.json files, built from the formats'
specifications (no downloads). Tensor data is left out: the readers never read it."""
import json
import struct
import sys
from pathlib import Path


def gguf(version, tensors, kvs):
    def s(text):
        b = text.encode()
        return struct.pack("<Q", len(b)) + b
    out = b"GGUF" + struct.pack("<IQQ", version, len(tensors), len(kvs))
    for key, kind, value in kvs:
        out += s(key) + struct.pack("<I", kind)
        if kind == 4:
            out += struct.pack("<I", value)
        elif kind == 8:
            out += s(value)
        elif kind == 9:
            out += struct.pack("<IQ", 8, len(value)) + b"".join(s(v) for v in value)
    offset = 0
    for name, ne, ggml_type, size in tensors:
        out += s(name) + struct.pack("<I", len(ne)) + b"".join(struct.pack("<Q", d) for d in ne)
        out += struct.pack("<IQ", ggml_type, offset)
        offset += (size + 31) // 32 * 32
    pad = (-len(out)) % 32
    return out + b"\0" * (pad + offset)


def llama_gguf(version):
    # One 32-wide layer in Q8_0 (32 values in 34 bytes) and Q4_0 (18 bytes), norms in F32.
    h, ffn, vocab = 32, 64, 16
    kvs = [("general.architecture", 8, "llama"), ("general.file_type", 4, 7), ("llama.block_count", 4, 1),
           ("llama.embedding_length", 4, h), ("llama.attention.head_count", 4, 4), ("llama.attention.head_count_kv", 4, 2),
           ("llama.feed_forward_length", 4, ffn), ("llama.context_length", 4, 4096),
           ("tokenizer.ggml.tokens", 9, ["t%d" % i for i in range(vocab)])]
    q8 = lambda n: n // 32 * 34
    tensors = [("token_embd.weight", [h, vocab], 8, q8(h * vocab)), ("blk.0.attn_norm.weight", [h], 0, 4 * h),
               ("blk.0.attn_q.weight", [h, h], 8, q8(h * h)), ("blk.0.attn_k.weight", [h, 16], 8, q8(h * 16)),
               ("blk.0.attn_v.weight", [h, 16], 2, h * 16 // 32 * 18), ("blk.0.attn_output.weight", [h, h], 8, q8(h * h)),
               ("blk.0.ffn_gate.weight", [h, ffn], 8, q8(h * ffn)), ("blk.0.ffn_up.weight", [h, ffn], 8, q8(h * ffn)),
               ("blk.0.ffn_down.weight", [ffn, h], 8, q8(ffn * h)), ("output_norm.weight", [h], 0, 4 * h)]
    return gguf(version, tensors, kvs)


def safetensors(entries):
    header, offset = {}, 0
    for name, dtype, shape, size in entries:
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + size]}
        offset += size
    text = json.dumps(header).encode()
    return struct.pack("<Q", len(text)) + text + b"\0" * offset


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "llama-v3.gguf").write_bytes(llama_gguf(3))
    (out / "llama-v2.gguf").write_bytes(llama_gguf(2))
    h, ffn, vocab = 32, 64, 16
    layer = [("model.layers.0.self_attn.q_proj.weight", "BF16", [h, h], h * h * 2),
             ("model.layers.0.self_attn.k_proj.weight", "BF16", [16, h], 16 * h * 2),
             ("model.layers.0.self_attn.v_proj.weight", "BF16", [16, h], 16 * h * 2),
             ("model.layers.0.self_attn.o_proj.weight", "BF16", [h, h], h * h * 2),
             ("model.layers.0.mlp.gate_proj.weight", "BF16", [ffn, h], ffn * h * 2),
             ("model.layers.0.mlp.up_proj.weight", "BF16", [ffn, h], ffn * h * 2),
             ("model.layers.0.mlp.down_proj.weight", "BF16", [h, ffn], ffn * h * 2),
             ("model.layers.0.input_layernorm.weight", "BF16", [h], h * 2),
             ("model.norm.weight", "BF16", [h], h * 2)]
    (out / "llama.safetensors").write_bytes(safetensors([("model.embed_tokens.weight", "BF16", [vocab, h], vocab * h * 2)] + layer))
    (out / "gptq.safetensors").write_bytes(safetensors([
        ("model.layers.0.mlp.up_proj.qweight", "I32", [4, 64], 4 * 64 * 4),
        ("model.layers.0.mlp.up_proj.qzeros", "I32", [1, 8], 8 * 4),
        ("model.layers.0.mlp.up_proj.scales", "F16", [1, 64], 64 * 2),
        ("model.layers.0.mlp.up_proj.g_idx", "I32", [32], 32 * 4)]))
    (out / "index.json").write_text(json.dumps({"metadata": {"total_size": 123456},
                                                "weight_map": {"model.norm.weight": "model-00001-of-00002.safetensors"}}))
    configs = {
        "llama": {"model_type": "llama", "num_hidden_layers": 2, "hidden_size": 256, "num_attention_heads": 4,
                  "num_key_value_heads": 2, "intermediate_size": 512, "vocab_size": 512, "torch_dtype": "bfloat16",
                  "quantization_config": {"quant_method": "gptq", "bits": 4, "group_size": 128}},
        "gpt2": {"model_type": "gpt2", "n_layer": 2, "n_embd": 64, "n_head": 4, "vocab_size": 100, "n_positions": 1024},
        "bert": {"model_type": "bert", "num_hidden_layers": 2, "hidden_size": 64, "num_attention_heads": 4,
                 "intermediate_size": 128, "vocab_size": 100, "max_position_embeddings": 512},
        "mixtral": {"model_type": "mixtral", "num_hidden_layers": 2, "hidden_size": 64, "num_attention_heads": 4,
                    "intermediate_size": 128, "vocab_size": 100, "num_local_experts": 8, "num_experts_per_tok": 2},
        "gemma3": {"model_type": "gemma3", "text_config": {"model_type": "gemma3_text", "num_hidden_layers": 2,
                   "hidden_size": 64, "num_attention_heads": 4, "head_dim": 16, "intermediate_size": 128,
                   "vocab_size": 100, "sliding_window": 512}},
        "deepseek_v3": {"model_type": "deepseek_v3", "num_hidden_layers": 3, "hidden_size": 64, "num_attention_heads": 4,
                        "intermediate_size": 128, "vocab_size": 100, "q_lora_rank": 16, "kv_lora_rank": 8,
                        "qk_rope_head_dim": 4, "qk_nope_head_dim": 8, "v_head_dim": 8, "n_routed_experts": 8,
                        "n_shared_experts": 1, "num_experts_per_tok": 2, "moe_intermediate_size": 32,
                        "first_k_dense_replace": 1,
                        "quantization_config": {"quant_method": "fp8", "weight_block_size": [128, 128]}},
        "qwen2_moe": {"model_type": "qwen2_moe", "num_hidden_layers": 2, "hidden_size": 64, "num_attention_heads": 4,
                      "intermediate_size": 128, "vocab_size": 100, "num_experts": 4, "num_experts_per_tok": 2,
                      "moe_intermediate_size": 32, "shared_expert_intermediate_size": 64},
    }
    for name, cfg in configs.items():
        (out / ("config-%s.json" % name)).write_text(json.dumps(cfg))


if __name__ == "__main__":
    main()
