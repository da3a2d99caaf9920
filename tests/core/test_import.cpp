// Importing models from config.json, safetensors and GGUF files the tests write
// themselves: what each reader gives (architecture, exact parameters and bytes, the
// provenance with its SHA-256), hostile and broken files refused with the file and the
// problem, and the memory of an imported model equal to that of the same model typed in.

#include "importfiles.h"

#include "engine/dnn/dnn.h"
#include "engine/engine.h"
#include "import/import.h"
#include "scenario/codec.h"
#include "util/sha256.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace headroom;
using namespace importfiles;
using importer::FileKind;

namespace {

/// Writes `bytes` and makes the file `size` bytes long (sparse: the tensor data is zeros).
std::string writeFile(const QTemporaryDir &dir, const std::string &name, const std::string &bytes, std::uint64_t size = 0)
{
    const std::string path = dir.filePath(QString::fromStdString(name)).toStdString();
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (size > bytes.size()) {
        out.seekp(static_cast<std::streamoff>(size - 1));
        out.put('\0');
    }
    return path;
}

/// A scenario running `model` for inference in bf16 on one GPU.
Scenario scenarioOf(const Model &model)
{
    Scenario s;
    s.dataset.samples = 10;
    s.dataset.input = InputShape{InputKind::Tokens, 1, 1, 1, 1, 256};
    s.model = model;
    s.run.task = Task::Inference;
    s.run.precision = Precision::Bf16;
    s.run.batchSize = 2;
    Generation g;
    g.promptTokens = 200;
    g.newTokens = 56;
    s.run.generation = g;
    return s;
}

std::string errorOf(const Result<importer::ImportResult> &r) { return r.ok() ? std::string("(imported)") : r.error().text(); }

/// GGUF bytes of a tensor of `elements` values: whole blocks of the type.
std::uint64_t q4k(std::uint64_t n) { return n / 256 * 144; }
std::uint64_t q6k(std::uint64_t n) { return n / 256 * 210; }

/// A tiny LLaMA as llama-quantize writes Q4_K_M: Q4_K, with the output Q6_K and attn_v /
/// ffn_down Q6_K in the layers use_more_bits picks (of 2 layers: layer 1).
Gguf tinyGguf(const Llama &m, std::uint32_t version = 3, std::uint64_t *bytes = nullptr, std::uint64_t *params = nullptr)
{
    Gguf g(version);
    g.kvString("general.architecture", "llama");
    g.kvString("general.name", "tiny");
    g.kvU32("general.file_type", 15); // LLAMA_FTYPE_MOSTLY_Q4_K_M
    g.kvU32("llama.block_count", static_cast<std::uint32_t>(m.layers));
    g.kvU32("llama.embedding_length", static_cast<std::uint32_t>(m.hidden));
    g.kvU32("llama.attention.head_count", static_cast<std::uint32_t>(m.heads));
    g.kvU32("llama.attention.head_count_kv", static_cast<std::uint32_t>(m.kvHeads));
    g.kvU32("llama.feed_forward_length", static_cast<std::uint32_t>(m.ffn));
    g.kvU32("llama.context_length", static_cast<std::uint32_t>(m.context));
    g.kvF32("llama.attention.layer_norm_rms_epsilon", 1e-5f);
    std::vector<std::string> vocab;
    for (std::uint64_t i = 0; i < m.vocab; ++i)
        vocab.push_back("tok" + std::to_string(i));
    g.kvStrings("tokenizer.ggml.tokens", vocab);
    std::uint64_t total = 0, count = 0;
    auto add = [&](const std::string &name, std::vector<std::uint64_t> ne, std::uint32_t type) {
        std::uint64_t n = 1;
        for (auto d : ne)
            n *= d;
        const std::uint64_t b = type == 12 ? q4k(n) : type == 14 ? q6k(n) : n * 4;
        g.tensor(name, ne, type, b);
        total += b;
        count += n;
    };
    const std::uint64_t hd = m.hidden / m.heads;
    add("token_embd.weight", {m.hidden, m.vocab}, 12);
    for (std::uint64_t i = 0; i < m.layers; ++i) {
        const std::string p = "blk." + std::to_string(i) + ".";
        const std::uint32_t more = i == 1 ? 14 : 12;
        add(p + "attn_norm.weight", {m.hidden}, 0);
        add(p + "attn_q.weight", {m.hidden, m.heads * hd}, 12);
        add(p + "attn_k.weight", {m.hidden, m.kvHeads * hd}, 12);
        add(p + "attn_v.weight", {m.hidden, m.kvHeads * hd}, more);
        add(p + "attn_output.weight", {m.heads * hd, m.hidden}, 12);
        add(p + "ffn_norm.weight", {m.hidden}, 0);
        add(p + "ffn_gate.weight", {m.hidden, m.ffn}, 12);
        add(p + "ffn_up.weight", {m.hidden, m.ffn}, 12);
        add(p + "ffn_down.weight", {m.ffn, m.hidden}, more);
    }
    add("output_norm.weight", {m.hidden}, 0);
    add("output.weight", {m.hidden, m.vocab}, 14);
    if (bytes)
        *bytes = total;
    if (params)
        *params = count;
    return g;
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT
private slots:
    void sha256Vectors();
    void configLlama2();
    void configTypes_data();
    void configTypes();
    void geluNewFromTheConfig();
    void configRefusals_data();
    void configRefusals();
    void configQuantisation();
    void configMixtral();
    void configDeepSeekV3();
    void configMatchesPreset_data();
    void configMatchesPreset();
    void safetensorsWithConfig();
    void importedEqualsTypedIn();
    void safetensorsGptq();
    void shardedIndex();
    void ggufQ4KM_data();
    void ggufQ4KM();
    void ggufMixMatchesTypedFormat();
    void ggufExperts();
    void ggufLatentAttention();
    void hostileSafetensors_data();
    void hostileSafetensors();
    void hostileGguf_data();
    void hostileGguf();
    void headerLengthBeyondCap();
    void unknownFileRefused();
};

void TestImport::sha256Vectors()
{
    // FIPS 180-2, Appendix B.1–B.3.
    QCOMPARE(Sha256::hex("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(Sha256::hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
             std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    Sha256 million;
    const std::string chunk(1000, 'a');
    for (int i = 0; i < 1000; ++i)
        million.update(chunk);
    QCOMPARE(million.hexDigest(), std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    QCOMPARE(Sha256::hex(""), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    // Fed in uneven pieces, the digest is the same.
    const std::string text(1000, 'x');
    Sha256 pieces;
    for (std::size_t at = 0, step = 1; at < text.size(); at += step, step = step * 3 % 97 + 1)
        pieces.update(text.data() + at, std::min(step, text.size() - at));
    QCOMPARE(pieces.hexDigest(), Sha256::hex(text));
}

void TestImport::configLlama2()
{
    // meta-llama/Llama-2-7b-hf's config.json (the keys that matter).
    const std::string text = R"({"architectures":["LlamaForCausalLM"],"model_type":"llama","hidden_size":4096,)"
                             R"("intermediate_size":11008,"num_attention_heads":32,"num_hidden_layers":32,)"
                             R"("num_key_value_heads":32,"max_position_embeddings":4096,"vocab_size":32000,)"
                             R"("tie_word_embeddings":false,"torch_dtype":"float16","rms_norm_eps":1e-05})";
    QTemporaryDir dir;
    const auto r = importer::importModel(writeFile(dir, "config.json", text));
    QVERIFY2(r.ok(), errorOf(r).c_str());
    const Model &m = r.value().model;
    QVERIFY(m.architecture->kind == ArchitectureKind::Transformer);
    QCOMPARE(*m.architecture->transformer.layers, std::int64_t(32));
    QCOMPARE(*m.architecture->transformer.ffnHidden, std::int64_t(11008));
    QVERIFY(*m.architecture->transformer.norm == Norm::RmsNorm);
    QVERIFY(*m.architecture->transformer.ffn == Ffn::SwiGlu);
    QVERIFY(*m.architecture->transformer.positions == Positions::Rotary);
    QCOMPARE(r.value().contextLength, std::int64_t(4096));
    QCOMPARE(m.source->format, std::string("config.json"));
    QCOMPARE(m.source->file, std::string("config.json"));
    QCOMPARE(m.source->sizeBytes, std::int64_t(text.size()));
    QCOMPARE(m.source->headerSha256, Sha256::hex(text));
    QCOMPARE(m.weights->format, std::string("fp16"));
    // The same parameters as the llama-2-7b preset (Meta's 6,738,415,616).
    QCOMPARE(dnn::parameterCount(scenarioOf(m)), std::int64_t(6738415616));
    // What `import` prints reads back as a scenario's model.
    nlohmann::ordered_json doc = scenarioToJson(scenarioOf(m));
    doc["model"] = importer::modelToJson(m);
    const auto back = scenarioFromJson(doc);
    QVERIFY2(back.ok(), back.ok() ? "" : back.error().text().c_str());
    QVERIFY(back.value().model == m);
}

void TestImport::configTypes_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<qint64>("parameters");
    // Published parameter counts of each model (its card or paper); config.json keys as
    // the Hub files have them.
    QTest::newRow("gpt2") << R"({"model_type":"gpt2","n_layer":12,"n_embd":768,"n_head":12,"vocab_size":50257,"n_positions":1024,"n_inner":null})"
                          << qint64(124439808);
    QTest::newRow("bert-base-uncased")
        << R"({"model_type":"bert","num_hidden_layers":12,"hidden_size":768,"num_attention_heads":12,"intermediate_size":3072,"vocab_size":30522,"max_position_embeddings":512})"
        << qint64(109482240);
    QTest::newRow("mistral-7b-v0.1")
        << R"({"model_type":"mistral","num_hidden_layers":32,"hidden_size":4096,"num_attention_heads":32,"num_key_value_heads":8,"intermediate_size":14336,"vocab_size":32000,"max_position_embeddings":32768,"sliding_window":4096,"tie_word_embeddings":false})"
        << qint64(7241732096);
    // Pythia-1.4B (GPT-NeoX): 1,414,647,808 parameters (EleutherAI's model card).
    QTest::newRow("pythia-1.4b")
        << R"({"model_type":"gpt_neox","num_hidden_layers":24,"hidden_size":2048,"num_attention_heads":16,"intermediate_size":8192,"vocab_size":50304,"max_position_embeddings":2048,"tie_word_embeddings":false})"
        << qint64(1414647808);
    // Phi-3-mini-4k-instruct: 3,821,079,552.
    QTest::newRow("phi-3-mini")
        << R"({"model_type":"phi3","num_hidden_layers":32,"hidden_size":3072,"num_attention_heads":32,"num_key_value_heads":32,"intermediate_size":8192,"vocab_size":32064,"max_position_embeddings":4096,"sliding_window":2047,"tie_word_embeddings":false})"
        << qint64(3821079552);
    // Llama-3.2-1B: tied embeddings, 1,235,814,400.
    QTest::newRow("llama-3.2-1b")
        << R"({"model_type":"llama","num_hidden_layers":16,"hidden_size":2048,"num_attention_heads":32,"num_key_value_heads":8,"intermediate_size":8192,"vocab_size":128256,"max_position_embeddings":131072,"head_dim":64,"tie_word_embeddings":true})"
        << qint64(1235814400);
}

void TestImport::geluNewFromTheConfig()
{
    // GPT-2's activation_function defaults to "gelu_new" (Hugging Face's tanh GELU written
    // op by op, which saves five FFN-wide tensors); GPT-NeoX's hidden_act says which.
    auto ffnOf = [](const std::string &config) {
        const auto r = importer::importBytes(config, "config.json", FileKind::ConfigJson);
        return r.ok() && r.value().model.architecture ? r.value().model.architecture->transformer.ffn : std::nullopt;
    };
    const std::string gpt2 = R"({"model_type":"gpt2","n_layer":12,"n_embd":768,"n_head":12,"vocab_size":50257)";
    QVERIFY(ffnOf(gpt2 + "}") == Ffn::GeluNew);
    QVERIFY(ffnOf(gpt2 + R"(,"activation_function":"gelu_new"})") == Ffn::GeluNew);
    QVERIFY(ffnOf(gpt2 + R"(,"activation_function":"gelu"})") == Ffn::Gelu);
    const std::string neox = R"({"model_type":"gpt_neox","num_hidden_layers":24,"hidden_size":1024,"num_attention_heads":16,)"
                             R"("intermediate_size":4096,"vocab_size":50304)";
    QVERIFY(ffnOf(neox + "}") == Ffn::Gelu);
    QVERIFY(ffnOf(neox + R"(,"hidden_act":"gelu_new"})") == Ffn::GeluNew);
}

void TestImport::configTypes()
{
    QFETCH(QString, config);
    QFETCH(qint64, parameters);
    const auto r = importer::importBytes(config.toStdString(), "config.json", FileKind::ConfigJson);
    QVERIFY2(r.ok(), errorOf(r).c_str());
    QCOMPARE(qint64(dnn::parameterCount(scenarioOf(r.value().model))), parameters);
}

void TestImport::configRefusals_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown type") << R"({"model_type":"falcon","num_hidden_layers":2})"
                                  << "config.json: unknown model type \"falcon\"; Headroom reads llama, mistral, mixtral, qwen2, "
                                     "qwen2_moe, qwen3, qwen3_moe, gemma, gemma2, gemma3, gemma3_text, phi3, deepseek_v2, "
                                     "deepseek_v3, gpt_oss, gpt2, gpt_neox, bert, roberta";
    QTest::newRow("missing key") << R"({"model_type":"llama","num_hidden_layers":2,"hidden_size":64})"
                                 << "config.json: \"num_attention_heads\" is missing or not a positive integer";
    QTest::newRow("string count") << R"({"model_type":"gpt2","n_layer":"12","n_embd":768,"n_head":12,"vocab_size":10})"
                                  << "config.json: \"n_layer\" is missing or not a positive integer";
    QTest::newRow("not json") << "{\"model_type\": llama}"
                              << "config.json: the config is not valid JSON: parse error at line 1, column 16: syntax error "
                                 "while parsing value - invalid literal; last read: '\"model_type\": l'";
    QTest::newRow("deep nesting") << QString(100, QLatin1Char('[')) << "config.json: the config is not valid JSON: nested more than 64 levels deep";
    QTest::newRow("array") << "[1, 2]" << "config.json: the config must be a JSON object";
    QTest::newRow("absurd layers")
        << R"({"model_type":"llama","num_hidden_layers":1000000000,"hidden_size":64,"num_attention_heads":4,"intermediate_size":128,"vocab_size":100})"
        << "config.json: the number of layers must be between 1 and 100000, got 1000000000";
    QTest::newRow("kv heads above heads")
        << R"({"model_type":"llama","num_hidden_layers":2,"hidden_size":64,"num_attention_heads":4,"num_key_value_heads":8,"intermediate_size":128,"vocab_size":100})"
        << "config.json: the number of key/value heads must be between 1 and 4, got 8";
    QTest::newRow("heads not dividing")
        << R"({"model_type":"llama","num_hidden_layers":2,"hidden_size":64,"num_attention_heads":3,"intermediate_size":128,"vocab_size":100})"
        << "config.json: the model it describes is refused: model.architecture.heads: must divide hidden (64), got 3";
    // Experts, latent attention and head widths go onto the scenario's keys, whose own
    // rules then apply.
    QTest::newRow("more experts per token than experts")
        << R"({"model_type":"mixtral","num_hidden_layers":2,"hidden_size":64,"num_attention_heads":4,"num_key_value_heads":4,"intermediate_size":128,"vocab_size":100,"num_local_experts":8,"num_experts_per_tok":9})"
        << "config.json: the model it describes is refused: model.architecture.moe.experts_per_token: experts_per_token (9) must not exceed experts (8)";
    QTest::newRow("mixtral without experts")
        << R"({"model_type":"mixtral","num_hidden_layers":2,"hidden_size":64,"num_attention_heads":4,"intermediate_size":128,"vocab_size":100,"num_experts_per_tok":2})"
        << "config.json: \"num_local_experts\" is missing or not a positive integer";
}

void TestImport::configRefusals()
{
    QFETCH(QString, config);
    QFETCH(QString, message);
    const auto r = importer::importBytes(config.toStdString(), "config.json", FileKind::ConfigJson);
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error().text()), message);
}

void TestImport::configQuantisation()
{
    nlohmann::ordered_json cfg = Llama{}.config();
    cfg["quantization_config"] = {{"quant_method", "gptq"}, {"bits", 4}, {"group_size", 128}, {"desc_act", false}};
    auto r = importer::importBytes(cfg.dump(), "config.json", FileKind::ConfigJson);
    QVERIFY2(r.ok(), errorOf(r).c_str());
    QCOMPARE(r.value().model.weights->format, std::string("gptq"));
    QCOMPARE(*r.value().model.weights->groupSize, std::int64_t(128));
    cfg["quantization_config"] = {{"quant_method", "bitsandbytes"}, {"load_in_4bit", true}, {"bnb_4bit_quant_type", "nf4"},
                                  {"bnb_4bit_use_double_quant", true}};
    r = importer::importBytes(cfg.dump(), "config.json", FileKind::ConfigJson);
    QCOMPARE(r.value().model.weights->format, std::string("nf4"));
    QVERIFY(*r.value().model.weights->doubleQuant);
    cfg["quantization_config"] = {{"quant_method", "fp8"}, {"fmt", "e4m3"}, {"weight_block_size", {128, 128}}};
    r = importer::importBytes(cfg.dump(), "config.json", FileKind::ConfigJson);
    QCOMPARE(r.value().model.weights->format, std::string("fp8"));
    QCOMPARE(*r.value().model.weights->scales, std::string("block"));
}

/// The parameters of `preset` as the engine counts them.
std::int64_t presetParameters(const char *preset)
{
    Model m;
    m.framework = Framework::PyTorch;
    Architecture a;
    a.kind = ArchitectureKind::Preset;
    a.preset = preset;
    m.architecture = a;
    return dnn::parameterCount(scenarioOf(m));
}

void TestImport::configMixtral()
{
    // mistralai/Mixtral-8x7B-v0.1's config.json (the keys that matter).
    const std::string text =
        R"({"architectures":["MixtralForCausalLM"],"model_type":"mixtral","hidden_size":4096,"intermediate_size":14336,)"
        R"("num_attention_heads":32,"num_hidden_layers":32,"num_key_value_heads":8,"max_position_embeddings":32768,)"
        R"("vocab_size":32000,"num_local_experts":8,"num_experts_per_tok":2,"sliding_window":null,)"
        R"("tie_word_embeddings":false,"torch_dtype":"bfloat16","rope_theta":1000000.0})";
    QTemporaryDir dir;
    const auto r = importer::importModel(writeFile(dir, "config.json", text));
    QVERIFY2(r.ok(), errorOf(r).c_str());
    const Model &m = r.value().model;
    const TransformerConfig &t = m.architecture->transformer;
    QVERIFY(m.architecture->kind == ArchitectureKind::Transformer);
    QVERIFY(t.moe.enabled());
    QCOMPARE(*t.moe.experts, std::int64_t(8));
    QCOMPARE(*t.moe.expertsPerToken, std::int64_t(2));
    QCOMPARE(*t.moe.expertFfnHidden, std::int64_t(14336));
    QVERIFY(!t.moe.sharedExperts && !t.moe.firstDenseLayers && !t.moe.expertBias);
    QVERIFY(!t.mla.enabled());
    QVERIFY(!t.slidingWindow.enabled()); // "sliding_window": null
    QVERIFY(!t.headDim);
    QCOMPARE(m.weights->format, std::string("bf16"));
    // The preset's 46.7B parameters (Mistral AI: 46.7B total, 12.9B active).
    QCOMPARE(dnn::parameterCount(scenarioOf(m)), presetParameters("mixtral-8x7b"));
    // Qwen-MoE's name for the count reads as well.
    nlohmann::ordered_json renamed = nlohmann::ordered_json::parse(text);
    renamed.erase("num_local_experts");
    renamed["num_experts"] = 8;
    const auto q = importer::importBytes(renamed.dump(), "config.json", FileKind::ConfigJson);
    QVERIFY2(q.ok(), errorOf(q).c_str());
    QCOMPARE(*q.value().model.architecture->transformer.moe.experts, std::int64_t(8));
    // What `import` prints reads back as a scenario's model.
    nlohmann::ordered_json doc = scenarioToJson(scenarioOf(m));
    doc["model"] = importer::modelToJson(m);
    QCOMPARE(doc["model"]["architecture"]["moe"]["experts"].get<int>(), 8);
    const auto back = scenarioFromJson(doc);
    QVERIFY2(back.ok(), back.ok() ? "" : back.error().text().c_str());
    QVERIFY(back.value().model == m);
}

void TestImport::configDeepSeekV3()
{
    // deepseek-ai/DeepSeek-V3's config.json (the keys that matter), FP8 with 128 × 128
    // block scales as it ships.
    const std::string text =
        R"({"architectures":["DeepseekV3ForCausalLM"],"model_type":"deepseek_v3","hidden_size":7168,)"
        R"("intermediate_size":18432,"moe_intermediate_size":2048,"num_attention_heads":128,"num_hidden_layers":61,)"
        R"("num_key_value_heads":128,"max_position_embeddings":163840,"vocab_size":129280,"q_lora_rank":1536,)"
        R"("kv_lora_rank":512,"qk_rope_head_dim":64,"qk_nope_head_dim":128,"v_head_dim":128,"n_routed_experts":256,)"
        R"("n_shared_experts":1,"num_experts_per_tok":8,"first_k_dense_replace":3,"moe_layer_freq":1,)"
        R"("topk_method":"noaux_tc","n_group":8,"topk_group":4,"tie_word_embeddings":false,"torch_dtype":"bfloat16",)"
        R"("quantization_config":{"activation_scheme":"dynamic","fmt":"e4m3","quant_method":"fp8","weight_block_size":[128,128]}})";
    QTemporaryDir dir;
    const auto r = importer::importModel(writeFile(dir, "config.json", text));
    QVERIFY2(r.ok(), errorOf(r).c_str());
    const Model &m = r.value().model;
    const TransformerConfig &t = m.architecture->transformer;
    QCOMPARE(*t.moe.experts, std::int64_t(256));
    QCOMPARE(*t.moe.expertsPerToken, std::int64_t(8));
    QCOMPARE(*t.moe.expertFfnHidden, std::int64_t(2048));
    QCOMPARE(*t.moe.sharedExperts, std::int64_t(1));
    QCOMPARE(t.moe.sharedExpertFfnHidden.value_or(*t.moe.expertFfnHidden), std::int64_t(2048));
    QCOMPARE(*t.moe.firstDenseLayers, std::int64_t(3));
    QVERIFY(!t.moe.expertBias.value_or(false));
    QCOMPARE(*t.mla.qLoraRank, std::int64_t(1536));
    QCOMPARE(*t.mla.kvLoraRank, std::int64_t(512));
    QCOMPARE(*t.mla.qkRopeHeadDim, std::int64_t(64));
    QCOMPARE(*t.mla.qkNopeHeadDim, std::int64_t(128));
    QCOMPARE(*t.mla.vHeadDim, std::int64_t(128));
    QCOMPARE(*t.ffnHidden, std::int64_t(18432));
    QVERIFY(!t.headDim);
    // The preset's 671B parameters (DeepSeek-V3 report: 671B, without the MTP module).
    const std::int64_t params = presetParameters("deepseek-v3");
    QCOMPARE(dnn::parameterCount(scenarioOf(m)), params);
    // FP8 with block scales: about a byte per weight of the blocks' linear layers (the
    // experts included), the embeddings and head in 16 bits.
    QCOMPARE(m.weights->format, std::string("fp8"));
    QCOMPARE(*m.weights->scales, std::string("block"));
    const Bytes weights = estimateMemory(scenarioOf(m)).device->bytesOf("parameters");
    QVERIFY2(weights > Bytes(params) && weights < Bytes(params) + Bytes(params) / 50,
             (std::to_string(weights) + " bytes for " + std::to_string(params) + " parameters").c_str());
    nlohmann::ordered_json doc = scenarioToJson(scenarioOf(m));
    doc["model"] = importer::modelToJson(m);
    QCOMPARE(doc["model"]["architecture"]["mla"]["kv_lora_rank"].get<int>(), 512);
    const auto back = scenarioFromJson(doc);
    QVERIFY2(back.ok(), back.ok() ? "" : back.error().text().c_str());
    QVERIFY(back.value().model == m);
}

void TestImport::configMatchesPreset_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("preset");
    // config.json keys as the Hub files have them; the presets are the same published
    // configurations (core/scenario/presets.cpp).
    QTest::newRow("qwen3-30b-a3b")
        << R"({"model_type":"qwen3_moe","num_hidden_layers":48,"hidden_size":2048,"num_attention_heads":32,"num_key_value_heads":4,"head_dim":128,"intermediate_size":6144,"moe_intermediate_size":768,"num_experts":128,"num_experts_per_tok":8,"vocab_size":151936,"max_position_embeddings":40960,"tie_word_embeddings":false,"sliding_window":null,"use_sliding_window":false})"
        << "qwen3-30b-a3b";
    QTest::newRow("gemma-2-9b")
        << R"({"model_type":"gemma2","num_hidden_layers":42,"hidden_size":3584,"num_attention_heads":16,"num_key_value_heads":8,"head_dim":256,"intermediate_size":14336,"vocab_size":256000,"max_position_embeddings":8192,"sliding_window":4096})"
        << "gemma-2-9b";
    QTest::newRow("gpt-oss-20b")
        << R"({"model_type":"gpt_oss","num_hidden_layers":24,"hidden_size":2880,"num_attention_heads":64,"num_key_value_heads":8,"head_dim":64,"intermediate_size":2880,"num_local_experts":32,"num_experts_per_tok":4,"vocab_size":201088,"max_position_embeddings":131072,"sliding_window":128,"layer_types":["sliding_attention","full_attention"],"tie_word_embeddings":false})"
        << "gpt-oss-20b";
    QTest::newRow("mixtral-8x22b")
        << R"({"model_type":"mixtral","num_hidden_layers":56,"hidden_size":6144,"num_attention_heads":48,"num_key_value_heads":8,"intermediate_size":16384,"num_local_experts":8,"num_experts_per_tok":2,"vocab_size":32768,"max_position_embeddings":65536,"tie_word_embeddings":false})"
        << "mixtral-8x22b";
}

void TestImport::configMatchesPreset()
{
    QFETCH(QString, config);
    QFETCH(QString, preset);
    const auto r = importer::importBytes(config.toStdString(), "config.json", FileKind::ConfigJson);
    QVERIFY2(r.ok(), errorOf(r).c_str());
    QCOMPARE(dnn::parameterCount(scenarioOf(r.value().model)), presetParameters(preset.toStdString().c_str()));
}

void TestImport::safetensorsWithConfig()
{
    const Llama m;
    const Safetensors st = m.safetensors();
    QTemporaryDir dir;
    writeFile(dir, "config.json", m.config().dump());
    const std::string path = writeFile(dir, "model.safetensors", st.head(), st.head().size() + st.dataBytes);
    const auto r = importer::importModel(path);
    QVERIFY2(r.ok(), errorOf(r).c_str());
    const Model &model = r.value().model;
    // 2 × (q 65,536 + k, v 32,768 + o 65,536 + 3 × 131,072 + 2 norms × 256) + 2 × 131,072
    // (embedding, head) + 256 (final norm); the inv_freq buffers are not parameters.
    const std::int64_t params = 2 * (65536 + 2 * 32768 + 65536 + 3 * 131072 + 512) + 2 * 131072 + 256;
    QCOMPARE(*model.weights->parameters, params);
    QCOMPARE(*model.weights->bytes, params * 2);
    QCOMPARE(model.weights->format, std::string("bf16"));
    QCOMPARE(model.source->format, std::string("safetensors"));
    QCOMPARE(model.source->file, std::string("model.safetensors"));
    QCOMPARE(model.source->sizeBytes, std::int64_t(st.head().size() + st.dataBytes));
    QCOMPARE(model.source->headerSha256, Sha256::hex(st.head()));
    // The architecture from config.json counts the same parameters as the file holds.
    Model typed = model;
    typed.weights.reset();
    QCOMPARE(dnn::parameterCount(scenarioOf(typed)), params);
}

void TestImport::importedEqualsTypedIn()
{
    // Memory of an imported model equals memory of the same model typed in: the Llama-2-7B
    // shapes in a safetensors header (sparse file, no weights written) against the preset.
    Llama m;
    m.layers = 32;
    m.hidden = 4096;
    m.heads = 32;
    m.kvHeads = 32;
    m.ffn = 11008;
    m.vocab = 32000;
    const Safetensors st = m.safetensors();
    QTemporaryDir dir;
    writeFile(dir, "config.json", m.config().dump());
    const std::string path = writeFile(dir, "model.safetensors", st.head(), st.head().size() + st.dataBytes);
    const auto r = importer::importModel(path);
    QVERIFY2(r.ok(), errorOf(r).c_str());
    QCOMPARE(*r.value().model.weights->parameters, std::int64_t(6738415616));

    Model typed;
    Architecture preset;
    preset.kind = ArchitectureKind::Preset;
    preset.preset = "llama-2-7b";
    typed.architecture = preset;
    for (const Precision p : {Precision::Bf16, Precision::Fp16}) {
        Scenario imported = scenarioOf(r.value().model);
        Scenario byHand = scenarioOf(typed);
        imported.run.precision = byHand.run.precision = p;
        const Estimate a = estimateMemory(imported), b = estimateMemory(byHand);
        QCOMPARE(a.device->peak, b.device->peak);
        QCOMPARE(a.device->bytesOf("parameters"), b.device->bytesOf("parameters"));
        QCOMPARE(a.device->bytesOf("kv_cache"), b.device->bytesOf("kv_cache"));
        QCOMPARE(a.host.peak, b.host.peak);
    }
    // Training too (LoRA, AdamW).
    Scenario imported = scenarioOf(r.value().model), byHand = scenarioOf(typed);
    for (Scenario *s : {&imported, &byHand}) {
        s->run.task = Task::Train;
        s->run.generation.reset();
        s->run.finetune.method = FinetuneMethod::Lora;
    }
    QCOMPARE(estimateMemory(imported).device->peak, estimateMemory(byHand).device->peak);
}

void TestImport::safetensorsGptq()
{
    // A GPTQ 4-bit, group-128 checkpoint of one 256 × 512 linear layer beside float ones:
    // qweight int32 [in/8, out], qzeros int32 [in/128, out/8], scales fp16 [in/128, out],
    // g_idx int32 [in].
    const Llama m;
    Safetensors st;
    st.tensor("model.embed_tokens.weight", "F16", {m.vocab, m.hidden}, m.vocab * m.hidden * 2);
    st.tensor("model.layers.0.mlp.up_proj.qweight", "I32", {256 / 8, 512}, 256 / 8 * 512 * 4);
    st.tensor("model.layers.0.mlp.up_proj.qzeros", "I32", {2, 512 / 8}, 2 * 64 * 4);
    st.tensor("model.layers.0.mlp.up_proj.scales", "F16", {2, 512}, 2 * 512 * 2);
    st.tensor("model.layers.0.mlp.up_proj.g_idx", "I32", {256}, 256 * 4);
    nlohmann::ordered_json cfg = m.config();
    cfg["quantization_config"] = {{"quant_method", "gptq"}, {"bits", 4}, {"group_size", 128}};
    const auto r = importer::importBytes(st.bytes(), "model.safetensors", FileKind::Safetensors, cfg.dump());
    QVERIFY2(r.ok(), errorOf(r).c_str());
    QCOMPARE(r.value().model.weights->format, std::string("gptq"));
    QCOMPARE(*r.value().model.weights->parameters, std::int64_t(m.vocab * m.hidden + 256 * 512));
    QCOMPARE(*r.value().model.weights->bytes, std::int64_t(st.dataBytes));
    QCOMPARE(*r.value().model.weights->bits, std::int64_t(4));
}

void TestImport::shardedIndex()
{
    const Llama m;
    const Safetensors whole = m.safetensors();
    // Two shards: the embedding in one, everything else in the other.
    Safetensors a, b;
    nlohmann::ordered_json map = nlohmann::ordered_json::object();
    for (const auto &[name, entry] : whole.header.items()) {
        std::uint64_t n = 1;
        for (const auto &d : entry["shape"])
            n *= d.get<std::uint64_t>();
        const std::uint64_t bytes = entry["data_offsets"][1].get<std::uint64_t>() - entry["data_offsets"][0].get<std::uint64_t>();
        Safetensors &part = name == "model.embed_tokens.weight" ? a : b;
        part.tensor(name, entry["dtype"], entry["shape"].get<std::vector<std::uint64_t>>(), bytes);
        map[name] = name == "model.embed_tokens.weight" ? "model-00001-of-00002.safetensors" : "model-00002-of-00002.safetensors";
    }
    const nlohmann::ordered_json index = {{"metadata", {{"total_size", 123456789}}}, {"weight_map", map}};
    QTemporaryDir dir;
    writeFile(dir, "config.json", m.config().dump());
    const std::string indexPath = writeFile(dir, "model.safetensors.index.json", index.dump());
    writeFile(dir, "model-00001-of-00002.safetensors", a.bytes());
    writeFile(dir, "model-00002-of-00002.safetensors", b.bytes());
    auto r = importer::importModel(indexPath);
    QVERIFY2(r.ok(), errorOf(r).c_str());
    const std::int64_t params = 2 * (65536 + 2 * 32768 + 65536 + 3 * 131072 + 512) + 2 * 131072 + 256;
    QCOMPARE(*r.value().model.weights->parameters, params);
    QCOMPARE(*r.value().model.weights->bytes, params * 2);
    QCOMPARE(r.value().model.source->headerSha256, Sha256::hex(index.dump()));
    // Without the shards: the index's total_size, and a note saying so.
    QFile::remove(dir.filePath(QStringLiteral("model-00002-of-00002.safetensors")));
    r = importer::importModel(indexPath);
    QVERIFY2(r.ok(), errorOf(r).c_str());
    QCOMPARE(*r.value().model.weights->bytes, std::int64_t(123456789));
    QVERIFY(!r.value().model.weights->parameters);
    QCOMPARE(r.value().notes.size(), std::size_t(1));
}

void TestImport::ggufQ4KM_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("v3") << 3;
    QTest::newRow("v2") << 2;
}

void TestImport::ggufQ4KM()
{
    QFETCH(int, version);
    const Llama m;
    std::uint64_t bytes = 0, params = 0;
    const Gguf g = tinyGguf(m, static_cast<std::uint32_t>(version), &bytes, &params);
    QTemporaryDir dir;
    const std::string path = writeFile(dir, "tiny-Q4_K_M.gguf", g.header(), g.fileSize());
    const auto r = importer::importModel(path);
    QVERIFY2(r.ok(), errorOf(r).c_str());
    const Model &model = r.value().model;
    QCOMPARE(model.weights->format, std::string("gguf:Q4_K_M"));
    QCOMPARE(*model.weights->bytes, std::int64_t(bytes));
    QCOMPARE(*model.weights->parameters, std::int64_t(params));
    QCOMPARE(r.value().contextLength, std::int64_t(4096));
    QCOMPARE(*model.architecture->transformer.vocab, std::int64_t(512));
    QCOMPARE(*model.architecture->transformer.kvHeads, std::int64_t(2));
    QCOMPARE(*model.architecture->transformer.tiedEmbeddings, false);
    QCOMPARE(model.source->format, std::string("gguf"));
    QCOMPARE(model.source->sizeBytes, std::int64_t(g.fileSize()));
    QCOMPARE(model.source->headerSha256, Sha256::hex(g.header()));
    // The architecture counts what the file holds.
    Model typed = model;
    typed.weights.reset();
    QCOMPARE(dnn::parameterCount(scenarioOf(typed)), std::int64_t(params));
    // The estimate's weights are the file's bytes.
    QCOMPARE(estimateMemory(scenarioOf(model)).device->bytesOf("parameters"), Bytes(bytes));
}

void TestImport::ggufMixMatchesTypedFormat()
{
    // The file above follows llama-quantize's Q4_K_M rules; typing "gguf:Q4_K_M" for the
    // same architecture computes the same bytes from those rules.
    const Llama m;
    std::uint64_t bytes = 0;
    const Gguf g = tinyGguf(m, 3, &bytes);
    const auto r = importer::importBytes(g.header() + std::string(g.fileSize() - g.header().size(), '\0'), "t.gguf", FileKind::Gguf);
    QVERIFY2(r.ok(), errorOf(r).c_str());
    Model typed = r.value().model;
    typed.weights->bytes.reset();
    typed.weights->parameters.reset();
    QCOMPARE(estimateMemory(scenarioOf(typed)).device->bytesOf("parameters"), Bytes(bytes));
}

void TestImport::ggufExperts()
{
    // A tiny Mixtral as llama.cpp converts it: architecture "llama" with expert keys, the
    // experts of a layer in one 3-D tensor each (ffn_*_exps), the router in fp32.
    const std::uint32_t L = 2, h = 256, a = 4, kv = 2, f = 512, fe = 256, E = 4, V = 512;
    Gguf g(3);
    g.kvString("general.architecture", "llama");
    g.kvU32("general.file_type", 15);
    g.kvU32("llama.block_count", L);
    g.kvU32("llama.embedding_length", h);
    g.kvU32("llama.attention.head_count", a);
    g.kvU32("llama.attention.head_count_kv", kv);
    g.kvU32("llama.feed_forward_length", f);
    g.kvU32("llama.context_length", 4096);
    g.kvU32("llama.expert_count", E);
    g.kvU32("llama.expert_used_count", 2);
    g.kvU32("llama.expert_feed_forward_length", fe);
    g.kvU32("llama.attention.sliding_window", 1024);
    std::uint64_t total = 0, count = 0;
    auto add = [&](const std::string &name, std::vector<std::uint64_t> ne, std::uint32_t type) {
        std::uint64_t n = 1;
        for (auto d : ne)
            n *= d;
        const std::uint64_t b = type == 12 ? q4k(n) : n * 4;
        g.tensor(name, ne, type, b);
        total += b;
        count += n;
    };
    const std::uint64_t hd = h / a;
    add("token_embd.weight", {h, V}, 12);
    for (std::uint64_t i = 0; i < L; ++i) {
        const std::string p = "blk." + std::to_string(i) + ".";
        add(p + "attn_norm.weight", {h}, 0);
        add(p + "attn_q.weight", {h, a * hd}, 12);
        add(p + "attn_k.weight", {h, kv * hd}, 12);
        add(p + "attn_v.weight", {h, kv * hd}, 12);
        add(p + "attn_output.weight", {a * hd, h}, 12);
        add(p + "ffn_norm.weight", {h}, 0);
        add(p + "ffn_gate_inp.weight", {h, E}, 0);
        add(p + "ffn_gate_exps.weight", {h, fe, E}, 12);
        add(p + "ffn_up_exps.weight", {h, fe, E}, 12);
        add(p + "ffn_down_exps.weight", {fe, h, E}, 12);
    }
    add("output_norm.weight", {h}, 0);
    add("output.weight", {h, V}, 12);
    const auto r = importer::importBytes(g.header() + std::string(g.fileSize() - g.header().size(), '\0'), "moe.gguf",
                                         FileKind::Gguf);
    QVERIFY2(r.ok(), errorOf(r).c_str());
    const Model &model = r.value().model;
    const TransformerConfig &t = model.architecture->transformer;
    QCOMPARE(*t.moe.experts, std::int64_t(E));
    QCOMPARE(*t.moe.expertsPerToken, std::int64_t(2));
    QCOMPARE(*t.moe.expertFfnHidden, std::int64_t(fe));
    QCOMPARE(*t.ffnHidden, std::int64_t(f));
    QCOMPARE(*t.slidingWindow.window, std::int64_t(1024));
    QVERIFY(!t.slidingWindow.globalEvery);
    QCOMPARE(*model.weights->parameters, std::int64_t(count));
    QCOMPARE(*model.weights->bytes, std::int64_t(total));
    // The architecture counts what the file holds: every expert and the router.
    Model typed = model;
    typed.weights.reset();
    QCOMPARE(dnn::parameterCount(scenarioOf(typed)), std::int64_t(count));
}

void TestImport::ggufLatentAttention()
{
    // DeepSeek-V3's attention keys in llama.cpp's deepseek2 architecture (one tensor is
    // enough: the architecture is the metadata's).
    Gguf g(3);
    g.kvString("general.architecture", "deepseek2");
    g.kvU32("deepseek2.block_count", 4);
    g.kvU32("deepseek2.embedding_length", 256);
    g.kvU32("deepseek2.attention.head_count", 4);
    g.kvU32("deepseek2.attention.head_count_kv", 4);
    g.kvU32("deepseek2.feed_forward_length", 512);
    g.kvU32("deepseek2.vocab_size", 512);
    g.kvU32("deepseek2.attention.q_lora_rank", 96);
    g.kvU32("deepseek2.attention.kv_lora_rank", 64);
    g.kvU32("deepseek2.attention.key_length", 48);
    g.kvU32("deepseek2.attention.value_length", 32);
    g.kvU32("deepseek2.rope.dimension_count", 16);
    g.kvU32("deepseek2.expert_count", 8);
    g.kvU32("deepseek2.expert_used_count", 2);
    g.kvU32("deepseek2.expert_feed_forward_length", 128);
    g.kvU32("deepseek2.expert_shared_count", 1);
    g.kvU32("deepseek2.leading_dense_block_count", 1);
    g.tensor("output_norm.weight", {256}, 0, 256 * 4);
    const auto r = importer::importBytes(g.header() + std::string(g.fileSize() - g.header().size(), '\0'), "ds.gguf",
                                         FileKind::Gguf);
    QVERIFY2(r.ok(), errorOf(r).c_str());
    const TransformerConfig &t = r.value().model.architecture->transformer;
    QCOMPARE(*t.mla.qLoraRank, std::int64_t(96));
    QCOMPARE(*t.mla.kvLoraRank, std::int64_t(64));
    QCOMPARE(*t.mla.qkRopeHeadDim, std::int64_t(16));
    QCOMPARE(*t.mla.qkNopeHeadDim, std::int64_t(32));
    QCOMPARE(*t.mla.vHeadDim, std::int64_t(32));
    QVERIFY(!t.headDim);
    QCOMPARE(*t.moe.experts, std::int64_t(8));
    QCOMPARE(*t.moe.expertsPerToken, std::int64_t(2));
    QCOMPARE(*t.moe.expertFfnHidden, std::int64_t(128));
    QCOMPARE(*t.moe.sharedExperts, std::int64_t(1));
    QCOMPARE(*t.moe.firstDenseLayers, std::int64_t(1));
}

void TestImport::hostileSafetensors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    auto raw = [](const std::string &s) { return QByteArray(s.data(), static_cast<qsizetype>(s.size())); };
    std::string pastEnd;
    putLe(pastEnd, 1000, 8);
    pastEnd += "{}";
    QTest::newRow("header length past end") << raw(pastEnd)
                                            << "m.safetensors: the header length 1000 runs past the end of the file (2 bytes after the length field)";
    QTest::newRow("truncated length") << raw("abc") << "m.safetensors: the file ends inside the header length (at byte 0 of 3; truncated?)";
    auto with = [](const nlohmann::ordered_json &header, std::size_t data) {
        const std::string json = header.dump();
        std::string out;
        putLe(out, json.size(), 8);
        return out + json + std::string(data, '\0');
    };
    QTest::newRow("not an object") << raw(with({1, 2}, 0)) << "m.safetensors: the header must be a JSON object";
    QTest::newRow("unknown dtype")
        << raw(with({{"w", {{"dtype", "Q4"}, {"shape", {2}}, {"data_offsets", {0, 2}}}}}, 2))
        << "m.safetensors: tensor \"w\" has an unknown dtype \"Q4\"";
    QTest::newRow("absurd shape")
        << raw(with({{"w", {{"dtype", "F32"}, {"shape", {1000000000000ULL, 1000000000000ULL}}, {"data_offsets", {0, 4}}}}}, 4))
        << "m.safetensors: tensor \"w\" has an invalid shape [1000000000000,1000000000000]";
    QTest::newRow("negative dim")
        << raw(with({{"w", {{"dtype", "F32"}, {"shape", {-1}}, {"data_offsets", {0, 4}}}}}, 4))
        << "m.safetensors: tensor \"w\" has an invalid shape [-1]";
    QTest::newRow("offsets past end")
        << raw(with({{"w", {{"dtype", "F32"}, {"shape", {4}}, {"data_offsets", {0, 16}}}}}, 8))
        << "m.safetensors: tensor \"w\": data offsets [0,16] do not hold its 16 bytes inside the file's 8 data bytes (truncated or corrupt)";
    QTest::newRow("offsets not matching shape")
        << raw(with({{"w", {{"dtype", "F32"}, {"shape", {4}}, {"data_offsets", {0, 8}}}}}, 16))
        << "m.safetensors: tensor \"w\": data offsets [0,8] do not hold its 16 bytes inside the file's 16 data bytes (truncated or corrupt)";
    QTest::newRow("no tensors") << raw(with({{"__metadata__", {{"format", "pt"}}}}, 0)) << "m.safetensors: holds no tensors";
    QTest::newRow("no config")
        << raw(with({{"w", {{"dtype", "F32"}, {"shape", {4}}, {"data_offsets", {0, 16}}}}}, 16))
        << "m.safetensors: has tensors but no architecture: put the model's config.json beside it";
}

void TestImport::hostileSafetensors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const auto r = importer::importBytes(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                         "m.safetensors", FileKind::Safetensors);
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error().text()), message);
}

void TestImport::hostileGguf_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    auto raw = [](const std::string &s) { return QByteArray(s.data(), static_cast<qsizetype>(s.size())); };
    const Llama m;
    const Gguf good = tinyGguf(m);
    const std::string header = good.header();

    std::string magic = header;
    magic[0] = 'X';
    QTest::newRow("wrong magic") << raw(magic) << "m.gguf: is not a GGUF file: it starts with 0x58475546 instead of \"GGUF\"";
    std::string v1 = header;
    v1[4] = 1;
    QTest::newRow("version 1") << raw(v1) << "m.gguf: GGUF version 1 is not read (versions 2 and 3 are)";
    Gguf many;
    many.kvString("general.architecture", "llama");
    many.setTensorCount(1000000000);
    QTest::newRow("10^9 tensors") << raw(many.header())
                                  << QString::fromStdString("m.gguf: claims 1000000000 tensors; the remaining "
                                                            + std::to_string(many.header().size() - 24) + " bytes of the file can hold at most 1");
    // Cut 10 bytes before the end of the tensor infos: inside the last tensor's type field.
    QTest::newRow("truncated header") << raw(header.substr(0, header.size() - 10))
                                      << QStringLiteral("m.gguf: the file ends inside the tensor info (at byte ")
                                             + QString::number(header.size() - 12) + QStringLiteral(" of ")
                                             + QString::number(header.size() - 10) + QStringLiteral("; truncated?)");
    // Cut inside the vocabulary: the array's claimed length no longer fits.
    QTest::newRow("truncated vocabulary") << raw(header.substr(0, 1000))
                                          << "m.gguf: metadata key \"tokenizer.ggml.tokens\" claims 512 array elements, more than the rest of the file can hold";
    // The output tensor (256 × 512 in Q6_K: 107,520 bytes) is the last in the data.
    const std::uint64_t dataEnd = good.fileSize() - (header.size() + 31) / 32 * 32;
    QTest::newRow("tensor data past end")
        << raw(header)
        << QString::fromStdString("m.gguf: tensor \"output.weight\": data offsets [" + std::to_string(dataEnd - 107520) + ", "
                                  + std::to_string(dataEnd) + "] do not hold its 107520 bytes inside the file's 0 data bytes (truncated or corrupt)");
    // Cut inside the data: the last tensor's bytes are missing.
    QTest::newRow("truncated data")
        << raw(header + std::string(dataEnd - 1000 + ((header.size() + 31) / 32 * 32 - header.size()), '\0'))
        << QString::fromStdString("m.gguf: tensor \"output.weight\": data offsets [" + std::to_string(dataEnd - 107520) + ", "
                                  + std::to_string(dataEnd) + "] do not hold its 107520 bytes inside the file's "
                                  + std::to_string(dataEnd - 1000) + " data bytes (truncated or corrupt)");
    Gguf longString;
    std::string kv;
    putLe(kv, 0xFFFFFFFFFFFULL, 8);
    kv += "general.name";
    longString.kvRaw(kv);
    QTest::newRow("string past end") << raw(longString.header())
                                     << "m.gguf: a string of 17592186044415 bytes at byte 24 runs past the end of the file (44 bytes)";
    Gguf dims;
    dims.kvString("general.architecture", "llama");
    dims.tensor("w", {1ULL << 40, 1ULL << 40}, 0, 4);
    QTest::newRow("absurd dims") << raw(dims.header()) << "m.gguf: tensor \"w\" has an invalid shape [1099511627776, 1099511627776]";
    Gguf dimsCount;
    dimsCount.kvString("general.architecture", "llama");
    {
        std::string t;
        putLe(t, 1, 8);
        t += "w";
        putLe(t, 9, 4);
        t += std::string(40, '\0');
        dimsCount.setTensorCount(1);
        dimsCount.kvRaw("", 0);
        QTest::newRow("nine dims") << raw(dimsCount.header() + t) << "m.gguf: tensor \"w\" has 9 dimensions (1 to 4 allowed)";
    }
    Gguf type;
    type.kvString("general.architecture", "llama");
    type.tensor("w", {32}, 31, 18);
    QTest::newRow("removed type") << raw(type.header()) << "m.gguf: tensor \"w\" has an unknown GGML type 31";
    Gguf rows;
    rows.kvString("general.architecture", "llama");
    rows.tensor("w", {100, 2}, 12, 144);
    QTest::newRow("rows not whole blocks") << raw(rows.header())
                                           << "m.gguf: tensor \"w\": rows of 100 values do not fill whole Q4_K blocks of 256 values";
    Gguf array;
    {
        std::string a;
        putLe(a, 3, 8);
        a += "big";
        putLe(a, 9, 4);
        putLe(a, 4, 4);
        putLe(a, 1ULL << 60, 8);
        array.kvRaw(a);
    }
    QTest::newRow("array past end") << raw(array.header())
                                    << "m.gguf: metadata key \"big\" claims 1152921504606846976 array elements, more than the rest of the file can hold";
    Gguf nested;
    {
        std::string a;
        putLe(a, 1, 8);
        a += "n";
        putLe(a, 9, 4);
        for (int i = 0; i < 6; ++i) {
            putLe(a, 9, 4);
            putLe(a, 1, 8);
        }
        a += std::string(64, '\0');
        nested.kvRaw(a);
    }
    QTest::newRow("nested arrays") << raw(nested.header()) << "m.gguf: metadata key \"n\" nests arrays more than 4 deep";
    Gguf valueType;
    {
        std::string a;
        putLe(a, 1, 8);
        a += "v";
        putLe(a, 13, 4);
        a += std::string(16, '\0');
        valueType.kvRaw(a);
    }
    QTest::newRow("unknown value type") << raw(valueType.header()) << "m.gguf: metadata key \"v\" has an unknown value type 13";
    Gguf noArch;
    noArch.tensor("w", {32}, 0, 128);
    QTest::newRow("no architecture") << raw(noArch.header() + std::string(200, '\0'))
                                     << "m.gguf: the metadata key general.architecture is missing";
}

void TestImport::hostileGguf()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const auto r = importer::importBytes(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), "m.gguf",
                                         FileKind::Gguf);
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error().text()), message);
}

void TestImport::headerLengthBeyondCap()
{
    // A safetensors file of 300 MiB (sparse) whose header claims 200 MiB: inside the file,
    // but beyond what a header may be; nothing of that size is allocated.
    std::string head;
    putLe(head, 200ULL << 20, 8);
    QTemporaryDir dir;
    const std::string path = writeFile(dir, "big.safetensors", head, 300ULL << 20);
    const auto r = importer::importModel(path);
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error().text()),
             QStringLiteral("big.safetensors: the header is 209715200 bytes, more than the 104857600 bytes Headroom reads"));
}

void TestImport::unknownFileRefused()
{
    QTemporaryDir dir;
    auto r = importer::importModel(writeFile(dir, "weights.bin", "hello"));
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error().text()),
             QStringLiteral("weights.bin: is not a model file Headroom reads (config.json, *.safetensors, "
                            "model.safetensors.index.json, *.gguf)"));
    r = importer::importModel(dir.filePath(QStringLiteral("missing.gguf")).toStdString());
    QVERIFY(!r.ok());
    QVERIFY(r.error().text().rfind("missing.gguf: cannot be read: ", 0) == 0);
}

QTEST_APPLESS_MAIN(TestImport)
#include "test_import.moc"
