#include "report/reportcontent.h"

#include "common/errortext.h"
#include "common/format.h"
#include "engine/dnn/dnn.h"
#include "engine/engine.h"
#include "engine/fit/fit.h"
#include "engine/fit/sweep.h"
#include "engine/serving/serving.h"
#include "report/calibration.h"
#include "scenario/model_keys.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace headroom::ui::report {
namespace {

QString esc(const std::string &s) { return QString::fromStdString(s).toHtmlEscaped(); }
QString esc(const QString &s) { return s.toHtmlEscaped(); }
template <typename E>
QString name(E value) { return QString::fromLatin1(toString(value).data(), static_cast<qsizetype>(toString(value).size())); }

QString count(std::int64_t n) { return QLocale().toString(static_cast<qlonglong>(n)); }
QString number(double v, int decimals = 2)
{
    QString s = QLocale().toString(v, 'f', decimals);
    const QChar point = QLocale().decimalPoint().at(0);
    if (s.contains(point)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(1);
    }
    return s;
}
QString percent(double fraction) { return Report::tr("%1 %").arg(number(fraction * 100.0, 0)); }
QString percent1(double fraction) { return Report::tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1)); }
QString size(Bytes b) { return formatSize(b); }
QString gib(double v) { return formatSize(static_cast<Bytes>(std::llround(v * static_cast<double>(GiB)))); }

QString price(const Machine &m)
{
    if (!m.price)
        return Report::tr("not given");
    return esc(formatMoney(*m.price, QString::fromStdString(m.currency)));
}

QString heading(int level, const QString &numberText, const QString &title, bool pageBreak = false)
{
    return QStringLiteral("<h%1%4>%2&#160;&#160;%3</h%1>")
        .arg(level)
        .arg(numberText, esc(title), pageBreak ? QStringLiteral(" style=\"page-break-before: always\"") : QString());
}

/// A table with a header row that repeats on each page; cells are HTML already escaped.
class Table
{
public:
    Table(const QStringList &headers, const QList<int> &widths, const QList<bool> &rightAligned = {})
        : m_right(rightAligned)
    {
        m_html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>");
        for (int i = 0; i < headers.size(); ++i)
            m_html += QStringLiteral("<th width=\"%1%\"%2>%3</th>")
                          .arg(widths.value(i, 10))
                          .arg(align(i), esc(headers.at(i)));
        m_html += QStringLiteral("</tr></thead>");
    }
    void row(const QStringList &cells, bool total = false)
    {
        m_html += total ? QStringLiteral("<tr class=\"total\">")
                        : (m_rows++ % 2 ? QStringLiteral("<tr class=\"odd\">") : QStringLiteral("<tr>"));
        for (int i = 0; i < cells.size(); ++i)
            m_html += QStringLiteral("<td%1>%2</td>").arg(align(i), total ? QStringLiteral("<b>%1</b>").arg(cells.at(i)) : cells.at(i));
        m_html += QStringLiteral("</tr>");
    }
    QString html() const { return m_html + QStringLiteral("</table><p style=\"font-size: 4pt\">&#160;</p>"); }

private:
    QString align(int column) const { return m_right.value(column) ? QStringLiteral(" align=\"right\"") : QString(); }
    QString m_html;
    QList<bool> m_right;
    int m_rows = 0;
};

/// Two-column table of settings (label, value).
class Settings
{
public:
    void add(const QString &label, const QString &valueHtml) { m_rows.append({esc(label), valueHtml}); }
    QString html() const
    {
        Table t({Report::tr("Setting"), Report::tr("Value")}, {38, 62});
        for (const auto &r : m_rows)
            t.row(r);
        return t.html();
    }

private:
    QList<QStringList> m_rows;
};

QString componentLabel(const std::string &key) { return componentName(key); }

/// The job computes on GPUs (the device breakdown may still be missing while an engine
/// does not model the model's own memory).
bool gpuJob(const ReportData &d) { return d.scenario.device() == Device::Gpu; }
/// There is a per-device breakdown to chart.
bool deviceCurve(const ReportData &d) { return d.estimate.device.has_value(); }

/// What candidate `f` lacks compared to the recommendation, in one phrase.
QString shortfall(const ReportData &d, const CandidateFit &f)
{
    const Estimate &e = d.estimate;
    if (f.level != FitLevel::Fits)
        return esc(fitProblemsText(f));
    if (d.recommended) {
        const Machine &best = e.candidates[*d.recommended].machine;
        if (f.machine.price && best.price && f.machine.currency == best.currency && *f.machine.price > *best.price)
            return Report::tr("it fits with the margin too, but costs %1 more")
                .arg(esc(formatMoney(*f.machine.price - *best.price, QString::fromStdString(f.machine.currency))));
    }
    return Report::tr("it fits with the margin too, but has more memory than the job needs");
}

QString verdict(const ReportData &d, std::size_t i)
{
    const CandidateFit &f = d.estimate.candidates[i];
    if (d.recommended && *d.recommended == i)
        return QStringLiteral("<b>%1</b>").arg(esc(Report::tr("Recommended")));
    if (f.level == FitLevel::Fits)
        return esc(Report::tr("Fits with margin"));
    if (f.level == FitLevel::NoMargin)
        return esc(Report::tr("Fits, no margin"));
    return QStringLiteral("<span class=\"bad\">%1</span>").arg(esc(Report::tr("Does not fit")));
}

QString signedSize(Bytes b)
{
    if (b < 0)
        return QStringLiteral("<span class=\"bad\">%1</span>").arg(esc(Report::tr("%1 short").arg(size(-b))));
    return esc(size(b));
}

QString shape(const InputShape &in)
{
    switch (in.kind) {
    case InputKind::Tabular:
        return Report::tr("%1 features (tabular)").arg(count(in.features));
    case InputKind::Image:
        return Report::tr("%1 × %2 pixels, %3 channels (image)").arg(count(in.height), count(in.width), count(in.channels));
    case InputKind::Sequence:
        return Report::tr("%1 steps × %2 features (sequence)").arg(count(in.length), count(in.features));
    case InputKind::Tokens:
        return Report::tr("%1 tokens (text)").arg(count(in.length));
    }
    return {};
}

/// Every transformer key that is set, as "key value" (moe.experts 8), from core's table.
QString transformerKeys(const TransformerConfig &t)
{
    QStringList parts;
    for (const ModelKey &k : headroom::transformerKeys()) {
        if (!k.isSet(t))
            continue;
        QString value;
        switch (k.kind) {
        case ModelKeyKind::Int: value = count(*k.getInt(t)); break;
        case ModelKeyKind::Bool: value = *k.getInt(t) != 0 ? QStringLiteral("true") : QStringLiteral("false"); break;
        case ModelKeyKind::Number: value = QLocale().toString(*k.getNumber(t)); break;
        case ModelKeyKind::Enum: {
            const std::string_view v = k.choices()[static_cast<std::size_t>(*k.getInt(t))];
            value = QString::fromLatin1(v.data(), static_cast<qsizetype>(v.size()));
            break;
        }
        }
        parts << QStringLiteral("%1 %2").arg(QString::fromStdString(k.path()), value);
    }
    return parts.join(QStringLiteral(", "));
}

QString architecture(const Model &m)
{
    if (!m.architecture)
        return Report::tr("not given");
    const Architecture &a = *m.architecture;
    switch (a.kind) {
    case ArchitectureKind::Preset: {
        const QString overrides = transformerKeys(a.transformer);
        QString text = Report::tr("Preset %1").arg(esc(a.preset));
        if (a.outputs)
            text += QStringLiteral(", ") + Report::tr("%1 outputs").arg(count(*a.outputs));
        if (!overrides.isEmpty())
            text += QStringLiteral(" (") + esc(overrides) + QStringLiteral(")");
        return text;
    }
    case ArchitectureKind::Mlp: {
        QStringList widths;
        for (auto h : a.hidden)
            widths << count(h);
        return Report::tr("Fully connected: hidden layers %1, %2 outputs, %3 activation")
            .arg(widths.isEmpty() ? Report::tr("none") : widths.join(QStringLiteral(" → ")), count(a.outputs.value_or(1)),
                 name(a.activation));
    }
    case ArchitectureKind::Rnn:
        return Report::tr("Recurrent (%1): %2 layers × %3 hidden%4, %5 outputs")
            .arg(name(a.cell), count(a.rnnLayers), count(a.rnnHidden),
                 a.bidirectional ? Report::tr(", bidirectional") : QString(), count(a.outputs.value_or(1)));
    case ArchitectureKind::Transformer:
        return Report::tr("Transformer: %1").arg(esc(transformerKeys(a.transformer)));
    case ArchitectureKind::Custom:
        return Report::tr("Custom: %1 parameters, %2 of saved activations per sample")
            .arg(count(a.parameters), size(a.activationBytesPerSample));
    }
    return {};
}

/// Where the adapters sit and their dropout, after the rank.
QString adapterDetails(const Finetune &f)
{
    QString text;
    if (f.targets == kLoraAllLinear) {
        text = Report::tr(", on every linear layer");
    } else if (f.targets != kLoraAttention) {
        text = Report::tr(", on %1").arg(QString::fromStdString(loraLayerList(f.targets)));
    }
    if (f.dropout > 0.0)
        text += Report::tr(", dropout %1").arg(number(f.dropout));
    return text;
}

QString finetune(const Finetune &f)
{
    switch (f.method) {
    case FinetuneMethod::Full:
        return Report::tr("All parameters trained");
    case FinetuneMethod::Frozen:
        return Report::tr("Partly frozen: %1 of the parameters trained").arg(percent(f.trainableFraction));
    case FinetuneMethod::Lora:
        return Report::tr("LoRA, rank %1").arg(count(f.rank)) + adapterDetails(f);
    case FinetuneMethod::Qlora:
        return Report::tr("QLoRA, rank %1 over a 4-bit %2 base%3").arg(count(f.rank), name(f.quantType),
                                                                        f.doubleQuant ? Report::tr(", double quantisation") : QString())
               + adapterDetails(f);
    }
    return {};
}

} // namespace

QString styleSheet()
{
    // Lengths in CSS pixels (QTextDocument scales them to the device; it ignores "pt" for
    // margins); font sizes in points.
    auto m = [](double cssPixels) { return QString::number(cssPixels, 'f', 1); };
    return QStringLiteral(
               "body { color: #1d1d1f; }"
               "h1 { color: #1f3a5f; font-size: 15pt; font-weight: 600; margin-top: %1px; margin-bottom: %2px; }"
               "h2 { color: #1f3a5f; font-size: 11pt; font-weight: 600; margin-top: %3px; margin-bottom: %4px; }"
               "p { margin-top: 0px; margin-bottom: %5px; }"
               "p.lead { font-size: 11pt; margin-bottom: %6px; }"
               "p.caption { font-size: 8pt; color: #4a5563; margin-top: %7px; margin-bottom: %8px; }"
               "p.formula { margin-left: %9px; margin-bottom: 1px; font-family: 'DejaVu Sans Mono'; font-size: 8pt; }"
               "table.grid { border-width: 1px; border-style: solid; border-color: #b8c2cf; border-collapse: collapse; "
               "font-size: 8.5pt; }"
               "table.grid th { background-color: #e4eaf2; color: #1f3a5f; font-weight: 600; text-align: left; }"
               "table.grid td { border-color: #b8c2cf; }"
               "tr.odd { background-color: #f6f8fb; }"
               "tr.total { background-color: #e4eaf2; }"
               "span.bad { color: #a61b1b; }"
               "span.detail { color: #4a5563; font-size: 7.5pt; }"
               "li { margin-bottom: %10px; }")
        .arg(m(14), m(8), m(12), m(5), m(7), m(9), m(3), m(12), m(24))
        .arg(m(3));
}

QStringList sectionTitles()
{
    return {Report::tr("Executive summary"),       Report::tr("Inputs"),
            Report::tr("Memory breakdown"),        Report::tr("Memory against batch and dataset size"),
            Report::tr("Hardware comparison"),     Report::tr("Optimisation suggestions"),
            Report::tr("Assumptions and method")};
}

QString recommendationHeadline(const ReportData &d)
{
    if (d.recommended)
        return QString::fromStdString(d.estimate.candidates[*d.recommended].machine.name);
    if (d.estimate.candidates.empty())
        return Report::tr("No candidate machines named");
    return Report::tr("None of the candidates fits with the safety margin");
}

QString executiveSummary(const ReportData &d, int n)
{
    const Estimate &e = d.estimate;
    const Scenario &s = d.scenario;
    const Recommendation &r = e.recommendation;
    const bool gpu = gpuJob(d);
    QString html = heading(1, QString::number(n), Report::tr("Executive summary"));

    if (d.recommended) {
        const CandidateFit &best = e.candidates[*d.recommended];
        const Machine &m = best.machine;
        html += QStringLiteral("<p class=\"lead\">%1</p>")
                    .arg(m.price ? Report::tr("Recommended machine: <b>%1</b>, %2.").arg(esc(m.name), price(m))
                                 : Report::tr("Recommended machine: <b>%1</b>.").arg(esc(m.name)));
        const bool priced = std::any_of(e.candidates.begin(), e.candidates.end(), [](const CandidateFit &f) { return f.machine.price.has_value(); });
        QString why = priced ? Report::tr("Of the %n candidate machine(s), it is the least expensive that holds the job with the %1 safety margin.", nullptr, static_cast<int>(e.candidates.size()))
                             : Report::tr("Of the %n candidate machine(s), it is the one with the least memory that holds the job with the %1 safety margin.", nullptr, static_cast<int>(e.candidates.size()));
        why = why.arg(percent(s.system.headroomFraction));
        QString has = gpu ? Report::tr("It has %1 of host RAM and %n GPU(s) with %2 each.", nullptr, static_cast<int>(m.gpuCount))
                                .arg(size(m.hostRam), size(m.gpuMemory))
                          : Report::tr("It has %1 of host RAM.").arg(size(m.hostRam));
        html += QStringLiteral("<p>%1 %2</p>").arg(why, has);
        if (s.run.serving) {
            if (best.maxConcurrentSequences)
                html += QStringLiteral("<p>%1</p>")
                            .arg(Report::tr("On this machine at most <b>%1</b> sequences of %2 tokens fit at once (the scenario serves %3); at %3 sequences the context can grow to <b>%4</b> tokens.")
                                     .arg(count(*best.maxConcurrentSequences), count(axisValue(s, SweepAxis::Context)),
                                          count(axisValue(s, SweepAxis::Sequences)), count(best.maxContextTokens.value_or(0))));
        } else if (best.maxBatchSize)
            html += QStringLiteral("<p>%1</p>")
                        .arg(Report::tr("On this machine the largest batch that fits (without the safety margin) is <b>%1</b> samples per device; the scenario uses %2.")
                                 .arg(count(*best.maxBatchSize), count(s.run.batchSize)));
        else if (isDeepLearning(s.model.framework))
            html += QStringLiteral("<p>%1</p>").arg(Report::tr("The largest batch that fits this machine could not be determined."));
        if (best.maxSamplesInMemory && s.dataset.storage == Storage::InMemory)
            html += QStringLiteral("<p>%1</p>")
                        .arg(Report::tr("Held in memory, the dataset could grow to %1 samples before it no longer fits (now %2).")
                                 .arg(count(*best.maxSamplesInMemory), count(s.dataset.samples)));
    } else if (e.candidates.empty()) {
        html += QStringLiteral("<p class=\"lead\">%1</p>").arg(Report::tr("The scenario names no candidate machines; the sizes to buy are below."));
    } else {
        html += QStringLiteral("<p class=\"lead\">%1</p>")
                    .arg(Report::tr("<b>None of the %n candidate machine(s)</b> holds the job with the %1 safety margin.", nullptr,
                                    static_cast<int>(e.candidates.size()))
                             .arg(percent(s.system.headroomFraction)));
        html += QStringLiteral("<p>%1</p>")
                    .arg(gpu && e.device ? Report::tr("Look for a machine with at least %1 of host RAM and GPUs with at least %2 each.")
                                   .arg(size(r.hostPurchasable), r.devicePurchasable > 0 ? size(r.devicePurchasable) : size(r.deviceRecommended))
                             : Report::tr("Look for a machine with at least %1 of host RAM.").arg(size(r.hostPurchasable)));
    }

    // Key figures.
    QStringList headers = {Report::tr("Memory"), Report::tr("Host RAM, one machine")};
    if (gpu)
        headers << Report::tr("Per GPU (%n GPU(s))", nullptr, static_cast<int>(s.cluster.devices()));
    Table t(headers, gpu ? QList<int>{46, 27, 27} : QList<int>{60, 40}, {false, true, true});
    auto row = [&](const QString &label, Bytes host, std::optional<Bytes> device, bool total = false) {
        QStringList cells = {esc(label), esc(size(host))};
        if (gpu)
            cells << (device ? esc(size(*device)) : QStringLiteral("—"));
        t.row(cells, total);
    };
    row(Report::tr("Peak use of the job"), e.host.peak, e.device ? std::optional<Bytes>(e.device->peak) : std::nullopt);
    row(s.system.otherProcessesGib > 0
            ? Report::tr("Minimum (with %1 OS reserve and %2 for other programs)").arg(gib(s.system.osReservedGib), gib(s.system.otherProcessesGib))
            : Report::tr("Minimum (with %1 OS reserve)").arg(gib(s.system.osReservedGib)),
        r.hostMinimum, e.device ? std::optional<Bytes>(r.deviceMinimum) : std::nullopt);
    row(Report::tr("Recommended (minimum + %1 safety margin)").arg(percent(s.system.headroomFraction)), r.hostRecommended,
        e.device ? std::optional<Bytes>(r.deviceRecommended) : std::nullopt, true);
    row(Report::tr("Smallest common size to buy"), r.hostPurchasable,
        e.device && r.devicePurchasable > 0 ? std::optional<Bytes>(r.devicePurchasable) : std::nullopt);
    html += t.html();

    if (e.candidates.size() > (d.recommended ? 1u : 0u)) {
        html += heading(2, QStringLiteral("%1.1").arg(n), d.recommended ? Report::tr("What the other candidates lack")
                                                                          : Report::tr("What the candidates lack"));
        html += QStringLiteral("<ul>");
        for (std::size_t i = 0; i < e.candidates.size(); ++i) {
            if (d.recommended && *d.recommended == i)
                continue;
            const CandidateFit &f = e.candidates[i];
            html += QStringLiteral("<li><b>%1</b>: %2.</li>").arg(esc(f.machine.name), shortfall(d, f));
        }
        html += QStringLiteral("</ul>");
    }
    if (!e.warnings.empty()) {
        html += heading(2, QStringLiteral("%1.%2").arg(n).arg(e.candidates.size() > (d.recommended ? 1u : 0u) ? 2 : 1),
                        Report::tr("Warnings"));
        html += QStringLiteral("<ul>");
        for (const Warning &w : e.warnings)
            html += QStringLiteral("<li>%1</li>").arg(esc(warningText(w)));
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString inputsSection(const ReportData &d, int n)
{
    const Scenario &s = d.scenario;
    QString html = heading(1, QString::number(n), Report::tr("Inputs"), true);
    html += QStringLiteral("<p>%1</p>").arg(Report::tr("Every setting of the scenario, grouped as in the sizing wizard."));

    Settings data;
    const Dataset &ds = s.dataset;
    data.add(Report::tr("Samples"), count(ds.samples));
    data.add(Report::tr("One sample"), esc(shape(ds.input)));
    data.add(Report::tr("Element type"), name(ds.dtype));
    data.add(Report::tr("Layout"), ds.layout == Layout::Csr
                                       ? Report::tr("Compressed sparse rows, density %1, %2 indices").arg(number(ds.effectiveDensity(), 4), name(ds.indexDtype))
                                       : Report::tr("Dense"));
    data.add(Report::tr("Targets per sample"),
             ds.targets.count == 0 ? Report::tr("none") : QStringLiteral("%1 × %2").arg(count(ds.targets.count), name(ds.targets.dtype)));
    data.add(Report::tr("Storage"), name(ds.storage));
    data.add(Report::tr("Preprocessing copies"), count(ds.preprocessingCopies));
    html += heading(2, QStringLiteral("%1.1").arg(n), Report::tr("Dataset")) + data.html();

    Settings model;
    model.add(Report::tr("Framework"), name(s.model.framework));
    if (isDeepLearning(s.model.framework)) {
        model.add(Report::tr("Architecture"), architecture(s.model));
        const dnn::ParameterCounts pc = dnn::parameterCounts(s);
        if (pc.total > 0)
            model.add(Report::tr("Parameters"), pc.active < pc.total
                                                    ? Report::tr("%1 total, %2 active per token").arg(count(pc.total), count(pc.active))
                                                    : count(pc.total));
    } else {
        model.add(Report::tr("Estimator"), esc(s.model.estimator));
        model.add(Report::tr("Parameters"), s.model.params.empty() ? Report::tr("library defaults") : esc(s.model.params.dump()));
    }
    html += heading(2, QStringLiteral("%1.2").arg(n), Report::tr("Model")) + model.html();

    Settings run;
    const Run &r = s.run;
    run.add(Report::tr("Task"), name(r.task));
    run.add(Report::tr("Device"), name(s.device()));
    run.add(Report::tr("Batch size (per device)"), count(r.batchSize));
    run.add(Report::tr("Precision"), name(r.precision));
    if (r.task == Task::Train) {
        run.add(Report::tr("Optimizer"), name(r.optimizer));
        run.add(Report::tr("Activation checkpointing"), name(r.checkpointing));
        run.add(Report::tr("Gradient accumulation"), Report::tr("%n micro-batch(es) per step", nullptr, static_cast<int>(r.gradientAccumulation)));
        run.add(Report::tr("Optimizer step"), r.optimizerStep ? name(*r.optimizerStep) : Report::tr("framework default"));
        if (r.lossChunks > 1)
            run.add(Report::tr("Loss chunks"), count(r.lossChunks));
        if (r.loss == Loss::Sum)
            run.add(Report::tr("Loss"), Report::tr("sum of the outputs (no cross-entropy)"));
        run.add(Report::tr("torch.compile"), r.compile ? Report::tr("on") : Report::tr("off"));
        run.add(Report::tr("Activation offloading"), r.activationOffload ? Report::tr("on") : Report::tr("off"));
        run.add(Report::tr("Fine-tuning"), esc(finetune(r.finetune)));
    }
    if (r.generation)
        run.add(Report::tr("Generation"), Report::tr("%1 prompt tokens + %2 new tokens").arg(count(r.generation->promptTokens), count(r.generation->newTokens)));
    run.add(Report::tr("Data loader"), Report::tr("%1 workers, prefetch factor %2, pinned memory %3")
                                           .arg(count(r.dataloader.workers), count(r.dataloader.prefetchFactor),
                                                r.dataloader.pinMemory ? Report::tr("on") : Report::tr("off")));
    html += heading(2, QStringLiteral("%1.3").arg(n), Report::tr("Batch and training")) + run.html();

    Settings hw;
    const Cluster &c = s.cluster;
    hw.add(Report::tr("Machines × GPUs per machine"), QStringLiteral("%1 × %2").arg(count(c.nodes), count(c.gpusPerNode)));
    hw.add(Report::tr("Data parallelism"), name(c.dataParallel));
    hw.add(Report::tr("Tensor × pipeline parallel"), QStringLiteral("%1 × %2").arg(count(c.tensorParallel), count(c.pipelineParallel)));
    if (c.expertParallel > 1)
        hw.add(Report::tr("Expert parallel"), count(c.expertParallel));
    hw.add(Report::tr("Sequence parallel"), c.sequenceParallel ? Report::tr("on") : Report::tr("off"));
    hw.add(Report::tr("Offload to host RAM"), name(c.offload));
    hw.add(Report::tr("OS reserve"), gib(s.system.osReservedGib));
    hw.add(Report::tr("Other programs"), gib(s.system.otherProcessesGib));
    hw.add(Report::tr("Safety margin"), percent(s.system.headroomFraction));
    hw.add(Report::tr("Candidate machines"), s.hardware.empty() ? Report::tr("none") : count(static_cast<std::int64_t>(s.hardware.size())));
    html += heading(2, QStringLiteral("%1.4").arg(n), Report::tr("Hardware")) + hw.html();

    if (!s.notes.empty()) {
        html += heading(2, QStringLiteral("%1.5").arg(n), Report::tr("Notes"));
        html += QStringLiteral("<p>%1</p>").arg(esc(s.notes).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    return html;
}

QString breakdownSection(const ReportData &d, int n)
{
    const Estimate &e = d.estimate;
    QString html = heading(1, QString::number(n), Report::tr("Memory breakdown"), true);
    html += QStringLiteral("<p>%1</p>").arg(Report::tr("Each share of memory at the job's peak, and how it was computed."));
    auto table = [&](const Breakdown &b) {
        Table t({Report::tr("Component"), Report::tr("Memory"), Report::tr("Share"), Report::tr("How it is computed")},
                {20, 12, 8, 60}, {false, true, true, false});
        for (const Component &c : b.components) {
            const double share = b.peak > 0 ? 100.0 * static_cast<double>(c.bytes) / static_cast<double>(b.peak) : 0.0;
            t.row({esc(componentLabel(c.name)), esc(size(c.bytes)), esc(Report::tr("%1 %").arg(QLocale().toString(share, 'f', 1))),
                   esc(derivationText(c))});
        }
        t.row({esc(Report::tr("Peak")), esc(size(b.peak)), QStringLiteral("100 %"), QString()}, true);
        return t.html();
    };
    html += heading(2, QStringLiteral("%1.1").arg(n), Report::tr("Host RAM, one machine"));
    html += table(e.host);
    if (e.device) {
        html += heading(2, QStringLiteral("%1.2").arg(n), Report::tr("Memory per GPU"));
        html += QStringLiteral("<p>%1</p>")
                    .arg(Report::tr("The busiest of the job's %n GPU(s).", nullptr, static_cast<int>(e.devices)));
        html += QStringLiteral("<p>%1</p>")
                    .arg(deviceFiguresText(e.device->peak, e.device->allocatedPeak(), e.device->reservedPeak()).toHtmlEscaped());
        html += table(*e.device);
    }
    return html;
}

/// Serving: memory against concurrent sequences and against the context per sequence.
QString servingChartsSection(const ReportData &d, int n, int w, int h)
{
    const bool gpu = deviceCurve(d);
    const Scenario &s = d.scenario;
    QString html = heading(1, QString::number(n), Report::tr("Memory against concurrent sequences and context length"), true);
    auto image = [&](const char *id) {
        return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"></p>").arg(QString::fromLatin1(id)).arg(w).arg(h);
    };
    const QString limits = gpu ? Report::tr("Dashed lines: what each candidate's GPU gives the engine (its share of the GPU for vLLM, SGLang and TGI).")
                               : Report::tr("Dashed lines: the RAM of each candidate.");
    html += heading(2, QStringLiteral("%1.1").arg(n), Report::tr("Memory against concurrent sequences"));
    html += image(kBatchChart);
    html += QStringLiteral("<p class=\"caption\">%1 %2</p>")
                .arg(Report::tr("Figure 1. Memory as more sequences of %1 tokens are served at once; the dotted line marks the scenario's %2.")
                         .arg(count(axisValue(s, SweepAxis::Context)), count(axisValue(s, SweepAxis::Sequences))),
                     limits);
    html += heading(2, QStringLiteral("%1.2").arg(n), Report::tr("Memory against context length"));
    html += image(kDatasetChart);
    html += QStringLiteral("<p class=\"caption\">%1 %2</p>")
                .arg(Report::tr("Figure 2. Memory as the context per sequence grows, %1 sequences at once; the dotted line marks the scenario's %2 tokens.")
                         .arg(count(axisValue(s, SweepAxis::Sequences)), count(axisValue(s, SweepAxis::Context))),
                     limits);
    return html;
}

QString chartsSection(const ReportData &d, int n, int w, int h)
{
    if (d.scenario.run.serving)
        return servingChartsSection(d, n, w, h);
    const bool gpu = deviceCurve(d);
    QString html = heading(1, QString::number(n), Report::tr("Memory against batch and dataset size"), true);
    auto image = [&](const char *id) {
        return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"></p>").arg(QString::fromLatin1(id)).arg(w).arg(h);
    };
    html += heading(2, QStringLiteral("%1.1").arg(n), Report::tr("Memory against batch size"));
    if (isDeepLearning(d.scenario.model.framework)) {
        html += image(kBatchChart);
        html += QStringLiteral("<p class=\"caption\">%1</p>")
                    .arg(gpu ? Report::tr("Figure 1. Peak memory per GPU as the batch size per device grows. Dashed lines: the GPU memory of each candidate; the dotted line marks the scenario's batch size (%1).")
                                   .arg(count(d.scenario.run.batchSize))
                             : Report::tr("Figure 1. Host RAM the job needs (peak, OS reserve and other programs) as the batch size grows. Dashed lines: the RAM of each candidate; the dotted line marks the scenario's batch size (%1).")
                                   .arg(count(d.scenario.run.batchSize)));
    } else {
        html += QStringLiteral("<p>%1</p>").arg(Report::tr("This estimator trains on the whole dataset at once; its memory does not depend on a batch size."));
    }
    html += heading(2, QStringLiteral("%1.2").arg(n), Report::tr("Memory against dataset size"));
    html += image(kDatasetChart);
    html += QStringLiteral("<p class=\"caption\">%1</p>")
                .arg(Report::tr("Figure 2. Host RAM the job needs as the number of samples grows, with the data stored as in the scenario (%1). Dashed lines: the RAM of each candidate; the dotted line marks the scenario's %2 samples.")
                         .arg(name(d.scenario.dataset.storage), count(d.scenario.dataset.samples)));
    return html;
}

QString comparisonSection(const ReportData &d, int n)
{
    const Estimate &e = d.estimate;
    const bool gpu = gpuJob(d);
    QString html = heading(1, QString::number(n), Report::tr("Hardware comparison"), true);
    if (e.candidates.empty())
        return html + QStringLiteral("<p>%1</p>").arg(Report::tr("The scenario names no candidate machines."));
    html += QStringLiteral("<p>%1</p>")
                .arg(Report::tr("Free memory is what remains at the job's peak, after the OS reserve and other programs; "
                                "a machine fits with margin when it also covers the %1 safety margin. The largest batch, "
                                "sequence count and dataset are the most that fit without that margin.")
                         .arg(percent(d.scenario.system.headroomFraction)));
    QStringList headers = {Report::tr("Machine"), Report::tr("Price"), Report::tr("Host RAM"), Report::tr("Host RAM free")};
    QList<int> widths = {30, 12, 12, 13};
    QList<bool> right = {false, true, true, true};
    if (gpu) {
        headers << Report::tr("Free per GPU") << (d.scenario.run.serving ? Report::tr("Most sequences") : Report::tr("Largest batch"));
        widths = {25, 13, 11, 12, 12, 11};
        right << true << true;
    } else {
        headers << Report::tr("Largest dataset in memory");
        widths << 17;
        right << true;
    }
    headers << Report::tr("Verdict");
    widths << 16;
    right << false;
    Table t(headers, widths, right);
    for (std::size_t i = 0; i < e.candidates.size(); ++i) {
        const CandidateFit &f = e.candidates[i];
        const Machine &m = f.machine;
        // The GPUs go under the machine's name, so that the numbers keep their columns wide.
        QString machine = esc(m.name);
        if (gpu)
            machine += QStringLiteral("<br><span class=\"detail\">%1</span>")
                           .arg(m.gpuCount > 0 ? esc(Report::tr("%1 × %2, %3 each").arg(count(m.gpuCount), QString::fromStdString(m.gpuModel), size(m.gpuMemory)))
                                               : esc(Report::tr("no GPU")));
        QStringList cells = {machine, price(m), esc(size(m.hostRam)), signedSize(f.hostFree)};
        if (gpu) {
            cells << (f.deviceFree ? signedSize(*f.deviceFree) : QStringLiteral("—"));
            const auto limit = d.scenario.run.serving ? f.maxConcurrentSequences : f.maxBatchSize;
            cells << (limit ? count(*limit) : QStringLiteral("—"));
        } else {
            cells << (f.maxSamplesInMemory ? count(*f.maxSamplesInMemory) : QStringLiteral("—"));
        }
        cells << verdict(d, i);
        t.row(cells);
    }
    html += t.html();
    html += QStringLiteral("<ul>");
    for (std::size_t i = 0; i < e.candidates.size(); ++i) {
        const CandidateFit &f = e.candidates[i];
        const bool priced = f.machine.price.has_value();
        const QString why = d.recommended && *d.recommended == i
                                ? (priced ? Report::tr("recommended: the least expensive machine that holds the job with the %1 safety margin")
                                          : Report::tr("recommended: the machine with the least memory that holds the job with the %1 safety margin"))
                                      .arg(percent(d.scenario.system.headroomFraction))
                                : shortfall(d, f);
        html += QStringLiteral("<li><b>%1</b>: %2.</li>").arg(esc(f.machine.name), why);
    }
    html += QStringLiteral("</ul>");
    return html;
}

QString suggestionsSection(const std::vector<Suggestion> &suggestions, int n)
{
    QString html = heading(1, QString::number(n), Report::tr("Optimisation suggestions"));
    if (suggestions.empty())
        return html + QStringLiteral("<p>%1</p>").arg(Report::tr("The advisor found nothing to change that would save memory."));
    html += QStringLiteral("<p>%1</p>").arg(Report::tr("Changes to the job that would need less memory, with what each saves."));
    Table t({Report::tr("Suggestion"), Report::tr("Saves on the host"), Report::tr("Saves per GPU")}, {60, 20, 20}, {false, true, true});
    for (const Suggestion &sg : suggestions) {
        QString cell = QStringLiteral("<b>%1</b>").arg(esc(sg.title));
        if (!sg.detail.isEmpty())
            cell += QStringLiteral("<br>") + esc(sg.detail);
        // A negative saving is memory the change costs elsewhere (offloading to host RAM).
        auto saving = [](Bytes b) {
            return b > 0 ? esc(size(b)) : b < 0 ? esc(Report::tr("%1 more").arg(size(-b))) : QStringLiteral("—");
        };
        t.row({cell, saving(sg.hostSaving), saving(sg.deviceSaving)});
    }
    return html + t.html();
}

QString methodSection(const ReportData &d, int n)
{
    const Scenario &s = d.scenario;
    QString html = heading(1, QString::number(n), Report::tr("Assumptions and method"), true);
    auto para = [&](const QString &text) { html += QStringLiteral("<p>%1</p>").arg(text); };
    auto formula = [&](const QString &text) { html += QStringLiteral("<p class=\"formula\">%1</p>").arg(esc(text)); };

    html += heading(2, QStringLiteral("%1.1").arg(n), Report::tr("What is counted"));
    para(Report::tr("The estimate is the highest resident memory of the job's own processes (the training or inference "
                    "process and its data-loader workers, framework runtime included) and, for GPU jobs, the highest "
                    "memory of the busiest GPU. It is computed from the scenario, not measured: each component follows "
                    "from what the framework allocates for the given shapes, types and settings."));
    formula(Report::tr("minimum = peak + OS reserve (%1) + other programs (%2)").arg(gib(s.system.osReservedGib), gib(s.system.otherProcessesGib)));
    formula(Report::tr("recommended = minimum × (1 + safety margin %1)").arg(percent(s.system.headroomFraction)));
    para(Report::tr("Sizes are in %1.").arg(siUnits() ? Report::tr("SI units (1 GB = 1000³ bytes)") : Report::tr("IEC units (1 GiB = 1024³ bytes)")));

    html += heading(2, QStringLiteral("%1.2").arg(n), Report::tr("Model states and sharding"));
    para(Report::tr("Parameters, gradients and optimizer states take a fixed number of bytes per parameter for the "
                    "precision and optimizer (mixed-precision Adam: 2 + 2 + 12 bytes, K = 12). Data-parallel sharding "
                    "follows ZeRO (Rajbhandari et al., <i>ZeRO: Memory Optimizations Toward Training Trillion Parameter "
                    "Models</i>, SC 2020), for Ψ parameters on N<sub>d</sub> devices:"));
    formula(QStringLiteral("DDP: (2 + 2 + K)·Ψ"));
    formula(QStringLiteral("ZeRO-1: (2 + 2)·Ψ + K·Ψ/Nd"));
    formula(QStringLiteral("ZeRO-2: 2·Ψ + (2 + K)·Ψ/Nd"));
    formula(QStringLiteral("ZeRO-3, FSDP: (2 + 2 + K)·Ψ/Nd"));
    html += heading(2, QStringLiteral("%1.3").arg(n), Report::tr("Activations"));
    para(Report::tr("Transformer activations follow Korthikanti et al., <i>Reducing Activation Recomputation in Large "
                    "Transformer Models</i> (2022), per layer with sequence length s, micro-batch b, hidden size h, "
                    "a heads and tensor-parallel degree t, in bytes with 16-bit activations:"));
    formula(Report::tr("no parallelism: s·b·h·(34 + 5·a·s/h)"));
    formula(Report::tr("tensor parallel: s·b·h·(10 + 24/t + 5·a·s/(h·t))"));
    formula(Report::tr("tensor and sequence parallel: s·b·h/t·(34 + 5·a·s/h)"));
    formula(Report::tr("with selective recomputation: s·b·h·34/t"));
    para(Report::tr("Convolutional and other networks are traced layer by layer with their output shapes; the tensors "
                    "autograd saves for the backward pass are counted at the run's precision."));
    html += heading(2, QStringLiteral("%1.4").arg(n), Report::tr("Inference"));
    para(Report::tr("The key-value cache of a language model holds, for P prompt and N new tokens:"));
    formula(Report::tr("KV cache = 2 · layers · kv_heads · head_dim · (P + N) · batch · bytes per element"));
    html += heading(2, QStringLiteral("%1.5").arg(n), Report::tr("Data and runtime"));
    para(Report::tr("The dataset is counted as stored (element type, dense or compressed sparse rows, extra copies made "
                    "while preprocessing); memory-mapped and streamed data count only the pages and batches in flight. "
                    "Each data-loader worker is a separate process with its own prefetched batches. Framework and CUDA "
                    "context, allocator workspace and fragmentation are added as measured constants. Classical "
                    "estimators (scikit-learn, XGBoost, LightGBM) are modelled from what their fit really allocates."));

    html += heading(2, QStringLiteral("%1.6").arg(n), Report::tr("Measured accuracy"));
    const CalibrationFigures &c = calibrationFigures();
    if (c.cases > 0)
        para(Report::tr("The calibration set holds %n real workload(s) (PyTorch on CPU, scikit-learn, XGBoost) whose peak "
                        "resident memory was measured. This version of Headroom estimates their host peak with a median "
                        "error of %1, a 90th percentile of %2 and a worst case of %3 of the measured peak.",
                        nullptr, c.cases)
                 .arg(percent1(c.median), percent1(c.p90), percent1(c.worst)));
    para(Report::tr("GPU-side figures are derived from the published results, which are their reference: the ZeRO "
                    "paper's model-state memory per device, the activation formulas of Korthikanti et al. and the "
                    "KV-cache size (target: agreement within 1 %)."));
    const GpuCalibrationFigures &g = gpuCalibrationFigures();
    if (g.cases > 0)
        para(Report::tr("Against %n published GPU run(s) whose per-GPU memory was measured (each compared with the figure "
                        "of the monitor it was read from: allocated, reserved or nvidia-smi), this version estimates with a "
                        "median error of %1, a 90th percentile of %2 and a worst case of %3; %4 of them are under-estimated.",
                        nullptr, g.cases)
                 .arg(percent1(g.median), percent1(g.p90), percent1(g.worst), QLocale().toString(g.under)));
    para(Report::tr("The safety margin covers what no estimate can know: other jobs sharing the machine, library "
                    "versions that allocate differently, and growth of the data."));
    return html;
}

std::map<QString, ChartSpec> chartSpecs(const ReportData &d)
{
    const Scenario &s = d.scenario;
    const Estimate &e = d.estimate;
    const bool gpu = deviceCurve(d);
    static const QColor palette[] = {QColor(0x2b, 0x6c, 0xb0), QColor(0xd9, 0x7b, 0x16), QColor(0x2e, 0x8b, 0x57),
                                     QColor(0x8e, 0x44, 0xad), QColor(0xb0, 0x3a, 0x2e), QColor(0x5d, 0x6d, 0x7e)};
    const QColor curve(0x1f, 0x3a, 0x5f);
    const Bytes reserve = static_cast<Bytes>(std::llround((s.system.osReservedGib + s.system.otherProcessesGib) * static_cast<double>(GiB)));
    auto hostNeedOf = [&](const Breakdown &host) { return static_cast<double>(satAdd(host.peak, reserve)); };

    std::vector<ChartLimit> hostLimits, deviceLimits;
    for (std::size_t i = 0; i < e.candidates.size(); ++i) {
        const Machine &m = e.candidates[i].machine;
        const QColor color = palette[i % std::size(palette)];
        hostLimits.push_back({Report::tr("%1: %2 RAM").arg(QString::fromStdString(m.name), size(m.hostRam)), static_cast<double>(m.hostRam), color});
        if (m.gpuMemory > 0)
            deviceLimits.push_back({Report::tr("%1: %2 per GPU").arg(QString::fromStdString(m.name), size(m.gpuMemory)),
                                    static_cast<double>(m.gpuMemory), color});
    }

    std::map<QString, ChartSpec> specs;
    if (s.run.serving) {
        // What the engine may use of each GPU: its share for vLLM, SGLang and TGI.
        for (std::size_t i = 0, j = 0; i < e.candidates.size(); ++i) {
            const Machine &m = e.candidates[i].machine;
            if (m.gpuMemory > 0 && j < deviceLimits.size())
                deviceLimits[j++].bytes = static_cast<double>(serving::deviceBudget(s, m.gpuMemory));
        }
        for (const SweepAxis axis : {SweepAxis::Sequences, SweepAxis::Context}) {
            const std::int64_t now = axisValue(s, axis);
            std::int64_t xMax = std::max<std::int64_t>(16, 4 * now);
            for (const CandidateFit &f : e.candidates)
                if (const auto cap = axisCapacity(f, axis); cap && *cap < 64 * now)
                    xMax = std::max<std::int64_t>(xMax, *cap + *cap / 4);
            std::vector<std::int64_t> xs;
            const int points = 96;
            for (int i = 0; i < points; ++i) {
                const auto x = 1 + static_cast<std::int64_t>(std::llround(static_cast<double>(xMax - 1) * i / (points - 1)));
                if (xs.empty() || x > xs.back())
                    xs.push_back(x);
            }
            ChartSpec spec;
            const bool ctx = axis == SweepAxis::Context;
            spec.xTitle = ctx ? Report::tr("Context per sequence (tokens)") : Report::tr("Concurrent sequences");
            spec.yTitle = gpu ? Report::tr("Memory per GPU") : Report::tr("Host RAM needed");
            ChartSeries series{spec.yTitle, curve, {}};
            for (const SweepPoint &p : sweepAxis(s, axis, xs)) {
                const double y = gpu ? (p.device ? static_cast<double>(p.device->peak) : 0.0) : hostNeedOf(p.host);
                series.points.emplace_back(static_cast<double>(p.x), y);
            }
            spec.series.push_back(std::move(series));
            spec.limits = gpu ? deviceLimits : hostLimits;
            spec.marker = static_cast<double>(now);
            spec.markerLabel = ctx ? Report::tr("Scenario: %1 tokens").arg(count(now))
                                   : Report::tr("Scenario: %1 sequences").arg(count(now));
            specs[QString::fromLatin1(ctx ? kDatasetChart : kBatchChart)] = std::move(spec);
        }
        return specs;
    }
    if (isDeepLearning(s.model.framework)) {
        std::int64_t xMax = std::max<std::int64_t>(16, 4 * s.run.batchSize);
        for (const CandidateFit &f : e.candidates)
            if (f.maxBatchSize && *f.maxBatchSize < 64 * s.run.batchSize)
                xMax = std::max<std::int64_t>(xMax, *f.maxBatchSize + *f.maxBatchSize / 4);
        std::vector<std::int64_t> xs;
        const int points = 96;
        for (int i = 0; i < points; ++i) {
            const auto x = 1 + static_cast<std::int64_t>(std::llround(static_cast<double>(xMax - 1) * i / (points - 1)));
            if (xs.empty() || x > xs.back())
                xs.push_back(x);
        }
        ChartSpec spec;
        spec.xTitle = Report::tr("Batch size per device");
        spec.yTitle = gpu ? Report::tr("Peak memory per GPU") : Report::tr("Host RAM needed");
        ChartSeries series{gpu ? Report::tr("Peak memory per GPU") : Report::tr("Host RAM needed"), curve, {}};
        for (const SweepPoint &p : sweepBatch(s, xs)) {
            const double y = gpu ? (p.device ? static_cast<double>(p.device->peak) : 0.0) : hostNeedOf(p.host);
            series.points.emplace_back(static_cast<double>(p.x), y);
        }
        spec.series.push_back(std::move(series));
        spec.limits = gpu ? deviceLimits : hostLimits;
        spec.marker = static_cast<double>(s.run.batchSize);
        spec.markerLabel = Report::tr("Scenario: batch %1").arg(count(s.run.batchSize));
        specs[QString::fromLatin1(kBatchChart)] = std::move(spec);
    }
    {
        const std::int64_t samples = s.dataset.samples;
        const std::int64_t xMax = samples > kBytesMax / 8 ? samples : 4 * samples;
        std::vector<std::int64_t> xs;
        const int points = 64;
        for (int i = 0; i < points; ++i) {
            const auto x = std::max<std::int64_t>(1, static_cast<std::int64_t>(std::llround(static_cast<double>(xMax) * i / (points - 1))));
            if (xs.empty() || x > xs.back())
                xs.push_back(x);
        }
        ChartSpec spec;
        spec.xTitle = Report::tr("Samples in the dataset");
        spec.yTitle = Report::tr("Host RAM needed");
        ChartSeries series{Report::tr("Host RAM needed"), curve, {}};
        for (const SweepPoint &p : sweepDataset(s, xs, s.dataset.storage))
            series.points.emplace_back(static_cast<double>(p.x), hostNeedOf(p.host));
        spec.series.push_back(std::move(series));
        spec.limits = hostLimits;
        spec.marker = static_cast<double>(samples);
        spec.markerLabel = Report::tr("Scenario: %1 samples").arg(count(samples));
        specs[QString::fromLatin1(kDatasetChart)] = std::move(spec);
    }
    return specs;
}

} // namespace headroom::ui::report
