// torchvision 0.14 networks as layer graphs with shape inference. Which tensors are new
// and which are shared follows the modules' forward code: ReLU/ReLU6/SiLU(inplace=True)
// overwrite the batch-norm output, so one tensor serves as the activation's saved
// result and the next convolution's saved input.

#include "engine/dnn/networks.h"

#include <algorithm>

namespace headroom::dnn {
namespace {

struct Img {
    std::int64_t c = 3, h = 1, w = 1;
    [[nodiscard]] std::int64_t n() const { return satMul(c, h, w); }
};

std::int64_t outSize(std::int64_t x, int k, int s, int p)
{
    return std::max<std::int64_t>(1, (x + 2 * p - k) / s + 1);
}

/// A convolution's output shape and parameters (it saves its input, which the caller
/// has already counted as the producer's output).
Img conv(Tape &t, const Img &in, std::int64_t cout, int k, int s, int p, std::int64_t groups = 1, bool bias = false)
{
    Img out{cout, outSize(in.h, k, s, p), outSize(in.w, k, s, p)};
    t.addMatrix(cout, satMul(in.c / std::max<std::int64_t>(1, groups), k * k));
    if (bias)
        t.addParams(cout);
    t.transient(out.n(), t.act());
    t.live(satMul(satAdd(in.n(), out.n()), t.act()));
    return out;
}

/// How an in-place activation after batch norm is saved: ReLU's backward needs only its
/// result; SiLU needs its input, so autograd clones the batch-norm output before
/// overwriting it (checked with saved_tensors_hooks on torch 1.13); ReLU6 (hardtanh_)
/// does the same from PyTorch 1.10 on and used its result before (TapeOptions).
enum class InPlace { Relu, Relu6, ClonesInput };

/// Convolution + batch norm + in-place activation: saves the convolution's output
/// (batch norm's input), the activated output and, where autograd makes one, the clone.
Img convBnAct(Tape &t, const Img &in, std::int64_t cout, int k, int s, int p, std::int64_t groups = 1,
              InPlace act = InPlace::Relu)
{
    Img out = conv(t, in, cout, k, s, p, groups);
    t.addParams(2 * cout); // batch-norm weight and bias
    t.saveAct(out.n());
    t.saveAct(out.n());
    if (act == InPlace::ClonesInput || (act == InPlace::Relu6 && t.options().hardtanhClonesInput))
        t.saveAct(out.n());
    return out;
}

/// Convolution + batch norm without activation: saves the convolution's output; the
/// batch-norm output is consumed by an add (nothing saved) or by the next layer.
Img convBn(Tape &t, const Img &in, std::int64_t cout, int k, int s, int p)
{
    Img out = conv(t, in, cout, k, s, p);
    t.addParams(2 * cout);
    t.saveAct(out.n());
    return out;
}

void classifierLoss(Tape &t, std::int64_t features, std::int64_t outputs, bool dropout)
{
    // Global average pool (saves its input, already counted) → [dropout] → Linear.
    t.saveAct(features); // pooled features: saved by the linear layer (or dropout)
    if (dropout && t.options().training) {
        t.save(features, t.options().mask);
        t.saveAct(features); // dropout output, saved by the linear layer
    }
    t.addMatrix(outputs, features);
    t.addParams(outputs);
    t.endLayer();
    // cross_entropy = log_softmax (saves its output) + nll_loss; the logits exist meanwhile.
    t.save(outputs, t.wide());
    t.transient(outputs, t.wide());
    t.live(satMul(satAdd(features, outputs), t.act()));
    t.endLayer();
}

void resnet(Tape &t, const Img &input, std::int64_t outputs, const int (&blocks)[4], bool bottleneck)
{
    Img x = convBnAct(t, input, 64, 7, 2, 3);
    // Max-pool 3×3/2 saves its input (counted) and int64 indices of its output's size.
    x = Img{64, outSize(x.h, 3, 2, 1), outSize(x.w, 3, 2, 1)};
    t.save(x.n(), 8);
    t.saveAct(x.n());
    t.endLayer();
    std::int64_t inplanes = 64;
    for (int stage = 0; stage < 4; ++stage) {
        const std::int64_t planes = 64LL << stage;
        for (int i = 0; i < blocks[stage]; ++i) {
            const int stride = (stage > 0 && i == 0) ? 2 : 1;
            const std::int64_t expansion = bottleneck ? 4 : 1;
            Img y;
            if (bottleneck) {
                y = convBnAct(t, x, planes, 1, 1, 0);
                y = convBnAct(t, y, planes, 3, stride, 1);
                y = convBn(t, y, planes * 4, 1, 1, 0);
            } else {
                y = convBnAct(t, x, planes, 3, stride, 1);
                y = convBn(t, y, planes, 3, 1, 1);
            }
            if (stride != 1 || inplanes != planes * expansion)
                convBn(t, x, planes * expansion, 1, stride, 0); // downsample of the identity
            t.saveAct(y.n()); // relu(out + identity), in place: saved as its result
            t.live(satMul(satAdd(x.n(), satMul(y.n(), 2)), t.act()));
            t.endLayer();
            x = y;
            inplanes = planes * expansion;
        }
    }
    classifierLoss(t, x.c, outputs, false);
}

void vgg16(Tape &t, const Img &input, std::int64_t outputs)
{
    static constexpr int kCfg[] = {64, 64, 0, 128, 128, 0, 256, 256, 256, 0, 512, 512, 512, 0, 512, 512, 512, 0};
    Img x = input;
    for (int c : kCfg) {
        if (c == 0) {
            x = Img{x.c, outSize(x.h, 2, 2, 0), outSize(x.w, 2, 2, 0)};
            t.save(x.n(), 8); // indices
            t.saveAct(x.n()); // pooled output, saved by the next layer
        } else {
            x = conv(t, x, c, 3, 1, 1, 1, true);
            t.saveAct(x.n()); // conv output = ReLU(inplace) result
        }
        t.endLayer();
    }
    // Adaptive average pool to 7×7, then Linear-ReLU-Dropout twice and the classifier.
    const std::int64_t flat = 512 * 7 * 7;
    t.saveAct(flat);
    const std::int64_t widths[] = {4096, 4096};
    std::int64_t in = flat;
    for (std::int64_t w : widths) {
        t.addMatrix(w, in);
        t.addParams(w);
        t.saveAct(w); // linear output = ReLU(inplace) result
        if (t.options().training) {
            t.save(w, t.options().mask);
            t.saveAct(w); // dropout output, saved by the next linear layer
        }
        t.endLayer();
        in = w;
    }
    t.addMatrix(outputs, in);
    t.addParams(outputs);
    t.endLayer();
    t.save(outputs, t.wide());
    t.transient(outputs, t.wide());
    t.endLayer();
}

std::int64_t makeDivisible(double v, int divisor = 8)
{
    auto n = std::max<std::int64_t>(divisor, (static_cast<std::int64_t>(v + divisor / 2.0) / divisor) * divisor);
    if (static_cast<double>(n) < 0.9 * v)
        n += divisor;
    return n;
}

void mobilenetV2(Tape &t, const Img &input, std::int64_t outputs)
{
    struct Stage { int t, c, n, s; };
    static constexpr Stage kStages[] = {{1, 16, 1, 1}, {6, 24, 2, 2}, {6, 32, 3, 2}, {6, 64, 4, 2},
                                        {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}};
    Img x = convBnAct(t, input, 32, 3, 2, 1, 1, InPlace::Relu6);
    t.endLayer();
    for (const Stage &st : kStages) {
        for (int i = 0; i < st.n; ++i) {
            const int stride = i == 0 ? st.s : 1;
            const std::int64_t hidden = x.c * st.t;
            Img y = x;
            if (st.t != 1)
                y = convBnAct(t, y, hidden, 1, 1, 0, 1, InPlace::Relu6);
            y = convBnAct(t, y, hidden, 3, stride, 1, hidden, InPlace::Relu6);
            y = convBn(t, y, st.c, 1, 1, 0);
            t.saveAct(y.n()); // block output (after the residual add), saved by the next conv
            t.endLayer();
            x = y;
        }
    }
    x = convBnAct(t, x, 1280, 1, 1, 0, 1, InPlace::Relu6);
    t.endLayer();
    classifierLoss(t, x.c, outputs, true);
}

void efficientnetB0(Tape &t, const Img &input, std::int64_t outputs)
{
    struct Stage { int expand, k, s, in, out, n; };
    static constexpr Stage kStages[] = {{1, 3, 1, 32, 16, 1},   {6, 3, 2, 16, 24, 2},  {6, 5, 2, 24, 40, 2},
                                        {6, 3, 2, 40, 80, 3},   {6, 5, 1, 80, 112, 3}, {6, 5, 2, 112, 192, 4},
                                        {6, 3, 1, 192, 320, 1}};
    Img x = convBnAct(t, input, 32, 3, 2, 1, 1, InPlace::ClonesInput);
    t.endLayer();
    int block = 0;
    for (const Stage &st : kStages) {
        for (int i = 0; i < st.n; ++i, ++block) {
            const int stride = i == 0 ? st.s : 1;
            const std::int64_t in = i == 0 ? st.in : st.out;
            const std::int64_t expanded = makeDivisible(static_cast<double>(in) * st.expand);
            Img y = x;
            if (expanded != in)
                y = convBnAct(t, y, expanded, 1, 1, 0, 1, InPlace::ClonesInput);
            y = convBnAct(t, y, expanded, st.k, stride, st.k / 2, expanded, InPlace::ClonesInput);
            // Squeeze-and-excitation: pool → 1×1 conv → SiLU → 1×1 conv → sigmoid → scale.
            const std::int64_t squeeze = std::max<std::int64_t>(1, in / 4);
            t.addMatrix(squeeze, expanded);
            t.addMatrix(expanded, squeeze);
            t.addParams(squeeze + expanded);
            t.saveAct(expanded);          // pooled, saved by fc1
            t.saveAct(2 * squeeze);       // fc1 output (SiLU input) and SiLU output
            t.saveAct(expanded);          // sigmoid output, saved by the scaling multiply
            t.saveAct(y.n());             // scaled features, saved by the projection conv
            y = convBn(t, y, st.out, 1, 1, 0);
            const bool residual = stride == 1 && in == st.out;
            if (residual && block > 0 && t.options().training)
                t.saveAct(y.n()); // stochastic depth: the scaled branch is a new tensor
            t.saveAct(y.n());     // block output, saved by the next conv
            t.endLayer();
            x = y;
        }
    }
    x = convBnAct(t, x, 1280, 1, 1, 0, 1, InPlace::ClonesInput);
    t.endLayer();
    classifierLoss(t, x.c, outputs, true);
}

void vitB16(Tape &t, const Img &input, std::int64_t outputs)
{
    constexpr std::int64_t h = 768, heads = 12, f = 3072, layers = 12, patch = 16;
    const std::int64_t tokens = satAdd(satMul(input.h / patch, input.w / patch), 1);
    const std::int64_t sh = satMul(tokens, h);
    // Patch embedding (conv 16×16/16 with bias), class token, position embedding.
    t.addMatrix(h, satMul(input.c, patch * patch));
    t.addParams(h);
    t.addParams(h);
    t.addParams(sh);
    t.saveAct(sh); // encoder input (after the position add), saved by the first LayerNorm
    t.live(satMul(satAdd(input.n(), satMul(sh, 2)), t.act()));
    t.endLayer();
    // Encoder block (nn.MultiheadAttention, need_weights=False, dropout 0): LayerNorm
    // output, scaled q, k, v, softmax probabilities, attention output, residual sum,
    // second LayerNorm output, MLP hidden before and after GELU, block output.
    t.setRepeat(layers);
    t.addParams(4 * h);                              // two LayerNorms
    t.addMatrix(3 * h, h); // in_proj
    t.addMatrix(h, h);     // out_proj
    t.addMatrix(f, h);
    t.addMatrix(h, f);
    t.addParams(3 * h + h + f + h); // their biases
    for (int i = 0; i < 8; ++i)
        t.saveAct(sh);
    t.saveAct(satMul(heads, tokens, tokens));
    t.saveAct(satMul(tokens, f));
    t.saveAct(satMul(tokens, f));
    t.save(4 * tokens, 4); // LayerNorm means and reciprocal deviations (fp32)
    t.transient(satMul(heads, tokens, tokens), t.act());
    t.transient(satMul(tokens, f), t.act());
    t.live(satMul(satAdd(satMul(sh, 3), satMul(heads, tokens, tokens) * 2), t.act()));
    t.live(satMul(satAdd(satMul(sh, 2), satMul(tokens, f) * 2), t.act()));
    t.endLayer();
    // Final LayerNorm, class token → head.
    t.addParams(2 * h);
    t.saveAct(sh);
    t.addMatrix(outputs, h);
    t.addParams(outputs);
    t.endLayer();
    t.save(outputs, t.wide());
    t.transient(outputs, t.wide());
    t.endLayer();
}

} // namespace

bool recordVision(std::string_view preset, const InputShape &image, std::int64_t outputs, Tape &tape)
{
    const Img in{image.channels, image.height, image.width};
    static constexpr int kR18[4] = {2, 2, 2, 2}, kR34[4] = {3, 4, 6, 3}, kR101[4] = {3, 4, 23, 3};
    if (preset == "resnet18")
        resnet(tape, in, outputs, kR18, false);
    else if (preset == "resnet34")
        resnet(tape, in, outputs, kR34, false);
    else if (preset == "resnet50")
        resnet(tape, in, outputs, kR34, true);
    else if (preset == "resnet101")
        resnet(tape, in, outputs, kR101, true);
    else if (preset == "vgg16")
        vgg16(tape, in, outputs);
    else if (preset == "mobilenet_v2")
        mobilenetV2(tape, in, outputs);
    else if (preset == "efficientnet_b0")
        efficientnetB0(tape, in, outputs);
    else if (preset == "vit_b_16")
        vitB16(tape, in, outputs);
    else
        return false;
    return true;
}

} // namespace headroom::dnn
