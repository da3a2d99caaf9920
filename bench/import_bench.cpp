// Importing a model file: time to read a 70B model's GGUF header (Q4_K_M, 128k-token
// vocabulary and 280k merges, 724 tensors), its safetensors header (one 140 GB file,
// sparse) and a 30-shard index, and a config.json. Target: ≤ 50 ms whatever the model's
// size. The files are written here, tensor data left sparse (never read).

#include "importfiles.h"

#include "import/import.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <utility>
#include <vector>

using namespace importfiles;
namespace fs = std::filesystem;

namespace {

void write(const fs::path &path, const std::string &bytes, std::uint64_t size)
{
    {
        std::ofstream out(path, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    fs::resize_file(path, std::max<std::uint64_t>(size, bytes.size())); // sparse: no data written
}

/// Median milliseconds of importing `path` (first run excluded: it warms the page cache).
double medianMs(const fs::path &path, std::int64_t *bytes)
{
    std::vector<double> ms;
    for (int i = 0; i < 21; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        const auto r = headroom::importer::importModel(path.string());
        const auto t1 = std::chrono::steady_clock::now();
        if (!r.ok()) {
            std::fprintf(stderr, "%s\n", r.error().text().c_str());
            std::exit(1);
        }
        *bytes = r.value().model.weights && r.value().model.weights->bytes ? *r.value().model.weights->bytes : 0;
        if (i > 0)
            ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

int main()
{
    const fs::path dir = fs::temp_directory_path() / "headroom-import-bench";
    fs::remove_all(dir);
    fs::create_directories(dir);
    // Llama-3-70B's shapes.
    Llama m;
    m.layers = 80;
    m.hidden = 8192;
    m.heads = 64;
    m.kvHeads = 8;
    m.ffn = 28672;
    m.vocab = 128256;
    m.context = 8192;

    // GGUF: the tokenizer arrays dominate the header.
    Gguf g(3);
    g.kvString("general.architecture", "llama");
    g.kvU32("general.file_type", 15);
    g.kvU32("llama.block_count", 80);
    g.kvU32("llama.embedding_length", 8192);
    g.kvU32("llama.attention.head_count", 64);
    g.kvU32("llama.attention.head_count_kv", 8);
    g.kvU32("llama.feed_forward_length", 28672);
    g.kvU32("llama.context_length", 8192);
    std::vector<std::string> tokens, merges;
    for (std::uint64_t i = 0; i < m.vocab; ++i)
        tokens.push_back("token" + std::to_string(i));
    for (int i = 0; i < 280147; ++i) {
        // Appended piece by piece: GCC 12's -Wrestrict misreads "m" + std::string&& (PR 105651).
        std::string merge = "m";
        merge += std::to_string(i);
        merge += " x";
        merge += std::to_string(i);
        merges.push_back(std::move(merge));
    }
    g.kvStrings("tokenizer.ggml.tokens", tokens);
    g.kvStrings("tokenizer.ggml.merges", merges);
    auto q = [](std::uint64_t n, std::uint32_t t) { return t == 12 ? n / 256 * 144 : t == 14 ? n / 256 * 210 : n * 4; };
    auto add = [&](const std::string &name, std::vector<std::uint64_t> ne, std::uint32_t t) {
        std::uint64_t n = 1;
        for (auto d : ne)
            n *= d;
        g.tensor(name, ne, t, q(n, t));
    };
    add("token_embd.weight", {8192, m.vocab}, 12);
    for (int i = 0; i < 80; ++i) {
        const std::string p = "blk." + std::to_string(i) + ".";
        add(p + "attn_norm.weight", {8192}, 0);
        add(p + "attn_q.weight", {8192, 8192}, 12);
        add(p + "attn_k.weight", {8192, 1024}, 12);
        add(p + "attn_v.weight", {8192, 1024}, i % 3 == 2 ? 14 : 12);
        add(p + "attn_output.weight", {8192, 8192}, 12);
        add(p + "ffn_norm.weight", {8192}, 0);
        add(p + "ffn_gate.weight", {8192, 28672}, 12);
        add(p + "ffn_up.weight", {8192, 28672}, 12);
        add(p + "ffn_down.weight", {28672, 8192}, i % 3 == 2 ? 14 : 12);
    }
    add("output_norm.weight", {8192}, 0);
    add("output.weight", {8192, m.vocab}, 14);
    const std::string header = g.header();
    write(dir / "llama-3-70b.Q4_K_M.gguf", header, g.fileSize());

    // safetensors: one file with every tensor, and a 30-shard checkpoint with an index.
    const std::string config = m.config().dump();
    std::ofstream(dir / "config.json") << config;
    const Safetensors whole = m.safetensors();
    write(dir / "model.safetensors", whole.head(), whole.head().size() + whole.dataBytes);
    const fs::path shardDir = dir / "sharded";
    fs::create_directories(shardDir);
    std::ofstream(shardDir / "config.json") << config;
    std::vector<Safetensors> shards(30);
    nlohmann::ordered_json map = nlohmann::ordered_json::object();
    std::size_t k = 0;
    for (const auto &[name, entry] : whole.header.items()) {
        const std::size_t s = k++ * shards.size() / whole.header.size();
        const std::uint64_t bytes = entry["data_offsets"][1].get<std::uint64_t>() - entry["data_offsets"][0].get<std::uint64_t>();
        shards[s].tensor(name, entry["dtype"], entry["shape"].get<std::vector<std::uint64_t>>(), bytes);
        char file[64];
        std::snprintf(file, sizeof file, "model-%05zu-of-00030.safetensors", s + 1);
        map[name] = file;
    }
    for (std::size_t s = 0; s < shards.size(); ++s) {
        char file[64];
        std::snprintf(file, sizeof file, "model-%05zu-of-00030.safetensors", s + 1);
        write(shardDir / file, shards[s].head(), shards[s].head().size() + shards[s].dataBytes);
    }
    std::ofstream(shardDir / "model.safetensors.index.json")
        << nlohmann::ordered_json{{"metadata", {{"total_size", whole.dataBytes}}}, {"weight_map", map}}.dump();

    std::printf("importing a model file (median of 20, after one warm-up read); target <= 50 ms\n");
    std::printf("%-46s %12s %14s %10s\n", "file", "header", "weight bytes", "ms");
    struct Case {
        const char *label;
        fs::path path;
        std::uint64_t headerBytes;
    };
    const Case cases[] = {
        {"GGUF, Llama-3-70B Q4_K_M (40 GB)", dir / "llama-3-70b.Q4_K_M.gguf", header.size()},
        {"safetensors, Llama-3-70B bf16 (141 GB)", dir / "model.safetensors", whole.head().size()},
        {"safetensors index, 30 shards + config.json", shardDir / "model.safetensors.index.json", 0},
        {"config.json", dir / "config.json", config.size()},
    };
    for (const Case &c : cases) {
        std::int64_t bytes = 0;
        const double ms = medianMs(c.path, &bytes);
        std::printf("%-46s %10.1f MB %11.1f GB %10.2f\n", c.label, static_cast<double>(c.headerBytes) / 1e6,
                    static_cast<double>(bytes) / 1e9, ms);
    }
    fs::remove_all(dir);
    return 0;
}
