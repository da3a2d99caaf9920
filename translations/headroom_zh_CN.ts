<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Report</name>
    <message>
        <source>Untitled scenario</source>
        <translation>未命名场景</translation>
    </message>
    <message>
        <source>Memory sizing report</source>
        <translation>内存规划报告</translation>
    </message>
    <message>
        <source>Host RAM and GPU memory the job needs, and which machine to buy</source>
        <translation>任务所需的主机内存和 GPU 显存，以及应购买的机器</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Scenario file</source>
        <translation>场景文件</translation>
    </message>
    <message>
        <source>Generated with</source>
        <translation>生成工具</translation>
    </message>
    <message>
        <source>Headroom %1</source>
        <translation>Headroom %1</translation>
    </message>
    <message>
        <source>Host RAM: %1 recommended (minimum %2)</source>
        <translation>主机内存：推荐 %1（最低 %2）</translation>
    </message>
    <message numerus="yes">
        <source>Memory per GPU: %1 recommended (peak %2), %n GPU(s)</source>
        <translation>
            <numerusform>每块 GPU 显存：推荐 %1（峰值 %2），共 %n 块 GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>Price: %1 %2</source>
        <translation>价格：%1 %2</translation>
    </message>
    <message>
        <source>Recommended machine</source>
        <translation>推荐机器</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The figures are estimates computed from the scenario; section %1 states how.</source>
        <translation>以上数字是根据场景计算的估算值；计算方法见第 %1 节。</translation>
    </message>
    <message>
        <source>Memory sizing report: %1</source>
        <translation>内存规划报告：%1</translation>
    </message>
    <message>
        <source>Headroom %1 · %2</source>
        <translation>Headroom %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The scenario cannot be estimated: %1</source>
        <translation>无法估算该场景：%1</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>无法写入报告。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Framework runtime</source>
        <translation>框架运行时</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Targets (labels)</source>
        <translation>目标（标签）</translation>
    </message>
    <message>
        <source>Preprocessing copies</source>
        <translation>预处理副本</translation>
    </message>
    <message>
        <source>Batch buffers</source>
        <translation>批次缓冲区</translation>
    </message>
    <message>
        <source>Data-loader workers</source>
        <translation>数据加载进程</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <source>Master weights</source>
        <translation>主权重</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Model structure</source>
        <translation>模型结构</translation>
    </message>
    <message>
        <source>Offloaded states</source>
        <translation>卸载的状态</translation>
    </message>
    <message>
        <source>Checkpoint staging</source>
        <translation>检查点暂存</translation>
    </message>
    <message>
        <source>Allocator fragmentation</source>
        <translation>分配器碎片</translation>
    </message>
    <message>
        <source>host RAM is %1 short</source>
        <translation>主机内存缺少 %1</translation>
    </message>
    <message>
        <source>it has no GPU</source>
        <translation>没有 GPU</translation>
    </message>
    <message numerus="yes">
        <source>it has %n GPU(s); the job needs %1 per machine</source>
        <translation>
            <numerusform>只有 %n 块 GPU；任务每台机器需要 %1 块</numerusform>
        </translation>
    </message>
    <message>
        <source>each GPU is %1 short</source>
        <translation>每块 GPU 缺少 %1</translation>
    </message>
    <message>
        <source>it fits, but leaves less than the %1 safety margin of host RAM</source>
        <translation>可以容纳，但主机内存的余量低于 %1 的安全余量</translation>
    </message>
    <message>
        <source>it fits, but leaves less than the %1 safety margin on each GPU</source>
        <translation>可以容纳，但每块 GPU 的余量低于 %1 的安全余量</translation>
    </message>
    <message>
        <source>it fits with the margin too, but costs %1 %2 more</source>
        <translation>在安全余量下也能容纳，但贵 %1 %2</translation>
    </message>
    <message>
        <source>it fits with the margin too, but has more memory than the job needs</source>
        <translation>在安全余量下也能容纳，但内存超出任务所需</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Fits with margin</source>
        <translation>含余量可容纳</translation>
    </message>
    <message>
        <source>Fits, no margin</source>
        <translation>可容纳，无余量</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>无法容纳</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 features (tabular)</source>
        <translation>%1 个特征（表格）</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 channels (image)</source>
        <translation>%1 × %2 像素，%3 个通道（图像）</translation>
    </message>
    <message>
        <source>%1 steps × %2 features (sequence)</source>
        <translation>%1 步 × %2 个特征（序列）</translation>
    </message>
    <message>
        <source>%1 tokens (text)</source>
        <translation>%1 个词元（文本）</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>预设 %1</translation>
    </message>
    <message>
        <source>%1 outputs</source>
        <translation>%1 个输出</translation>
    </message>
    <message>
        <source>Fully connected: hidden layers %1, %2 outputs, %3 activation</source>
        <translation>全连接：隐藏层 %1，%2 个输出，激活函数 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Recurrent (%1): %2 layers × %3 hidden%4, %5 outputs</source>
        <translation>循环网络（%1）：%2 层 × %3 隐藏单元%4，%5 个输出</translation>
    </message>
    <message>
        <source>, bidirectional</source>
        <translation>，双向</translation>
    </message>
    <message>
        <source>Transformer: %1</source>
        <translation>Transformer：%1</translation>
    </message>
    <message>
        <source>Custom: %1 parameters, %2 of saved activations per sample</source>
        <translation>自定义：%1 个参数，每个样本保存 %2 激活</translation>
    </message>
    <message>
        <source>All parameters trained</source>
        <translation>训练全部参数</translation>
    </message>
    <message>
        <source>Partly frozen: %1 of the parameters trained</source>
        <translation>部分冻结：训练 %1 的参数</translation>
    </message>
    <message>
        <source>LoRA, rank %1</source>
        <translation>LoRA，秩 %1</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Memory breakdown</source>
        <translation>内存明细</translation>
    </message>
    <message>
        <source>Hardware comparison</source>
        <translation>硬件比较</translation>
    </message>
    <message>
        <source>Optimisation suggestions</source>
        <translation>优化建议</translation>
    </message>
    <message>
        <source>Assumptions and method</source>
        <translation>假设与方法</translation>
    </message>
    <message>
        <source>No candidate machines named</source>
        <translation>未指定候选机器</translation>
    </message>
    <message>
        <source>None of the candidates fits with the safety margin</source>
        <translation>没有候选机器能在安全余量下容纳任务</translation>
    </message>
    <message>
        <source>Recommended machine: &lt;b&gt;%1&lt;/b&gt;, %2.</source>
        <translation>推荐机器：&lt;b&gt;%1&lt;/b&gt;，%2。</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n candidate machine(s), it is the least expensive that holds the job with the %1 safety margin.</source>
        <translation>
            <numerusform>在 %n 台候选机器中，它是在 %1 安全余量下能容纳任务的最便宜的一台。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %n candidate machine(s), it is the one with the least memory that holds the job with the %1 safety margin.</source>
        <translation>
            <numerusform>在 %n 台候选机器中，它是在 %1 安全余量下能容纳任务且内存最少的一台。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %1 of host RAM and %n GPU(s) with %2 each.</source>
        <translation>
            <numerusform>它有 %1 主机内存和 %n 块各 %2 的 GPU。</numerusform>
        </translation>
    </message>
    <message>
        <source>It has %1 of host RAM.</source>
        <translation>它有 %1 主机内存。</translation>
    </message>
    <message>
        <source>On this machine the largest batch that fits is &lt;b&gt;%1&lt;/b&gt; samples per device; the scenario uses %2.</source>
        <translation>在这台机器上，每个设备可容纳的最大批大小为 &lt;b&gt;%1&lt;/b&gt; 个样本；场景使用 %2。</translation>
    </message>
    <message>
        <source>The largest batch that fits this machine could not be determined.</source>
        <translation>无法确定这台机器可容纳的最大批大小。</translation>
    </message>
    <message>
        <source>Held in memory, the dataset could grow to %1 samples before it no longer fits (now %2).</source>
        <translation>若数据集保存在内存中，可增长到 %1 个样本（当前 %2 个）。</translation>
    </message>
    <message>
        <source>The scenario names no candidate machines; the sizes to buy are below.</source>
        <translation>场景未指定候选机器；应购买的容量见下表。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;None of the %n candidate machine(s)&lt;/b&gt; holds the job with the %1 safety margin.</source>
        <translation>
            <numerusform>&lt;b&gt;%n 台候选机器均无法&lt;/b&gt;在 %1 安全余量下容纳任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Look for a machine with at least %1 of host RAM and GPUs with at least %2 each.</source>
        <translation>请选择至少有 %1 主机内存、每块 GPU 至少 %2 显存的机器。</translation>
    </message>
    <message>
        <source>Look for a machine with at least %1 of host RAM.</source>
        <translation>请选择至少有 %1 主机内存的机器。</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Host RAM, one machine</source>
        <translation>主机内存（单台机器）</translation>
    </message>
    <message numerus="yes">
        <source>Per GPU (%n GPU(s))</source>
        <translation>
            <numerusform>每块 GPU（共 %n 块）</numerusform>
        </translation>
    </message>
    <message>
        <source>Peak use of the job</source>
        <translation>任务峰值用量</translation>
    </message>
    <message>
        <source>Minimum (with %1 OS reserve and %2 for other programs)</source>
        <translation>最低（含 %1 操作系统预留和 %2 其他程序）</translation>
    </message>
    <message>
        <source>Recommended (minimum + %1 safety margin)</source>
        <translation>推荐（最低 + %1 安全余量）</translation>
    </message>
    <message>
        <source>Smallest common size to buy</source>
        <translation>可购买的最小常见容量</translation>
    </message>
    <message>
        <source>What the other candidates lack</source>
        <translation>其他候选机器的不足</translation>
    </message>
    <message>
        <source>What the candidates lack</source>
        <translation>候选机器的不足</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Every setting of the scenario, grouped as in the sizing wizard.</source>
        <translation>场景的全部设置，分组方式与规划向导相同。</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>One sample</source>
        <translation>单个样本</translation>
    </message>
    <message>
        <source>Element type</source>
        <translation>元素类型</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Compressed sparse rows, density %1, %2 indices</source>
        <translation>压缩稀疏行，密度 %1，%2 索引</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <source>Targets per sample</source>
        <translation>每个样本的目标</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储方式</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Estimator</source>
        <translation>估计器</translation>
    </message>
    <message>
        <source>library defaults</source>
        <translation>库默认值</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Batch size (per device)</source>
        <translation>批大小（每个设备）</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Activation checkpointing</source>
        <translation>激活检查点</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>梯度累积</translation>
    </message>
    <message numerus="yes">
        <source>%n micro-batch(es) per step</source>
        <translation>
            <numerusform>每步 %n 个微批次</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>微调</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>%1 prompt tokens + %2 new tokens</source>
        <translation>%1 个提示词元 + %2 个新词元</translation>
    </message>
    <message>
        <source>Data loader</source>
        <translation>数据加载器</translation>
    </message>
    <message>
        <source>%1 workers, prefetch factor %2, pinned memory %3</source>
        <translation>%1 个进程，预取因子 %2，锁页内存 %3</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Batch and training</source>
        <translation>批次与训练</translation>
    </message>
    <message>
        <source>Machines × GPUs per machine</source>
        <translation>机器数 × 每台 GPU 数</translation>
    </message>
    <message>
        <source>Data parallelism</source>
        <translation>数据并行</translation>
    </message>
    <message>
        <source>Tensor × pipeline parallel</source>
        <translation>张量并行 × 流水线并行</translation>
    </message>
    <message>
        <source>Sequence parallel</source>
        <translation>序列并行</translation>
    </message>
    <message>
        <source>Offload to host RAM</source>
        <translation>卸载到主机内存</translation>
    </message>
    <message>
        <source>OS reserve</source>
        <translation>操作系统预留</translation>
    </message>
    <message>
        <source>Other programs</source>
        <translation>其他程序</translation>
    </message>
    <message>
        <source>Safety margin</source>
        <translation>安全余量</translation>
    </message>
    <message>
        <source>Candidate machines</source>
        <translation>候选机器</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Each share of memory at the job&apos;s peak, and how it was computed.</source>
        <translation>任务峰值时各部分内存及其计算方法。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>Memory per GPU</source>
        <translation>每块 GPU 的显存</translation>
    </message>
    <message numerus="yes">
        <source>The busiest of the job&apos;s %n GPU(s).</source>
        <translation>
            <numerusform>任务 %n 块 GPU 中占用最多的一块。</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory against batch size</source>
        <translation>内存随批大小的变化</translation>
    </message>
    <message>
        <source>Figure 1. Peak memory per GPU as the batch size per device grows. Dashed lines: the GPU memory of each candidate; the dotted line marks the scenario&apos;s batch size (%1).</source>
        <translation>图 1. 每块 GPU 的峰值显存随每设备批大小的变化。虚线：各候选机器的 GPU 显存；点线：场景的批大小（%1）。</translation>
    </message>
    <message>
        <source>Figure 1. Host RAM the job needs (peak, OS reserve and other programs) as the batch size grows. Dashed lines: the RAM of each candidate; the dotted line marks the scenario&apos;s batch size (%1).</source>
        <translation>图 1. 任务所需主机内存（峰值、操作系统预留和其他程序）随批大小的变化。虚线：各候选机器的内存；点线：场景的批大小（%1）。</translation>
    </message>
    <message>
        <source>This estimator trains on the whole dataset at once; its memory does not depend on a batch size.</source>
        <translation>该估计器一次在整个数据集上训练；其内存与批大小无关。</translation>
    </message>
    <message>
        <source>Memory against dataset size</source>
        <translation>内存随数据集大小的变化</translation>
    </message>
    <message>
        <source>Figure 2. Host RAM the job needs as the number of samples grows, with the data stored as in the scenario (%1). Dashed lines: the RAM of each candidate; the dotted line marks the scenario&apos;s %2 samples.</source>
        <translation>图 2. 任务所需主机内存随样本数的变化，数据按场景方式存储（%1）。虚线：各候选机器的内存；点线：场景的 %2 个样本。</translation>
    </message>
    <message>
        <source>The scenario names no candidate machines.</source>
        <translation>场景未指定候选机器。</translation>
    </message>
    <message>
        <source>Free memory is what remains at the job&apos;s peak, after the OS reserve and other programs; a machine fits with margin when it also covers the %1 safety margin.</source>
        <translation>空闲内存指任务峰值时扣除操作系统预留和其他程序后剩余的内存；若还能覆盖 %1 的安全余量，则该机器“含余量可容纳”。</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>主机内存</translation>
    </message>
    <message>
        <source>Host RAM free</source>
        <translation>主机内存空闲</translation>
    </message>
    <message>
        <source>Free per GPU</source>
        <translation>每块 GPU 空闲</translation>
    </message>
    <message>
        <source>Largest batch</source>
        <translation>最大批大小</translation>
    </message>
    <message>
        <source>Largest dataset in memory</source>
        <translation>内存中最大数据集</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>The advisor found nothing to change that would save memory.</source>
        <translation>优化顾问未找到可节省内存的改动。</translation>
    </message>
    <message>
        <source>Changes to the job that would need less memory, with what each saves.</source>
        <translation>可减少内存需求的任务改动及各自节省的内存。</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Saves on the host</source>
        <translation>主机内存节省</translation>
    </message>
    <message>
        <source>Saves per GPU</source>
        <translation>每块 GPU 节省</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>统计范围</translation>
    </message>
    <message>
        <source>The estimate is the highest resident memory of the job&apos;s own processes (the training or inference process and its data-loader workers, framework runtime included) and, for GPU jobs, the highest memory of the busiest GPU. It is computed from the scenario, not measured: each component follows from what the framework allocates for the given shapes, types and settings.</source>
        <translation>估算值是任务自身进程（训练或推理进程及其数据加载进程，含框架运行时）的最高常驻内存；对于 GPU 任务，还包括占用最多的 GPU 的最高显存。它根据场景计算而非实测：每个组成部分都来自框架在给定形状、类型和设置下实际分配的内存。</translation>
    </message>
    <message>
        <source>minimum = peak + OS reserve (%1) + other programs (%2)</source>
        <translation>最低 = 峰值 + 操作系统预留（%1）+ 其他程序（%2）</translation>
    </message>
    <message>
        <source>recommended = minimum × (1 + safety margin %1)</source>
        <translation>推荐 = 最低 × (1 + 安全余量 %1)</translation>
    </message>
    <message>
        <source>Sizes are in %1.</source>
        <translation>容量单位为%1。</translation>
    </message>
    <message>
        <source>SI units (1 GB = 1000³ bytes)</source>
        <translation>SI 单位（1 GB = 1000³ 字节）</translation>
    </message>
    <message>
        <source>IEC units (1 GiB = 1024³ bytes)</source>
        <translation>IEC 单位（1 GiB = 1024³ 字节）</translation>
    </message>
    <message>
        <source>Model states and sharding</source>
        <translation>模型状态与分片</translation>
    </message>
    <message>
        <source>Parameters, gradients and optimizer states take a fixed number of bytes per parameter for the precision and optimizer (mixed-precision Adam: 2 + 2 + 12 bytes, K = 12). Data-parallel sharding follows ZeRO (Rajbhandari et al., &lt;i&gt;ZeRO: Memory Optimizations Toward Training Trillion Parameter Models&lt;/i&gt;, SC 2020), for Ψ parameters on N&lt;sub&gt;d&lt;/sub&gt; devices:</source>
        <translation>参数、梯度和优化器状态按精度和优化器，每个参数占固定字节数（混合精度 Adam：2 + 2 + 12 字节，K = 12）。数据并行分片遵循 ZeRO（Rajbhandari 等，&lt;i&gt;ZeRO: Memory Optimizations Toward Training Trillion Parameter Models&lt;/i&gt;，SC 2020），Ψ 个参数分布在 N&lt;sub&gt;d&lt;/sub&gt; 个设备上：</translation>
    </message>
    <message>
        <source>Transformer activations follow Korthikanti et al., &lt;i&gt;Reducing Activation Recomputation in Large Transformer Models&lt;/i&gt; (2022), per layer with sequence length s, micro-batch b, hidden size h, a heads and tensor-parallel degree t, in bytes with 16-bit activations:</source>
        <translation>Transformer 激活遵循 Korthikanti 等，&lt;i&gt;Reducing Activation Recomputation in Large Transformer Models&lt;/i&gt;（2022），每层按序列长度 s、微批次 b、隐藏维度 h、注意力头数 a 和张量并行度 t 计算，16 位激活，单位为字节：</translation>
    </message>
    <message>
        <source>Convolutional and other networks are traced layer by layer with their output shapes; the tensors autograd saves for the backward pass are counted at the run&apos;s precision.</source>
        <translation>卷积网络和其他网络按层追踪其输出形状；autograd 为反向传播保存的张量按运行精度统计。</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>The key-value cache of a language model holds, for P prompt and N new tokens:</source>
        <translation>对于 P 个提示词元和 N 个新词元，语言模型的键值缓存为：</translation>
    </message>
    <message>
        <source>KV cache = 2 · layers · kv_heads · head_dim · (P + N) · batch · bytes per element</source>
        <translation>KV 缓存 = 2 · 层数 · KV 头数 · 头维度 · (P + N) · 批大小 · 每元素字节数</translation>
    </message>
    <message>
        <source>Data and runtime</source>
        <translation>数据与运行时</translation>
    </message>
    <message>
        <source>The dataset is counted as stored (element type, dense or compressed sparse rows, extra copies made while preprocessing); memory-mapped and streamed data count only the pages and batches in flight. Each data-loader worker is a separate process with its own prefetched batches. Framework and CUDA context, allocator workspace and fragmentation are added as measured constants. Classical estimators (scikit-learn, XGBoost, LightGBM) are modelled from what their fit really allocates.</source>
        <translation>数据集按存储方式统计（元素类型、稠密或压缩稀疏行、预处理时的额外副本）；内存映射和流式数据只统计正在使用的页面和批次。每个数据加载进程都是独立进程，持有自己预取的批次。框架和 CUDA 上下文、分配器工作区和碎片按实测常数计入。经典估计器（scikit-learn、XGBoost、LightGBM）按其训练时实际分配的内存建模。</translation>
    </message>
    <message>
        <source>Measured accuracy</source>
        <translation>实测精度</translation>
    </message>
    <message>
        <source>The safety margin covers what no estimate can know: other jobs sharing the machine, library versions that allocate differently, and growth of the data.</source>
        <translation>安全余量用于覆盖任何估算都无法预知的情况：共享机器的其他任务、分配方式不同的库版本以及数据增长。</translation>
    </message>
    <message>
        <source>%1: %2 RAM</source>
        <translation>%1：%2 内存</translation>
    </message>
    <message>
        <source>%1: %2 per GPU</source>
        <translation>%1：每块 GPU %2</translation>
    </message>
    <message>
        <source>Batch size per device</source>
        <translation>每设备批大小</translation>
    </message>
    <message>
        <source>Peak memory per GPU</source>
        <translation>每块 GPU 峰值显存</translation>
    </message>
    <message>
        <source>Host RAM needed</source>
        <translation>所需主机内存</translation>
    </message>
    <message>
        <source>Scenario: batch %1</source>
        <translation>场景：批大小 %1</translation>
    </message>
    <message>
        <source>Samples in the dataset</source>
        <translation>数据集样本数</translation>
    </message>
    <message>
        <source>Scenario: %1 samples</source>
        <translation>场景：%1 个样本</translation>
    </message>
    <message numerus="yes">
        <source>The calibration set holds %n real workload(s) (PyTorch on CPU, scikit-learn, XGBoost) whose peak resident memory was measured. This version of Headroom estimates their host peak with a median error of %1, a 90th percentile of %2 and a worst case of %3 of the measured peak.</source>
        <translation>
            <numerusform>校准集包含 %n 个实测峰值常驻内存的真实任务（CPU 上的 PyTorch、scikit-learn、XGBoost）。此版本 Headroom 对其主机峰值的估算误差中位数为 %1，第 90 百分位为 %2，最差为实测峰值的 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU-side figures are derived from the published results, which are their reference: the ZeRO paper&apos;s model-state memory per device, the activation formulas of Korthikanti et al. and the KV-cache size (target: agreement within 1 %).</source>
        <translation>GPU 端的数字以已发表的结果为依据和参照：ZeRO 论文中每个设备的模型状态内存、Korthikanti 等的激活公式以及 KV 缓存大小（目标：误差不超过 1%）。</translation>
    </message>
    <message>
        <source>Memory against batch and dataset size</source>
        <translation>内存随批大小和数据集大小的变化</translation>
    </message>
    <message>
        <source>Minimum (with %1 OS reserve)</source>
        <translation>最低（含 %1 操作系统预留）</translation>
    </message>
    <message>
        <source>no parallelism: s·b·h·(34 + 5·a·s/h)</source>
        <translation>无并行：s·b·h·(34 + 5·a·s/h)</translation>
    </message>
    <message>
        <source>tensor parallel: s·b·h·(10 + 24/t + 5·a·s/(h·t))</source>
        <translation>张量并行：s·b·h·(10 + 24/t + 5·a·s/(h·t))</translation>
    </message>
    <message>
        <source>tensor and sequence parallel: s·b·h/t·(34 + 5·a·s/h)</source>
        <translation>张量与序列并行：s·b·h/t·(34 + 5·a·s/h)</translation>
    </message>
    <message>
        <source>with selective recomputation: s·b·h·34/t</source>
        <translation>选择性重计算：s·b·h·34/t</translation>
    </message>
    <message>
        <source>Recommended machine: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>推荐机器：&lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>%1 × %2, %3 each</source>
        <translation>%1 × %2，每块 %3</translation>
    </message>
    <message>
        <source>no GPU</source>
        <translation>无 GPU</translation>
    </message>
    <message>
        <source>recommended: the least expensive machine that holds the job with the %1 safety margin</source>
        <translation>推荐：在 %1 安全余量下能容纳任务的最便宜的机器</translation>
    </message>
    <message>
        <source>recommended: the machine with the least memory that holds the job with the %1 safety margin</source>
        <translation>推荐：在 %1 安全余量下能容纳任务且内存最少的机器</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>多用 %1</translation>
    </message>
    <message>
        <source>With it, %1 fits.</source>
        <translation>这样 %1 即可容纳。</translation>
    </message>
</context>
<context>
    <name>headroom::ui::AboutDialog</name>
    <message>
        <source>About Headroom</source>
        <translation>关于 Headroom</translation>
    </message>
    <message>
        <source>&lt;p&gt;How much memory does a machine-learning job need, why, and which machine should you buy? Headroom estimates host RAM and memory per GPU component by component, compares candidate machines and writes a report for procurement.&lt;/p&gt;&lt;p&gt;Built with Qt %1 and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;p&gt;一个机器学习任务需要多少内存？为什么？应该购买哪台机器？Headroom 逐项估算主机内存和每块 GPU 的显存，比较候选机器，并生成供采购使用的报告。&lt;/p&gt;&lt;p&gt;基于 Qt %1 和 QCustomPlot 构建。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>headroom::ui::BreakdownView</name>
    <message>
        <source>Component</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Derivation</source>
        <translation>推导</translation>
    </message>
    <message>
        <source>&lt;b&gt;No estimate:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;无估算结果：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Host RAM&lt;/b&gt;: peak %1 · minimum %2 · recommended %3 · buy %4</source>
        <translation>&lt;b&gt;主机内存&lt;/b&gt;：峰值 %1 · 最低 %2 · 推荐 %3 · 购买 %4</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Per device&lt;/b&gt; (%n device(s)): peak %1 · recommended %2 · smallest GPU that fits: %3</source>
        <translation>
            <numerusform>&lt;b&gt;每个设备&lt;/b&gt;（共 %n 个）：峰值 %1 · 推荐 %2 · 可容纳的最小 GPU：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>none on sale</source>
        <translation>市售型号均不足</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ExtraMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Preview the PDF report for procurement and save or print it</source>
        <translation>预览供采购使用的 PDF 报告，并保存或打印</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Headroom &amp;User Guide</source>
        <translation>Headroom 用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About Headroom</source>
        <translation>关于 Headroom(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>headroom-report</source>
        <translation>headroom-报告</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>无报告</translation>
    </message>
    <message>
        <source>The scenario cannot be estimated, so there is nothing to report yet.</source>
        <translation>无法估算该场景，暂时没有可报告的内容。</translation>
    </message>
    <message>
        <source>Report Preview</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>报告未保存</translation>
    </message>
</context>
<context>
    <name>headroom::ui::MainWindow</name>
    <message>
        <source>&amp;Breakdown</source>
        <translation>明细(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Headroom scenarios (*.headroom.json *.json)</source>
        <translation>Headroom 场景 (*.headroom.json *.json)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cannot open scenario</source>
        <translation>无法打开场景</translation>
    </message>
    <message>
        <source>%1 was not opened; what you had open is unchanged.</source>
        <translation>未打开 %1；已打开的内容保持不变。</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Headroom scenarios (*.headroom.json)</source>
        <translation>Headroom 场景 (*.headroom.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>%1[*] — Headroom</source>
        <translation>%1[*] — Headroom</translation>
    </message>
</context>
<context>
    <name>headroom::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>New scenarios</source>
        <translation>新场景</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and reports.</source>
        <translation>菜单、对话框和报告使用的语言。</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>单位(&amp;U):</translation>
    </message>
    <message>
        <source>GiB (1 GiB = 1024³ bytes)</source>
        <translation>GiB（1 GiB = 1024³ 字节）</translation>
    </message>
    <message>
        <source>GB (1 GB = 1000³ bytes)</source>
        <translation>GB（1 GB = 1000³ 字节）</translation>
    </message>
    <message>
        <source>Safety &amp;margin:</source>
        <translation>安全余量(&amp;M):</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Added on top of the estimate when recommending memory.</source>
        <translation>推荐内存时在估算值之上追加的余量。</translation>
    </message>
    <message>
        <source>&amp;OS reserve:</source>
        <translation>操作系统预留(&amp;O):</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Memory the operating system and desktop keep for themselves.</source>
        <translation>操作系统和桌面环境自身占用的内存。</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A):</translation>
    </message>
    <message>
        <source>Printed on the title page</source>
        <translation>打印在封面上</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>组织(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>纸张大小(&amp;P):</translation>
    </message>
    <message>
        <source>From the locale</source>
        <translation>按区域设置</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T):</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ScenarioModel</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>headroom::ui::UserGuideDialog</name>
    <message>
        <source>Headroom User Guide</source>
        <translation>Headroom 用户指南</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Memory capacity planner for machine-learning jobs</source>
        <translation>机器学习任务的内存容量规划器</translation>
    </message>
    <message>
        <source>A scenario file to open.</source>
        <translation>要打开的场景文件。</translation>
    </message>
</context>
</TS>
