<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdviceHtml</name>
    <message>
        <source>Ways to need less memory</source>
        <translation>减少内存需求的方法</translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Host RAM saved</source>
        <translation>节省的主机内存</translation>
    </message>
    <message>
        <source>Saved per device</source>
        <translation>每设备节省</translation>
    </message>
    <message>
        <source>Makes fit</source>
        <translation>使其可容纳</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <source>Each saving is the difference between the estimate of the scenario and that of the scenario with the change made.</source>
        <translation>每项节省量为当前场景的估算值与应用该更改后场景的估算值之差。</translation>
    </message>
</context>
<context>
    <name>AdvisorPanel</name>
    <message>
        <source>%1 has %2 per GPU, %3× the %4 recommended per device.</source>
        <translation>%1 每块 GPU 有 %2，是每设备建议值 %4 的 %3×。</translation>
    </message>
    <message>
        <source>%1 has %2 of RAM, %3× the %4 recommended.</source>
        <translation>%1 有 %2 内存，是建议值 %4 的 %3×。</translation>
    </message>
    <message>
        <source>It is the cheapest candidate that fits, but a smaller machine would do.</source>
        <translation>它是可容纳的候选机器中最便宜的，但更小的机器也足够。</translation>
    </message>
    <message>
        <source>%1 fits with headroom for %2 less.</source>
        <translation>%1 可在留有余量的情况下容纳，且便宜 %2。</translation>
    </message>
    <message>
        <source>%1 has %2 per GPU, but each device needs %3: it does not fit, whatever the machine&apos;s total GPU memory.</source>
        <translation>%1 每块 GPU 有 %2，但每个设备需要 %3：无论该机器的 GPU 总内存有多少，都无法容纳。</translation>
    </message>
    <message>
        <source>The dataset (%1 as stored) is larger than the %2 of RAM of %3: held in memory it would swap or be killed. Memory-map or stream it.</source>
        <translation>数据集（存储大小 %1）大于 %3 的 %2 内存：若全部载入内存，将导致交换或进程被终止。请对其进行内存映射或流式读取。</translation>
    </message>
</context>
<context>
    <name>AdvisorText</name>
    <message>
        <source>Store the data as float32 instead of float64</source>
        <translation>将数据存储为 float32 而非 float64</translation>
    </message>
    <message>
        <source>Half the precision of the stored values (about 7 significant digits), enough for almost every model. Some estimators (e.g. scikit-learn&apos;s linear models) convert back to float64 internally.</source>
        <translation>存储值的精度减半（约 7 位有效数字），几乎适用于所有模型。某些估计器（例如 scikit-learn 的线性模型）会在内部转换回 float64。</translation>
    </message>
    <message>
        <source>Store the data as float16 instead of %1</source>
        <translation>将数据存储为 float16 而非 %1</translation>
    </message>
    <message>
        <source>About 3 significant digits and a range up to 65504: fine for normalised inputs; cast each batch to the compute precision on the fly.</source>
        <translation>约 3 位有效数字，取值范围最大 65504：适用于归一化后的输入；在运行时将每个批次转换为计算精度。</translation>
    </message>
    <message>
        <source>Keep images as uint8 pixels instead of %1</source>
        <translation>将图像保留为 uint8 像素而非 %1</translation>
    </message>
    <message>
        <source>Normalise each batch on the fly (a little CPU or GPU time per batch); no loss when the source images are 8-bit.</source>
        <translation>在运行时对每个批次进行归一化（每个批次占用少量 CPU 或 GPU 时间）；源图像为 8 位时无损失。</translation>
    </message>
    <message>
        <source>Store token ids as int32 instead of int64</source>
        <translation>将 token id 存储为 int32 而非 int64</translation>
    </message>
    <message>
        <source>None for vocabularies below 2^31 tokens; cast each batch to int64 (torch.long) for the embedding lookup.</source>
        <translation>词表小于 2^31 个 token 时无影响；在嵌入查找时将每个批次转换为 int64 (torch.long)。</translation>
    </message>
    <message>
        <source>Store the data as CSR (compressed sparse rows), density %1</source>
        <translation>将数据存储为 CSR（压缩稀疏行），密度 %1</translation>
    </message>
    <message>
        <source>Only estimators and layers that accept scipy.sparse / sparse tensors can use it; some algorithms densify internally.</source>
        <translation>只有接受 scipy.sparse / 稀疏张量的估计器和层才能使用；某些算法会在内部转为稠密格式。</translation>
    </message>
    <message>
        <source>Use int32 CSR indices instead of int64</source>
        <translation>使用 int32 CSR 索引而非 int64</translation>
    </message>
    <message>
        <source>None while the columns and non-zeros stay below 2^31 (scipy picks int32 itself then).</source>
        <translation>只要列数和非零元素数低于 2^31 就无影响（此时 scipy 会自动选用 int32）。</translation>
    </message>
    <message>
        <source>Memory-map the data file instead of loading it</source>
        <translation>对数据文件进行内存映射，而非全部载入</translation>
    </message>
    <message>
        <source>Samples are read from disk on demand: needs fast storage (NVMe) to keep the job busy; the data must be in a mappable format (NumPy .npy, Arrow, raw binary).</source>
        <translation>样本按需从磁盘读取：需要高速存储（NVMe）以保持任务满载；数据必须为可映射格式（NumPy .npy、Arrow、原始二进制）。</translation>
    </message>
    <message>
        <source>Stream the data in batches instead of holding the set</source>
        <translation>按批次流式读取数据，而非保留整个数据集</translation>
    </message>
    <message>
        <source>Data is re-read (or re-generated) every epoch; shuffling needs a shuffle buffer; estimators that need the whole set at once cannot stream.</source>
        <translation>每个 epoch 都会重新读取（或重新生成）数据；打乱顺序需要打乱缓冲区；需要一次性获取整个数据集的估计器无法使用流式读取。</translation>
    </message>
    <message>
        <source>Preprocess in place: no extra copies of the data (now %1)</source>
        <translation>就地预处理：不产生额外的数据副本（当前 %1）</translation>
    </message>
    <message>
        <source>Scale, cast and impute in place or chunk by chunk (copy=False, astype per chunk, out= arguments); a little more code, no loss.</source>
        <translation>就地或逐块进行缩放、类型转换和缺失值填补（copy=False、逐块 astype、out= 参数）；代码稍多，无损失。</translation>
    </message>
    <message>
        <source>DataLoader workers: %1 instead of %2</source>
        <translation>DataLoader 工作进程：%1 个而非 %2 个</translation>
    </message>
    <message>
        <source>Slower input pipeline: the devices may wait for data when loading or augmentation is the bottleneck.</source>
        <translation>输入管道变慢：当加载或数据增强成为瓶颈时，设备可能需要等待数据。</translation>
    </message>
    <message>
        <source>Prefetch 1 batch per worker instead of %1</source>
        <translation>每个工作进程预取 1 个批次而非 %1 个</translation>
    </message>
    <message>
        <source>Less slack in the input pipeline: uneven loading times may stall a step.</source>
        <translation>输入管道的缓冲变小：加载时间不均可能导致某一步停顿。</translation>
    </message>
    <message>
        <source>Turn off pin_memory in the DataLoader</source>
        <translation>在 DataLoader 中关闭 pin_memory</translation>
    </message>
    <message>
        <source>Host-to-device copies become synchronous and somewhat slower.</source>
        <translation>主机到设备的复制变为同步，速度稍慢。</translation>
    </message>
    <message>
        <source>Micro-batch %1 with %2 accumulation steps instead of %3 × %4 (same effective batch)</source>
        <translation>微批次 %1，梯度累积 %2 步，而非 %3 × %4（有效批次相同）</translation>
    </message>
    <message>
        <source>More, smaller steps: lower device utilisation and somewhat slower training; the result is the same (batch normalisation sees smaller batches).</source>
        <translation>步数更多、每步更小：设备利用率降低，训练稍慢；结果相同（批归一化看到的批次更小）。</translation>
    </message>
    <message>
        <source>Mixed precision (bf16 compute, fp32 master weights) instead of %1</source>
        <translation>混合精度（bf16 计算，fp32 主权重）而非 %1</translation>
    </message>
    <message>
        <source>Needs bf16 support (NVIDIA Ampere or newer, recent CPUs); usually no loss of accuracy and faster.</source>
        <translation>需要 bf16 支持（NVIDIA Ampere 或更新架构、较新的 CPU）；通常无精度损失且更快。</translation>
    </message>
    <message>
        <source>Run inference in bf16 instead of %1</source>
        <translation>以 bf16 而非 %1 运行推理</translation>
    </message>
    <message>
        <source>Needs bf16 support (NVIDIA Ampere or newer, recent CPUs); outputs differ slightly from fp32.</source>
        <translation>需要 bf16 支持（NVIDIA Ampere 或更新架构、较新的 CPU）；输出与 fp32 略有差异。</translation>
    </message>
    <message>
        <source>int8 weights instead of %1</source>
        <translation>int8 权重而非 %1</translation>
    </message>
    <message>
        <source>Usually under 1 % accuracy loss; needs int8 kernels (bitsandbytes LLM.int8, TensorRT); may be slower than fp16 for small batches.</source>
        <translation>精度损失通常低于 1 %；需要 int8 内核（bitsandbytes LLM.int8、TensorRT）；小批次时可能比 fp16 更慢。</translation>
    </message>
    <message>
        <source>int4 weights instead of %1</source>
        <translation>int4 权重而非 %1</translation>
    </message>
    <message>
        <source>Possible accuracy loss (a point or more on some benchmarks); needs a quantised checkpoint (GPTQ, AWQ, NF4) and its kernels.</source>
        <translation>可能有精度损失（在某些基准上下降一个百分点或更多）；需要量化检查点（GPTQ、AWQ、NF4）及相应内核。</translation>
    </message>
    <message>
        <source>Selective activation checkpointing (attention recomputed)</source>
        <translation>选择性激活检查点（重新计算注意力）</translation>
    </message>
    <message>
        <source>A few percent more compute: the attention scores are recomputed in the backward pass.</source>
        <translation>计算量增加几个百分点：注意力分数会在反向传播中重新计算。</translation>
    </message>
    <message>
        <source>Full activation checkpointing (only each block&apos;s input kept)</source>
        <translation>完整激活检查点（仅保留每个块的输入）</translation>
    </message>
    <message>
        <source>About a third more compute: the forward pass runs again during the backward pass.</source>
        <translation>计算量增加约三分之一：反向传播期间会再次运行前向传播。</translation>
    </message>
    <message>
        <source>8-bit Adam instead of %1</source>
        <translation>8-bit Adam 而非 %1</translation>
    </message>
    <message>
        <source>Needs bitsandbytes; matches 32-bit Adam&apos;s accuracy on most published benchmarks.</source>
        <translation>需要 bitsandbytes；在大多数已发表的基准上与 32-bit Adam 精度相当。</translation>
    </message>
    <message>
        <source>Adafactor instead of %1</source>
        <translation>Adafactor 而非 %1</translation>
    </message>
    <message>
        <source>Factored second moments: may need a different learning rate schedule; slightly worse than Adam on some tasks.</source>
        <translation>分解的二阶矩：可能需要不同的学习率调度；在某些任务上略逊于 Adam。</translation>
    </message>
    <message>
        <source>SGD with momentum instead of %1</source>
        <translation>带动量的 SGD 而非 %1</translation>
    </message>
    <message>
        <source>Often converges slower or to lower accuracy for transformers; the learning rate needs retuning.</source>
        <translation>对于 Transformer 往往收敛更慢或精度更低；需要重新调整学习率。</translation>
    </message>
    <message>
        <source>ZeRO stage 1 across the %1 devices (optimizer states sharded)</source>
        <translation>在 %1 个设备上使用 ZeRO stage 1（分片优化器状态）</translation>
    </message>
    <message>
        <source>Needs DeepSpeed (or a sharded optimizer); about the same communication as DDP.</source>
        <translation>需要 DeepSpeed（或分片优化器）；通信量与 DDP 大致相同。</translation>
    </message>
    <message>
        <source>ZeRO stage 2 across the %1 devices (optimizer states and gradients sharded)</source>
        <translation>在 %1 个设备上使用 ZeRO stage 2（分片优化器状态和梯度）</translation>
    </message>
    <message>
        <source>Needs DeepSpeed or FSDP (SHARD_GRAD_OP); about the same communication as DDP.</source>
        <translation>需要 DeepSpeed 或 FSDP (SHARD_GRAD_OP)；通信量与 DDP 大致相同。</translation>
    </message>
    <message>
        <source>ZeRO stage 3 / FSDP across the %1 devices (parameters sharded too)</source>
        <translation>在 %1 个设备上使用 ZeRO stage 3 / FSDP（参数也分片）</translation>
    </message>
    <message>
        <source>About 1.5× the communication of DDP: parameters are gathered layer by layer; slower over slow interconnects.</source>
        <translation>通信量约为 DDP 的 1.5×：参数逐层收集；在低速互连上更慢。</translation>
    </message>
    <message>
        <source>Offload the optimizer states to host RAM</source>
        <translation>将优化器状态卸载到主机内存</translation>
    </message>
    <message>
        <source>More host RAM and PCIe traffic; the optimizer step runs on the CPU (DeepSpeed ZeRO-Offload): slower steps.</source>
        <translation>占用更多主机内存和 PCIe 流量；优化器步骤在 CPU 上运行（DeepSpeed ZeRO-Offload）：每步更慢。</translation>
    </message>
    <message>
        <source>Offload the optimizer states and the parameters to host RAM</source>
        <translation>将优化器状态和参数卸载到主机内存</translation>
    </message>
    <message>
        <source>Much more PCIe traffic: parameters are fetched for every layer (ZeRO-Infinity); steps can be several times slower.</source>
        <translation>PCIe 流量大幅增加：每一层都要获取参数（ZeRO-Infinity）；每步可能慢数倍。</translation>
    </message>
    <message>
        <source>Flash attention instead of eager attention</source>
        <translation>使用 Flash attention 而非 eager attention</translation>
    </message>
    <message>
        <source>Needs a FlashAttention or SDPA kernel for the device and fp16/bf16 compute; no loss, usually faster.</source>
        <translation>需要适用于该设备的 FlashAttention 或 SDPA 内核以及 fp16/bf16 计算；无损失，通常更快。</translation>
    </message>
    <message>
        <source>LoRA adapters (rank 8) instead of %1 fine-tuning</source>
        <translation>LoRA 适配器（rank 8）而非 %1 微调</translation>
    </message>
    <message>
        <source>Only for fine-tuning pretrained weights, not pre-training; close to full fine-tuning quality on most tasks.</source>
        <translation>仅适用于微调预训练权重，不适用于预训练；在大多数任务上接近全量微调的质量。</translation>
    </message>
    <message>
        <source>Prompts of %1 tokens instead of %2</source>
        <translation>提示词长度 %1 个 token 而非 %2 个</translation>
    </message>
    <message>
        <source>The model sees less context: answers that need the cut part may get worse.</source>
        <translation>模型看到的上下文更少：需要被截掉部分的回答质量可能下降。</translation>
    </message>
    <message>
        <source>Sequences of %1 tokens instead of %2</source>
        <translation>序列长度 %1 个 token 而非 %2 个</translation>
    </message>
    <message>
        <source>The model attends to less context (documents are split into twice as many shorter samples); quality on long-range tasks may drop.</source>
        <translation>模型关注的上下文更少（文档被拆分为两倍数量的较短样本）；长距离任务的质量可能下降。</translation>
    </message>
    <message>
        <source>Limit trees to max_depth %1 (now unlimited)</source>
        <translation>将树限制为 max_depth %1（当前不限）</translation>
    </message>
    <message>
        <source>Shallower trees may underfit: check validation accuracy; fitting gets faster.</source>
        <translation>较浅的树可能欠拟合：请检查验证精度；拟合会更快。</translation>
    </message>
    <message>
        <source>Limit trees to max_depth %1 (now %2)</source>
        <translation>将树限制为 max_depth %1（当前 %2）</translation>
    </message>
    <message>
        <source>Limit trees to %1 leaves (max_leaf_nodes, now %2)</source>
        <translation>将树限制为 %1 个叶节点（max_leaf_nodes，当前 %2）</translation>
    </message>
    <message>
        <source>Smaller trees may underfit: check validation accuracy.</source>
        <translation>较小的树可能欠拟合：请检查验证精度。</translation>
    </message>
    <message>
        <source>Shallower trees may underfit: check validation accuracy; more boosting rounds may be needed.</source>
        <translation>较浅的树可能欠拟合：请检查验证精度；可能需要更多提升轮数。</translation>
    </message>
    <message>
        <source>Limit trees to %1 leaves (num_leaves, now %2)</source>
        <translation>将树限制为 %1 个叶节点（num_leaves，当前 %2）</translation>
    </message>
    <message>
        <source>Smaller trees may underfit: check validation accuracy; more boosting rounds may be needed.</source>
        <translation>较小的树可能欠拟合：请检查验证精度；可能需要更多提升轮数。</translation>
    </message>
    <message>
        <source>Histogram trees (tree_method hist) with a QuantileDMatrix instead of %1</source>
        <translation>使用直方图树（tree_method hist）和 QuantileDMatrix 而非 %1</translation>
    </message>
    <message>
        <source>Split points come from max_bin quantiles: usually the same accuracy, and faster.</source>
        <translation>分裂点来自 max_bin 分位数：通常精度相同，且更快。</translation>
    </message>
    <message>
        <source>n_jobs %1 instead of %2</source>
        <translation>n_jobs %1 而非 %2</translation>
    </message>
    <message>
        <source>Fewer cores work at once: the fit takes longer, up to proportionally.</source>
        <translation>同时工作的核心更少：拟合耗时更长，最多按比例增加。</translation>
    </message>
    <message>
        <source>KV cache in %1 instead of %2</source>
        <translation>KV 缓存使用 %1 而非 %2</translation>
    </message>
    <message>
        <source>Coarser cached keys and values: some loss of quality on long contexts; llama.cpp needs flash attention for a quantised V cache.</source>
        <translation>缓存的键和值更粗糙：长上下文质量略有下降；llama.cpp 的量化 V 缓存需要 flash attention。</translation>
    </message>
    <message>
        <source>Needs fp8 support (Hopper/Ada or newer for speed); small loss of accuracy on long contexts.</source>
        <translation>需要 fp8 支持（Hopper/Ada 或更新的架构才快）；长上下文精度略有损失。</translation>
    </message>
    <message>
        <source>%1 concurrent sequences instead of %2</source>
        <translation>%1 个并发序列而非 %2 个</translation>
    </message>
    <message>
        <source>Lower throughput: requests beyond the batch wait in the queue.</source>
        <translation>吞吐量降低：超出批次的请求在队列中等待。</translation>
    </message>
    <message>
        <source>Contexts of %1 tokens instead of %2</source>
        <translation>上下文 %1 个 token 而非 %2 个</translation>
    </message>
    <message>
        <source>Longer prompts must be cut or refused (max_model_len / n_ctx); answers that need the cut part may get worse.</source>
        <translation>更长的提示必须截断或拒绝（max_model_len / n_ctx）；需要被截部分的回答可能变差。</translation>
    </message>
    <message>
        <source>%1 layers on the GPU instead of %2 (n_gpu_layers)</source>
        <translation>GPU 上 %1 层而非 %2 层（n_gpu_layers）</translation>
    </message>
    <message>
        <source>Layers on the CPU run at host-memory speed: generation slows down; host RAM grows by what the GPU saves.</source>
        <translation>CPU 上的层以主机内存速度运行：生成变慢；主机内存增加的量等于 GPU 节省的量。</translation>
    </message>
    <message>
        <source>Tensor parallel over %1 GPUs</source>
        <translation>在 %1 块 GPU 上张量并行</translation>
    </message>
    <message>
        <source>Needs a second card (NVLink or PCIe); each GPU holds half the weights and half the KV heads.</source>
        <translation>需要第二块卡（NVLink 或 PCIe）；每块 GPU 持有一半权重和一半 KV 头。</translation>
    </message>
    <message>
        <source>Fused optimizer step (fused=True)</source>
        <translation>融合优化器步骤（fused=True）</translation>
    </message>
    <message>
        <source>Same updates in one kernel per parameter group; needs a CUDA device (Adam and AdamW from PyTorch 2.0).</source>
        <translation>每个参数组用一个内核完成相同的更新；需要 CUDA 设备（Adam 和 AdamW 自 PyTorch 2.0 起）。</translation>
    </message>
    <message>
        <source>Cross-entropy in 8 compiled chunks</source>
        <translation>交叉熵分 8 个编译块计算</translation>
    </message>
    <message>
        <source>Same loss, computed chunk by chunk (torchtune&apos;s CEWithChunkedOutputLoss under torch.compile).</source>
        <translation>损失相同，逐块计算（torchtune 的 CEWithChunkedOutputLoss，在 torch.compile 下）。</translation>
    </message>
    <message>
        <source>Offload activations to host RAM</source>
        <translation>将激活卸载到主机内存</translation>
    </message>
    <message>
        <source>Needs pinned host RAM for the saved activations; slower where the copies do not overlap compute.</source>
        <translation>需要锁页主机内存存放保存的激活；复制无法与计算重叠时会变慢。</translation>
    </message>
</context>
<context>
    <name>Components</name>
    <message>
        <source>Framework runtime</source>
        <translation>框架运行时</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标值</translation>
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
        <translation>数据加载工作进程</translation>
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
        <translation>激活值</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV cache</translation>
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
        <translation>已卸载的状态</translation>
    </message>
    <message>
        <source>Checkpoint staging</source>
        <translation>检查点暂存</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>内存碎片</translation>
    </message>
    <message>
        <source>OS and other programs</source>
        <translation>操作系统及其他程序</translation>
    </message>
    <message>
        <source>In memory</source>
        <translation>载入内存</translation>
    </message>
    <message>
        <source>Memory-mapped</source>
        <translation>内存映射</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>流式读取</translation>
    </message>
    <message>
        <source>CUDA graphs</source>
        <translation>CUDA 图</translation>
    </message>
    <message>
        <source>Cross-validation fits</source>
        <translation>交叉验证拟合</translation>
    </message>
    <message>
        <source>File loading</source>
        <translation>文件加载</translation>
    </message>
    <message>
        <source>Offloaded activations</source>
        <translation>卸载的激活</translation>
    </message>
</context>
<context>
    <name>DeviceFigures</name>
    <message>
        <source>%1 (nvidia-smi)</source>
        <translation>%1（nvidia-smi）</translation>
    </message>
    <message>
        <source>Per GPU as nvidia-smi shows it: %1. PyTorch would report %2 as max_memory_allocated (live tensors) and %3 as max_memory_reserved (with the caching allocator&apos;s free blocks); the rest is the CUDA context, library workspaces and NCCL buffers.</source>
        <translation>每个 GPU 在 nvidia-smi 中显示的用量：%1。PyTorch 报告的 max_memory_allocated（存活张量）为 %2，max_memory_reserved（含缓存分配器的空闲块）为 %3；其余为 CUDA 上下文、库工作区和 NCCL 缓冲区。</translation>
    </message>
</context>
<context>
    <name>MeasurementText</name>
    <message>
        <source>host peak</source>
        <translation>主机峰值</translation>
    </message>
    <message>
        <source>allocated (PyTorch)</source>
        <translation>已分配(PyTorch)</translation>
    </message>
    <message>
        <source>reserved (PyTorch)</source>
        <translation>已预留(PyTorch)</translation>
    </message>
    <message>
        <source>nvidia-smi</source>
        <translation>nvidia-smi</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>The measurement names no scenario; it is taken to be this one.</source>
        <translation>测量结果未注明场景;视为属于当前场景。</translation>
    </message>
    <message>
        <source>The measured run differs from this scenario in: %1</source>
        <translation>实测运行与当前场景的不同之处:%1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>误差</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>Against %n published GPU run(s) whose per-GPU memory was measured (each compared with the figure of the monitor it was read from: allocated, reserved or nvidia-smi), this version estimates with a median error of %1, a 90th percentile of %2 and a worst case of %3; %4 of them are under-estimated.</source>
        <translation>
            <numerusform>对照 %n 个已公开、测量了每 GPU 内存的 GPU 运行（各自与其读数所用监视器的数值比较：allocated、reserved 或 nvidia-smi），本版本估计的误差中位数为 %1，第 90 百分位为 %2，最差为 %3；其中 %4 个被低估。</numerusform>
        </translation>
    </message>
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
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Preprocessing copies</source>
        <translation>预处理副本</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活</translation>
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
    <message>
        <source>Measured against estimated</source>
        <translation>实测与估算对比</translation>
    </message>
    <message>
        <source>A run measured with headroom_probe (%1, %2), held against this estimate. Error = (estimated − measured) / measured: positive when the estimate is high.</source>
        <translation>用 headroom_probe 测得的一次运行(%1,%2)与本估算的对比。误差 =(估算 − 实测)/ 实测:估算偏高时为正。</translation>
    </message>
    <message>
        <source>QLoRA, rank %1 over a 4-bit %2 base%3</source>
        <translation>QLoRA，秩 %1，基于 4 位 %2 基座%3</translation>
    </message>
    <message>
        <source>, double quantisation</source>
        <translation>，双重量化</translation>
    </message>
    <message>
        <source>%1 total, %2 active per token</source>
        <translation>共 %1，每个词元激活 %2</translation>
    </message>
    <message>
        <source>Expert parallel</source>
        <translation>专家并行</translation>
    </message>
    <message>
        <source>%1 (with unsaved changes)</source>
        <translation>%1（有未保存的更改）</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>价格：%1</translation>
    </message>
    <message>
        <source>it fits with the margin too, but costs %1 more</source>
        <translation>留出余量也能容纳，但贵 %1</translation>
    </message>
    <message>
        <source>On this machine at most &lt;b&gt;%1&lt;/b&gt; sequences of %2 tokens fit at once (the scenario serves %3); at %3 sequences the context can grow to &lt;b&gt;%4&lt;/b&gt; tokens.</source>
        <translation>在这台机器上最多同时容纳 &lt;b&gt;%1&lt;/b&gt; 个 %2 token 的序列（场景服务 %3 个）；在 %3 个序列时上下文可增长到 &lt;b&gt;%4&lt;/b&gt; 个 token。</translation>
    </message>
    <message>
        <source>Memory against concurrent sequences and context length</source>
        <translation>内存随并发序列和上下文长度变化</translation>
    </message>
    <message>
        <source>Dashed lines: what each candidate&apos;s GPU gives the engine (its share of the GPU for vLLM, SGLang and TGI).</source>
        <translation>虚线：各候选机器的 GPU 提供给引擎的内存（vLLM、SGLang 和 TGI 为其所占 GPU 份额）。</translation>
    </message>
    <message>
        <source>Dashed lines: the RAM of each candidate.</source>
        <translation>虚线：各候选机器的内存。</translation>
    </message>
    <message>
        <source>Memory against concurrent sequences</source>
        <translation>内存随并发序列变化</translation>
    </message>
    <message>
        <source>Figure 1. Memory as more sequences of %1 tokens are served at once; the dotted line marks the scenario&apos;s %2.</source>
        <translation>图 1. 同时服务更多 %1 个 token 的序列时的内存；点线标出场景的 %2。</translation>
    </message>
    <message>
        <source>Memory against context length</source>
        <translation>内存随上下文长度变化</translation>
    </message>
    <message>
        <source>Figure 2. Memory as the context per sequence grows, %1 sequences at once; the dotted line marks the scenario&apos;s %2 tokens.</source>
        <translation>图 2. 每序列上下文增长时的内存，同时 %1 个序列；点线标出场景的 %2 个 token。</translation>
    </message>
    <message>
        <source>Most sequences</source>
        <translation>最多序列</translation>
    </message>
    <message>
        <source>Context per sequence (tokens)</source>
        <translation>每序列上下文（token）</translation>
    </message>
    <message>
        <source>Concurrent sequences</source>
        <translation>并发序列</translation>
    </message>
    <message>
        <source>Scenario: %1 tokens</source>
        <translation>场景：%1 个 token</translation>
    </message>
    <message>
        <source>Scenario: %1 sequences</source>
        <translation>场景：%1 个序列</translation>
    </message>
    <message>
        <source>On this machine the largest batch that fits (without the safety margin) is &lt;b&gt;%1&lt;/b&gt; samples per device; the scenario uses %2.</source>
        <translation>在这台机器上，（不计安全余量）每个设备可容纳的最大批大小为 &lt;b&gt;%1&lt;/b&gt; 个样本；场景使用 %2。</translation>
    </message>
    <message>
        <source>Free memory is what remains at the job&apos;s peak, after the OS reserve and other programs; a machine fits with margin when it also covers the %1 safety margin. The largest batch, sequence count and dataset are the most that fit without that margin.</source>
        <translation>空闲内存指任务峰值时扣除操作系统预留和其他程序后剩余的内存；若还能覆盖 %1 的安全余量，则该机器“含余量可容纳”。最大批大小、最多序列数和最大数据集均为不计该余量时可容纳的上限。</translation>
    </message>
    <message>
        <source>Optimizer step</source>
        <translation>优化器步骤</translation>
    </message>
    <message>
        <source>framework default</source>
        <translation>框架默认</translation>
    </message>
    <message>
        <source>Loss chunks</source>
        <translation>损失分块</translation>
    </message>
    <message>
        <source>torch.compile</source>
        <translation>torch.compile</translation>
    </message>
    <message>
        <source>Activation offloading</source>
        <translation>激活卸载</translation>
    </message>
    <message>
        <source>, on every linear layer</source>
        <translation>，作用于每个线性层</translation>
    </message>
    <message>
        <source>, dropout %1</source>
        <translation>，dropout %1</translation>
    </message>
    <message>
        <source>, on %1</source>
        <translation>，作用于 %1</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>sum of the outputs (no cross-entropy)</source>
        <translation>输出之和（无交叉熵）</translation>
    </message>
</context>
<context>
    <name>headroom::Message</name>
    <message>
        <source>must be an object, got %1</source>
        <translation>必须是对象，实际为 %1</translation>
    </message>
    <message>
        <source>unknown key (did you mean &quot;%1&quot;?)</source>
        <translation>未知的键（是否指 &quot;%1&quot;？）</translation>
    </message>
    <message>
        <source>unknown key (allowed: %1)</source>
        <translation>未知的键（允许：%1）</translation>
    </message>
    <message>
        <source>required key missing</source>
        <translation>缺少必需的键</translation>
    </message>
    <message>
        <source>must be a number, got %1</source>
        <translation>必须是数字，实际为 %1</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>必须是有限的数字</translation>
    </message>
    <message>
        <source>must be &gt; %1, got %2</source>
        <translation>必须 &gt; %1，实际为 %2</translation>
    </message>
    <message>
        <source>must be &gt;= %1, got %2</source>
        <translation>必须 &gt;= %1，实际为 %2</translation>
    </message>
    <message>
        <source>must be &lt;= %1, got %2</source>
        <translation>必须 &lt;= %1，实际为 %2</translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation>必须是 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>必须是字符串，实际为 %1</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (did you mean &quot;%2&quot;?); allowed: %3</source>
        <translation>未知的值 &quot;%1&quot;（是否指 &quot;%2&quot;？）；允许：%3</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; allowed: %2</source>
        <translation>未知的值 &quot;%1&quot;；允许：%2</translation>
    </message>
    <message>
        <source>does not fit a 64-bit integer, got %1</source>
        <translation>超出 64 位整数范围：%1</translation>
    </message>
    <message>
        <source>must be an integer, got %1</source>
        <translation>必须是整数，实际为 %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>required with layout csr (fraction of non-zero values)</source>
        <translation>布局为 csr 时必填（非零值所占比例）</translation>
    </message>
    <message>
        <source>csr needs a tabular input, got %1</source>
        <translation>csr 需要表格输入，实际为 %1</translation>
    </message>
    <message>
        <source>csr values must be a float or int32/int64 type, got %1</source>
        <translation>csr 的值必须是浮点或 int32/int64 类型，实际为 %1</translation>
    </message>
    <message>
        <source>must divide hidden (%1), got %2</source>
        <translation>必须整除 hidden（%1），实际为 %2</translation>
    </message>
    <message>
        <source>must divide heads (%1), got %2</source>
        <translation>必须整除 heads（%1），实际为 %2</translation>
    </message>
    <message>
        <source>rotary positions need an even head dimension, got %1</source>
        <translation>旋转位置编码需要偶数的头维度，实际为 %1</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot; (did you mean &quot;%2&quot;?); allowed: %3</source>
        <translation>未知的预设 &quot;%1&quot;（是否指 &quot;%2&quot;？）；允许：%3</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot;; allowed: %2</source>
        <translation>未知的预设 &quot;%1&quot;；允许：%2</translation>
    </message>
    <message>
        <source>%1 needs an image input, got %2</source>
        <translation>%1 需要图像输入，实际为 %2</translation>
    </message>
    <message>
        <source>use {&quot;preset&quot;: NAME} for a named network</source>
        <translation>命名网络请使用 {&quot;preset&quot;: NAME}</translation>
    </message>
    <message>
        <source>must be an array of widths, got %1</source>
        <translation>必须是宽度数组，实际为 %1</translation>
    </message>
    <message>
        <source>rnn needs a sequence input, got %1</source>
        <translation>rnn 需要序列输入，实际为 %1</translation>
    </message>
    <message>
        <source>only for scikit-learn, xgboost and lightgbm; %1 takes an architecture</source>
        <translation>仅用于 scikit-learn、xgboost 和 lightgbm；%1 需要网络结构</translation>
    </message>
    <message>
        <source>only for deep-learning frameworks; %1 takes an estimator</source>
        <translation>仅用于深度学习框架；%1 需要估计器</translation>
    </message>
    <message>
        <source>must name an estimator class, got &quot;&quot;</source>
        <translation>必须指定估计器类，实际为 &quot;&quot;</translation>
    </message>
    <message>
        <source>%1 is weight-only quantisation for inference; task is train</source>
        <translation>%1 是仅用于推理的权重量化；而任务是训练</translation>
    </message>
    <message>
        <source>only with task inference</source>
        <translation>仅限推理任务</translation>
    </message>
    <message>
        <source>only for a transformer language model</source>
        <translation>仅用于 Transformer 语言模型</translation>
    </message>
    <message>
        <source>scikit-learn computes on the cpu only</source>
        <translation>scikit-learn 仅在 CPU 上计算</translation>
    </message>
    <message>
        <source>tensor_parallel × pipeline_parallel (%1) must divide the number of devices (%2)</source>
        <translation>tensor_parallel × pipeline_parallel（%1）必须整除设备数（%2）</translation>
    </message>
    <message>
        <source>must name a catalogue entry, got &quot;&quot;</source>
        <translation>必须指定目录条目，实际为 &quot;&quot;</translation>
    </message>
    <message>
        <source>must be an array of candidate machines, got %1</source>
        <translation>必须是候选机器数组，实际为 %1</translation>
    </message>
    <message>
        <source>duplicate candidate &quot;%1&quot;</source>
        <translation>重复的候选 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object, got %1</source>
        <translation>场景必须是 JSON 对象，实际为 %1</translation>
    </message>
    <message>
        <source>format version %1 is newer than this program reads (%2); update Headroom</source>
        <translation>格式版本 %1 比本程序能读取的版本（%2）新；请更新 Headroom</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>JSON 格式错误，第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: the file is empty</source>
        <translation>JSON 格式错误，第 %1 行第 %2 列：文件为空</translation>
    </message>
    <message>
        <source>malformed JSON: a number is too large to represent (beyond 1.8e308)</source>
        <translation>JSON 格式错误：数字太大，无法表示（超过 1.8e308）</translation>
    </message>
    <message>
        <source>unknown catalogue entry &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>未知的目录条目 &quot;%1&quot;（是否指 &quot;%2&quot;？）</translation>
    </message>
    <message>
        <source>unknown catalogue entry &quot;%1&quot;</source>
        <translation>未知的目录条目 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the estimate exceeds 2^63 bytes (8 EiB); check dataset.samples, the model size and run.batch_size</source>
        <translation>估算超过 2^63 字节（8 EiB）；请检查 dataset.samples、模型大小和 run.batch_size</translation>
    </message>
    <message>
        <source>the model&apos;s architecture is missing or unknown; only the runtime is counted</source>
        <translation>模型结构缺失或未知；只计入运行时</translation>
    </message>
    <message>
        <source>int8/int4 are weight-only inference precisions; training them needs LoRA adapters (QLoRA)</source>
        <translation>int8/int4 是仅用于推理的权重精度；训练需要 LoRA 适配器（QLoRA）</translation>
    </message>
    <message>
        <source>run.generation applies to transformer language models; ignored</source>
        <translation>run.generation 仅适用于 Transformer 语言模型；已忽略</translation>
    </message>
    <message>
        <source>TensorFlow maps nearly all device memory unless memory growth is enabled; the estimate is what the model needs</source>
        <translation>除非启用内存增长，TensorFlow 会占用几乎全部设备内存；估算值是模型实际所需</translation>
    </message>
    <message>
        <source>JAX preallocates 75 % of device memory by default (XLA_PYTHON_CLIENT_PREALLOCATE); the estimate is what the model needs</source>
        <translation>JAX 默认预分配 75 % 的设备内存（XLA_PYTHON_CLIENT_PREALLOCATE）；估算值是模型实际所需</translation>
    </message>
    <message>
        <source>the data is stored dense (%1) at density %2; as CSR (%3 non-zeros per row) it would take %4</source>
        <translation>数据以稠密方式存储（%1），密度为 %2；若用 CSR（每行 %3 个非零值）只需 %4</translation>
    </message>
    <message>
        <source>the data is float64 (%1); stored as float32 the peak would be %2 instead of %3, saving %4</source>
        <translation>数据为 float64（%1）；若以 float32 存储，峰值将为 %2 而非 %3，节省 %4</translation>
    </message>
    <message>
        <source>the estimator %1 is not modelled: the estimate counts the %2 runtime and the data (%3) but not the fit&apos;s working memory, which is often one or more copies of the data</source>
        <translation>估计器 %1 未建模：估算计入了 %2 运行时和数据（%3），但不含拟合的工作内存，而它常常是数据的一份或多份副本</translation>
    </message>
    <message>
        <source>LightGBM&apos;s GPU device memory is not modelled; host memory is as for the CPU</source>
        <translation>LightGBM 的 GPU 设备内存未建模；主机内存按 CPU 计算</translation>
    </message>
    <message>
        <source>%1 with max_depth=None grows each tree until its leaves are pure: about %2 nodes per tree, %3 for %4 tree(s); set max_depth or min_samples_leaf to bound it</source>
        <translation>%1 在 max_depth=None 时会让每棵树生长到叶节点纯净为止：每棵树约 %2 个节点，%4 棵树共 %3；设置 max_depth 或 min_samples_leaf 可加以限制</translation>
    </message>
    <message>
        <source>DBSCAN holds every sample&apos;s eps-neighbourhood at once: about %1 neighbours per sample, %2; a smaller eps or OPTICS bounds it</source>
        <translation>DBSCAN 会同时保存每个样本的 eps 邻域：每个样本约 %1 个邻居，共 %2；减小 eps 或改用 OPTICS 可加以限制</translation>
    </message>
    <message>
        <source>PCA in scikit-learn 1.2 refuses sparse input; TruncatedSVD works on CSR without densifying</source>
        <translation>scikit-learn 1.2 的 PCA 不接受稀疏输入；TruncatedSVD 可直接处理 CSR 而无需转为稠密</translation>
    </message>
    <message>
        <source>streaming storage: %1 fits on the whole set; the estimate assumes the data is loaded in memory for the fit</source>
        <translation>流式存储：%1 在整个数据集上拟合；估算假定拟合时数据已载入内存</translation>
    </message>
    <message>
        <source>host RAM is %1 short (needs %2, has %3)</source>
        <translation>主机内存缺少 %1（需要 %2，现有 %3）</translation>
    </message>
    <message>
        <source>it has no GPU</source>
        <translation>没有 GPU</translation>
    </message>
    <message>
        <source>the job needs %1 GPUs per machine, it has %2</source>
        <translation>任务每台机器需要 %1 个 GPU，实际有 %2 个</translation>
    </message>
    <message>
        <source>each GPU is %1 short (needs %2, has %3)</source>
        <translation>每个 GPU 缺少 %1（需要 %2，现有 %3）</translation>
    </message>
    <message>
        <source>host RAM leaves less than the %1 safety margin (%2 recommended)</source>
        <translation>主机内存余量低于 %1 的安全余量（建议 %2）</translation>
    </message>
    <message>
        <source>each GPU leaves less than the %1 safety margin (%2 recommended)</source>
        <translation>每个 GPU 的余量低于 %1 的安全余量（建议 %2）</translation>
    </message>
    <message>
        <source>fits with %1 host RAM free</source>
        <translation>可容纳，剩余主机内存 %1</translation>
    </message>
    <message>
        <source>fits with %1 host RAM free and %2 free per GPU</source>
        <translation>可容纳，剩余主机内存 %1，每个 GPU 剩余 %2</translation>
    </message>
    <message>
        <source>%1 samples × %2 × %3 B %4</source>
        <translation>%1 个样本 × %2 × %3 B %4</translation>
    </message>
    <message>
        <source>%1 worker processes × %2 private pages each (interpreter state touched after fork)</source>
        <translation>%1 个工作进程 × 每个 %2 私有页（fork 后被访问的解释器状态）</translation>
    </message>
    <message>
        <source>Python + NumPy + SciPy + xgboost 1.7 (imports scikit-learn) after import, measured</source>
        <translation>导入后的 Python + NumPy + SciPy + xgboost 1.7（会导入 scikit-learn），实测</translation>
    </message>
    <message>
        <source>Python + NumPy + SciPy + lightgbm after import (not measured: scikit-learn ensemble figure)</source>
        <translation>导入后的 Python + NumPy + SciPy + lightgbm（未实测：采用 scikit-learn ensemble 的数值）</translation>
    </message>
    <message>
        <source>Python + NumPy + SciPy + scikit-learn 1.2 with %1 imported, measured</source>
        <translation>Python + NumPy + SciPy + scikit-learn 1.2，已导入 %1，实测</translation>
    </message>
    <message>
        <source>not JSON text: byte 0x%3 at line %1, column %2 is binary data or not UTF-8</source>
        <translation>不是 JSON 文本：第 %1 行第 %2 列的字节 0x%3 是二进制数据或不是 UTF-8</translation>
    </message>
    <message>
        <source>arrays and objects nested deeper than %1 levels (at line %2, column %3); refused</source>
        <translation>数组和对象的嵌套超过 %1 层（第 %2 行第 %3 列）；已拒绝</translation>
    </message>
    <message>
        <source>the file is %1 bytes, larger than the %2 bytes this program reads; refused without reading it</source>
        <translation>文件有 %1 字节，超过本程序读取的上限 %2 字节；未读取即拒绝</translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation>必须是数组,实际为 %1</translation>
    </message>
    <message>
        <source>has %1 entries; at most %2 are read</source>
        <translation>有 %1 项;最多读取 %2 项</translation>
    </message>
    <message>
        <source>must be a pair [seconds, bytes], got %1</source>
        <translation>必须是 [秒, 字节] 数对,实际为 %1</translation>
    </message>
    <message>
        <source>a measurement must be a JSON object, got %1</source>
        <translation>测量结果必须是 JSON 对象,实际为 %1</translation>
    </message>
    <message>
        <source>required key missing: this is a scenario, not a measurement</source>
        <translation>缺少必需的键:这是场景文件,不是测量结果</translation>
    </message>
    <message>
        <source>the file has %1 bytes; a measurement is read up to %2 bytes</source>
        <translation>文件有 %1 字节;测量结果最多读取 %2 字节</translation>
    </message>
    <message>
        <source>arrays and objects are nested deeper than %1 levels</source>
        <translation>数组和对象的嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>required for a mixture of experts (moe)</source>
        <translation>混合专家 (moe) 必需</translation>
    </message>
    <message>
        <source>experts_per_token (%1) must not exceed experts (%2)</source>
        <translation>experts_per_token (%1) 不得超过 experts (%2)</translation>
    </message>
    <message>
        <source>first_dense_layers (%1) must not exceed layers (%2)</source>
        <translation>first_dense_layers (%1) 不得超过 layers (%2)</translation>
    </message>
    <message>
        <source>required for latent attention (mla)</source>
        <translation>潜在注意力 (mla) 必需</translation>
    </message>
    <message>
        <source>qk_rope_head_dim + qk_nope_head_dim must be at least 1</source>
        <translation>qk_rope_head_dim + qk_nope_head_dim 至少为 1</translation>
    </message>
    <message>
        <source>%1 base weights are trained only through adapters: finetune method lora (int8) or qlora (4-bit)</source>
        <translation>%1 基座权重只能通过适配器训练：finetune method 为 lora (int8) 或 qlora (4 位)</translation>
    </message>
    <message>
        <source>qlora&apos;s base is 4-bit already; precision is the compute dtype (fp32, bf16, fp16, mixed_bf16 or mixed_fp16), got %1</source>
        <translation>qlora 的基座已是 4 位；precision 为计算数据类型 (fp32、bf16、fp16、mixed_bf16 或 mixed_fp16)，实际为 %1</translation>
    </message>
    <message>
        <source>qlora trains adapters: task must be train</source>
        <translation>qlora 训练适配器：task 必须为 train</translation>
    </message>
    <message>
        <source>qlora needs a transformer language model</source>
        <translation>qlora 需要 Transformer 语言模型</translation>
    </message>
    <message>
        <source>needs a mixture-of-experts model (model.architecture.moe), got %1</source>
        <translation>需要混合专家模型 (model.architecture.moe)，实际为 %1</translation>
    </message>
    <message>
        <source>must divide the number of experts (%1), got %2</source>
        <translation>必须整除专家数 (%1)，实际为 %2</translation>
    </message>
    <message>
        <source>must divide the data-parallel degree (%1 = devices ÷ tensor × pipeline parallel), got %2</source>
        <translation>必须整除数据并行度 (%1 = 设备数 ÷ 张量 × 流水线并行)，实际为 %2</translation>
    </message>
    <message>
        <source>not a setting of %1 (it is one of %2)</source>
        <translation>不是 %1 的设置（它属于 %2）</translation>
    </message>
    <message>
        <source>give context_tokens or prompt_tokens and output_tokens, not both</source>
        <translation>请给出 context_tokens，或 prompt_tokens 与 output_tokens，不能同时给出</translation>
    </message>
    <message>
        <source>run.serving holds the prompt and output tokens; remove run.generation</source>
        <translation>run.serving 已包含提示与输出 token；请删除 run.generation</translation>
    </message>
    <message>
        <source>cache type %1 is not available in %2 (it has: %3)</source>
        <translation>%2 不提供缓存类型 %1（可用：%3）</translation>
    </message>
    <message>
        <source>a unified-memory machine&apos;s GPU uses its host RAM; remove gpu or unified_memory</source>
        <translation>统一内存机器的 GPU 使用主机内存；请删除 gpu 或 unified_memory</translation>
    </message>
    <message>
        <source>%1 concurrent sequences exceed %2 (%3): the rest wait in the queue, their memory is not held</source>
        <translation>%1 个并发序列超过 %2（%3）：其余在队列中等待，不占用内存</translation>
    </message>
    <message>
        <source>n_ctx (%1) is less than concurrent_sequences × context (%2): each of the %3 slots gets %4 tokens</source>
        <translation>n_ctx（%1）小于 concurrent_sequences × 上下文（%2）：%3 个槽位各得 %4 个 token</translation>
    </message>
    <message>
        <source>use_mmap off: llama.cpp reads the GPU layers&apos; weights (%1) through host memory while loading</source>
        <translation>use_mmap 关闭：llama.cpp 加载时经由主机内存读取 GPU 层的权重（%1）</translation>
    </message>
    <message>
        <source>each GPU needs %1, %2 takes %3 × %4</source>
        <translation>每块 GPU 需要 %1，%2 占用 %3 × %4</translation>
    </message>
    <message>
        <source>host and GPU together need %1 of its %2 unified memory</source>
        <translation>主机和 GPU 合计需要 %1，其统一内存为 %2</translation>
    </message>
    <message>
        <source>%1 stores %2 bits per weight, got %3</source>
        <translation>%1 每个权重占 %2 位，实际为 %3</translation>
    </message>
    <message>
        <source>must be 2, 3, 4 or 8, got %1</source>
        <translation>必须为 2、3、4 或 8，实际为 %1</translation>
    </message>
    <message>
        <source>only for the weight formats %1, got %2</source>
        <translation>仅适用于权重格式 %1，实际为 %2</translation>
    </message>
    <message>
        <source>must be -1 (one group per row) or &gt;= 1, got %1</source>
        <translation>必须为 -1（每行一组）或 &gt;= 1，实际为 %1</translation>
    </message>
    <message>
        <source>the %1 format quantises a transformer&apos;s linear layers; give the exact bytes for other networks</source>
        <translation>%1 格式量化的是 Transformer 的线性层；其他网络请给出确切字节数</translation>
    </message>
    <message>
        <source>weights in %1 are frozen: training them needs LoRA adapters (finetune method lora), got %2</source>
        <translation>%1 格式的权重是冻结的：训练需要 LoRA 适配器（finetune method lora），实际为 %2</translation>
    </message>
    <message>
        <source>%1 is a weight format of its own; with model.weights give the compute precision (fp16, bf16, fp32)</source>
        <translation>%1 本身就是一种权重格式；使用 model.weights 时请给出计算精度（fp16、bf16、fp32）</translation>
    </message>
    <message>
        <source>must be a SHA-256 digest (64 lower-case hexadecimal digits), got %1</source>
        <translation>必须是 SHA-256 摘要（64 位小写十六进制数字），实际为 %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is not a model file Headroom reads (config.json, *.safetensors, model.safetensors.index.json, *.gguf)</source>
        <translation>不是 Headroom 可读取的模型文件（config.json、*.safetensors、model.safetensors.index.json、*.gguf）</translation>
    </message>
    <message>
        <source>the file ends inside the %1 (at byte %2 of %3; truncated?)</source>
        <translation>文件在 %1 中途结束（第 %2 字节，共 %3 字节；是否被截断？）</translation>
    </message>
    <message>
        <source>the %1 is %2 bytes, more than the %3 bytes Headroom reads</source>
        <translation>%1 大小为 %2 字节，超过 Headroom 读取的上限 %3 字节</translation>
    </message>
    <message>
        <source>the %1 is not valid JSON: %2</source>
        <translation>%1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>the %1 must be a JSON object</source>
        <translation>%1 必须是 JSON 对象</translation>
    </message>
    <message>
        <source>the header length %1 runs past the end of the file (%2 bytes after the length field)</source>
        <translation>头部长度 %1 超出了文件末尾（长度字段之后只有 %2 字节）</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has an unknown dtype %2</source>
        <translation>张量“%1”的 dtype %2 未知</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has an invalid shape %2</source>
        <translation>张量“%1”的形状 %2 无效</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: data offsets %2 do not hold its %3 bytes inside the file&apos;s %4 data bytes (truncated or corrupt)</source>
        <translation>张量“%1”：数据偏移 %2 无法在文件的 %4 个数据字节内容纳其 %3 字节（文件被截断或已损坏）</translation>
    </message>
    <message>
        <source>is not a GGUF file: it starts with %1 instead of &quot;GGUF&quot;</source>
        <translation>不是 GGUF 文件：开头是 %1 而不是“GGUF”</translation>
    </message>
    <message>
        <source>GGUF version %1 is not read (versions 2 and 3 are)</source>
        <translation>不读取 GGUF 版本 %1（支持版本 2 和 3）</translation>
    </message>
    <message>
        <source>claims %1 tensors; the remaining %2 bytes of the file can hold at most %3</source>
        <translation>声称有 %1 个张量；文件剩余的 %2 字节最多只能容纳 %3 个</translation>
    </message>
    <message>
        <source>claims %1 metadata keys; the remaining %2 bytes of the file can hold at most %3</source>
        <translation>声称有 %1 个元数据键；文件剩余的 %2 字节最多只能容纳 %3 个</translation>
    </message>
    <message>
        <source>a string of %1 bytes at byte %2 runs past the end of the file (%3 bytes)</source>
        <translation>位于第 %2 字节、长 %1 字节的字符串超出了文件末尾（文件共 %3 字节）</translation>
    </message>
    <message>
        <source>metadata key &quot;%1&quot; claims %2 array elements, more than the rest of the file can hold</source>
        <translation>元数据键“%1”声称有 %2 个数组元素，超过文件剩余部分所能容纳的数量</translation>
    </message>
    <message>
        <source>metadata key &quot;%1&quot; has an unknown value type %2</source>
        <translation>元数据键“%1”的值类型 %2 未知</translation>
    </message>
    <message>
        <source>metadata key &quot;%1&quot; nests arrays more than %2 deep</source>
        <translation>元数据键“%1”的数组嵌套超过 %2 层</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has %2 dimensions (1 to 4 allowed)</source>
        <translation>张量“%1”有 %2 个维度（允许 1 到 4 个）</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has an unknown GGML type %2</source>
        <translation>张量“%1”的 GGML 类型 %2 未知</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: rows of %2 values do not fill whole %3 blocks of %4 values</source>
        <translation>张量“%1”：每行 %2 个值，无法填满整数个 %3 块（每块 %4 个值）</translation>
    </message>
    <message>
        <source>general.alignment must be a power of two up to 1 MiB, got %1</source>
        <translation>general.alignment 必须是不超过 1 MiB 的 2 的幂，实际为 %1</translation>
    </message>
    <message>
        <source>the metadata key %1 is missing</source>
        <translation>缺少元数据键 %1</translation>
    </message>
    <message>
        <source>%1 is missing or not a positive integer</source>
        <translation>%1 缺失或不是正整数</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, got %4</source>
        <translation>%1 必须介于 %2 和 %3 之间，实际为 %4</translation>
    </message>
    <message>
        <source>unknown model type &quot;%1&quot;; Headroom reads %2</source>
        <translation>未知的模型类型“%1”；Headroom 可读取 %2</translation>
    </message>
    <message>
        <source>holds no tensors</source>
        <translation>不包含任何张量</translation>
    </message>
    <message>
        <source>the index has no weight_map object of tensor names and shard files</source>
        <translation>索引中没有由张量名和分片文件组成的 weight_map 对象</translation>
    </message>
    <message>
        <source>has tensors but no architecture: put the model&apos;s config.json beside it</source>
        <translation>包含张量但没有架构信息：请将模型的 config.json 放在它旁边</translation>
    </message>
    <message>
        <source>the position table is counted with %1 rows, the file has %2</source>
        <translation>位置表按 %1 行计算，文件中为 %2 行</translation>
    </message>
    <message>
        <source>only the language model is counted, not the vision tower</source>
        <translation>只计入语言模型，不计入视觉编码器</translation>
    </message>
    <message>
        <source>quantization_config &quot;%1&quot; is not modelled; the weights are counted in the run&apos;s precision</source>
        <translation>未对 quantization_config“%1”建模；权重按运行精度计算</translation>
    </message>
    <message>
        <source>the shards are not beside the index: the weight bytes are its total_size</source>
        <translation>分片文件不在索引旁边：权重字节数取自索引的 total_size</translation>
    </message>
    <message>
        <source>this is one part of a split GGUF model: only its tensors are counted</source>
        <translation>这是拆分 GGUF 模型的一部分：只计入其中的张量</translation>
    </message>
    <message>
        <source>the model it describes is refused: %1</source>
        <translation>其描述的模型被拒绝：%1</translation>
    </message>
    <message>
        <source>%1 linear-layer parameters in %2 (4 bits, blocks of 64, fp32 absmax) + %3 others × %4 B %5 + %6 LoRA adapter parameters (rank %7) × %8 B</source>
        <translation>%1 个线性层参数，格式 %2（4 位，64 个一块，fp32 absmax）+ %3 个其他参数 × %4 B %5 + %6 个 LoRA 适配器参数（秩 %7）× %8 B</translation>
    </message>
    <message>
        <source>%1 linear-layer parameters in %2 (4 bits, blocks of 64, 8-bit absmax + fp32 per 256 blocks, double quantisation) + %3 others × %4 B %5 + %6 LoRA adapter parameters (rank %7) × %8 B</source>
        <translation>%1 个线性层参数，格式 %2（4 位，64 个一块，8 位 absmax + 每 256 块一个 fp32，双重量化）+ %3 个其他参数 × %4 B %5 + %6 个 LoRA 适配器参数（秩 %7）× %8 B</translation>
    </message>
    <message>
        <source>%1 adapter parameters</source>
        <translation>%1 个适配器参数</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 个参数</translation>
    </message>
    <message>
        <source>%1 trainable parameters (%2)</source>
        <translation>%1 个可训练参数（%2）</translation>
    </message>
    <message>
        <source>%1 × %2 B</source>
        <translation>%1 × %2 B</translation>
    </message>
    <message>
        <source>%1 (paged: unified memory, evicted to host RAM only under memory pressure)</source>
        <translation>%1（分页：统一内存，仅在内存紧张时换出到主机内存）</translation>
    </message>
    <message>
        <source>%1 × 2 states × 1 B (8-bit, block-wise fp32 scales)</source>
        <translation>%1 × 2 个状态 × 1 B（8 位，分块 fp32 缩放）</translation>
    </message>
    <message>
        <source>%1 × 2 moments × %2 B</source>
        <translation>%1 × 2 个矩 × %2 B</translation>
    </message>
    <message>
        <source>%1 × 1 state × %2 B</source>
        <translation>%1 × 1 个状态 × %2 B</translation>
    </message>
    <message>
        <source>fp32 (autocast keeps the model in fp32)</source>
        <translation>fp32（autocast 以 fp32 保存模型）</translation>
    </message>
    <message>
        <source>%1 parameters × %2 B %3</source>
        <translation>%1 个参数 × %2 B %3</translation>
    </message>
    <message>
        <source>%1 quantised parameters × %2 B %3 + fp32 absmax per 64 (bitsandbytes 4-bit)</source>
        <translation>%1 个量化参数 × %2 B %3 + 每 64 个一个 fp32 absmax（bitsandbytes 4 位）</translation>
    </message>
    <message>
        <source>%1 quantised parameters × %2 B %3 + 16-bit scales</source>
        <translation>%1 个量化参数 × %2 B %3 + 16 位缩放</translation>
    </message>
    <message>
        <source>%1 + %2 embedding/LM-head parameters × 2 B (not quantised)</source>
        <translation>%1 + %2 个嵌入/LM 头参数 × 2 B（未量化）</translation>
    </message>
    <message>
        <source>%1 (the 16-bit copies autocast makes of the fp32 model)</source>
        <translation>%1（autocast 为 fp32 模型生成的 16 位副本）</translation>
    </message>
    <message>
        <source>%1 + %2 LoRA adapter parameters (rank %3)</source>
        <translation>%1 + %2 个 LoRA 适配器参数（秩 %3）</translation>
    </message>
    <message>
        <source>%1 × 4 B fp32 master copy</source>
        <translation>%1 × 4 B fp32 主副本</translation>
    </message>
    <message>
        <source>%1 × 1 momentum buffer × %2 B</source>
        <translation>%1 × 1 个动量缓冲 × %2 B</translation>
    </message>
    <message>
        <source>%1 × 2 moments (exp_avg, exp_avg_sq) × %2 B</source>
        <translation>%1 × 2 个矩（exp_avg, exp_avg_sq）× %2 B</translation>
    </message>
    <message>
        <source>%1 × 1 sum of squares × %2 B</source>
        <translation>%1 × 1 个平方和 × %2 B</translation>
    </message>
    <message>
        <source>%1 × 1 square average × %2 B</source>
        <translation>%1 × 1 个平方均值 × %2 B</translation>
    </message>
    <message>
        <source>%1 × 1 momentum × %2 B</source>
        <translation>%1 × 1 个动量 × %2 B</translation>
    </message>
    <message>
        <source>%1 factored row/column statistics × %2 B (Adafactor)</source>
        <translation>%1 个分解的行/列统计量 × %2 B（Adafactor）</translation>
    </message>
    <message>
        <source>fused Adam (Megatron, DeepSpeed): no temporaries</source>
        <translation>融合 Adam（Megatron、DeepSpeed）：无临时张量</translation>
    </message>
    <message>
        <source>foreach step (PyTorch ≥ 2.0 on CUDA): one temporary of %1 values × %2 B (sqrt of the second moments)</source>
        <translation>foreach 步骤（CUDA 上的 PyTorch ≥ 2.0）：一个 %1 个值 × %2 B 的临时张量（二阶矩的平方根）</translation>
    </message>
    <message>
        <source>%1 parameters × %2 B %3 (exact bytes of %4)</source>
        <translation>%1 个参数 × %2 B %3（%4 的确切字节数）</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>%1 parameters in %2: %3, the exact tensor bytes of %4 (%5 bits per weight)</source>
        <translation>%1 个参数，格式 %2：%3，%4 的确切张量字节数（每个权重 %5 位）</translation>
    </message>
    <message>
        <source>%1 parameters in %2 (%3 bits per weight): %4</source>
        <translation>%1 个参数，格式 %2（每个权重 %3 位）：%4</translation>
    </message>
    <message>
        <source>%1 blocks for most tensors, 1-D tensors fp32</source>
        <translation>大多数张量用 %1 块，一维张量 fp32</translation>
    </message>
    <message>
        <source>%1 blocks for most tensors, other types for %2 weights as llama-quantize mixes them, 1-D tensors fp32</source>
        <translation>大多数张量用 %1 块，%2 个权重按 llama-quantize 的混合方式用其他类型，一维张量 fp32</translation>
    </message>
    <message>
        <source>%1 weights of the blocks&apos; linear layers as %2; %3 others (embeddings, head, norms, biases) × 2 B</source>
        <translation>块内线性层的 %1 个权重按 %2；%3 个其他参数（嵌入、头、归一化、偏置）× 2 B</translation>
    </message>
    <message>
        <source>%1, %2 steps</source>
        <translation>%1，%2 步</translation>
    </message>
    <message>
        <source>%1, seq %2</source>
        <translation>%1，序列 %2</translation>
    </message>
    <message>
        <source>%1 × %2 processes (one per device)</source>
        <translation>%1 × %2 个进程（每个设备一个）</translation>
    </message>
    <message>
        <source>Python + numpy + torch + torchvision, CPU build (measured)</source>
        <translation>Python + numpy + torch + torchvision，CPU 版本（实测）</translation>
    </message>
    <message>
        <source>Python + numpy + torch, CPU build (measured)</source>
        <translation>Python + numpy + torch，CPU 版本（实测）</translation>
    </message>
    <message>
        <source>Python + jax/jaxlib, CPU (estimate)</source>
        <translation>Python + jax/jaxlib，CPU（估计）</translation>
    </message>
    <message>
        <source>Python + TensorFlow (~0.8 GB import)</source>
        <translation>Python + TensorFlow（导入约 0.8 GB）</translation>
    </message>
    <message>
        <source>CUDA build of PyTorch (~1 GB per process)</source>
        <translation>PyTorch 的 CUDA 版本（每个进程约 1 GB）</translation>
    </message>
    <message>
        <source>jaxlib with CUDA libraries (~1 GB per process, estimate)</source>
        <translation>带 CUDA 库的 jaxlib（每个进程约 1 GB，估计）</translation>
    </message>
    <message>
        <source>TensorFlow with CUDA (~0.8 GB per process; more with many GPUs)</source>
        <translation>带 CUDA 的 TensorFlow（每个进程约 0.8 GB；GPU 多时更多）</translation>
    </message>
    <message>
        <source>CUDA context with lazy module loading (CUDA ≥ 11.7, PyTorch ≥ 1.13): ~612 MiB (unsloth issue 9362)</source>
        <translation>延迟加载模块的 CUDA 上下文（CUDA ≥ 11.7，PyTorch ≥ 1.13）：约 612 MiB（unsloth 问题 9362）</translation>
    </message>
    <message>
        <source>CUDA context with every library kernel loaded (no lazy loading): 1343 MiB measured on a V100 (Hugging Face performance guide)</source>
        <translation>加载全部库内核的 CUDA 上下文（无延迟加载）：在 V100 上实测 1343 MiB（Hugging Face 性能指南）</translation>
    </message>
    <message>
        <source>cuBLAS workspace 32 MiB (:4096:8 on Hopper, PyTorch ≥ 2.1) + cuBLASLt 1 MiB</source>
        <translation>cuBLAS 工作区 32 MiB（Hopper 上 :4096:8，PyTorch ≥ 2.1）+ cuBLASLt 1 MiB</translation>
    </message>
    <message>
        <source>cuBLAS workspace (:4096:2:16:8 = 2 × 4 MiB + 8 × 16 KiB)</source>
        <translation>cuBLAS 工作区（:4096:2:16:8 = 2 × 4 MiB + 8 × 16 KiB）</translation>
    </message>
    <message>
        <source>%1 NCCL communicator(s) × %2 (16 channels × 2 ring peers × Simple 4 MiB + LL128 4.5 MiB + LL 256 KiB)</source>
        <translation>%1 个 NCCL 通信器 × %2（16 个通道 × 2 个环邻居 × Simple 4 MiB + LL128 4.5 MiB + LL 256 KiB）</translation>
    </message>
    <message>
        <source>caching allocator: split-off segment tails of %1 tensors ≥ 10 MiB (%2) + half-used last 20 MiB / 2 MiB segments (%3) + the largest temporary freed before the peak, not reusable by it (%4)</source>
        <translation>缓存分配器：%1 个 ≥ 10 MiB 张量的分裂段尾（%2）+ 半满的最后 20 MiB / 2 MiB 段（%3）+ 峰值前释放、峰值无法复用的最大临时张量（%4）</translation>
    </message>
    <message>
        <source>%1 ÷ %2 (tensor × pipeline parallel)</source>
        <translation>%1 ÷ %2（张量 × 流水线并行）</translation>
    </message>
    <message>
        <source>%1 ÷ %2 (%3 shards)</source>
        <translation>%1 ÷ %2（%3 分片）</translation>
    </message>
    <message>
        <source>%1 ÷ %2 (tensor parallel)</source>
        <translation>%1 ÷ %2（张量并行）</translation>
    </message>
    <message>
        <source>%1 layers × (%2 latent + %3 rotary key) values × %4 positions × %5 sequences × %6 B (latent attention caches the compressed latent)</source>
        <translation>%1 层 × （%2 潜变量 + %3 旋转键）个值 × %4 个位置 × %5 个序列 × %6 B（潜在注意力缓存压缩后的潜变量）</translation>
    </message>
    <message>
        <source>2 × %1 layers × %2 KV heads × %3 head dim × %4 positions × %5 sequences × %6 B</source>
        <translation>2 × %1 层 × %2 个 KV 头 × %3 头维度 × %4 个位置 × %5 个序列 × %6 B</translation>
    </message>
    <message>
        <source>2 × %1 KV heads × %2 head dim × (%3 global layers × %4 positions + %5 sliding-window layers × %6 positions) × %7 sequences × %8 B</source>
        <translation>2 × %1 个 KV 头 × %2 头维度 × （%3 个全局层 × %4 个位置 + %5 个滑动窗口层 × %6 个位置）× %7 个序列 × %8 B</translation>
    </message>
    <message>
        <source>%1 (%2 parameters in all, %3 active per token: %4 of %5 experts)</source>
        <translation>%1（共 %2 个参数，每个 token 激活 %3 个：%5 个专家中的 %4 个）</translation>
    </message>
    <message>
        <source>%1, routed experts (%2 of the parameters) ÷ %3 (expert parallel)</source>
        <translation>%1，路由专家（占参数的 %2）÷ %3（专家并行）</translation>
    </message>
    <message>
        <source>2 layers&apos; weights gathered at a time (%1 each); the rest offloaded to host RAM</source>
        <translation>每次收集 2 层的权重（每层 %1）；其余卸载到主机内存</translation>
    </message>
    <message>
        <source>ZeRO-3/FSDP all-gather of 2 layers&apos; full weights (current + prefetched), %1 per layer</source>
        <translation>ZeRO-3/FSDP 对 2 层完整权重的 all-gather（当前 + 预取），每层 %1</translation>
    </message>
    <message>
        <source>%1 16-bit copies autocast makes of the weights (2 B each, saved for backward)</source>
        <translation>autocast 生成的 %1 个权重 16 位副本（每个 2 B，为反向保存）</translation>
    </message>
    <message>
        <source>%1 16-bit copies autocast makes of the weights (2 B each, saved for backward), embeddings excluded</source>
        <translation>autocast 生成的 %1 个权重 16 位副本（每个 2 B，为反向保存），不含嵌入</translation>
    </message>
    <message>
        <source>2 layers&apos; gradients in flight (%1 each); the rest is moved to host RAM as it is reduced (offload)</source>
        <translation>2 层的梯度在传输中（每层 %1）；其余在归约时移到主机内存（卸载）</translation>
    </message>
    <message>
        <source>dequantised weight of the layer being computed: %1 weights × 2 B</source>
        <translation>正在计算的层的反量化权重：%1 个权重 × 2 B</translation>
    </message>
    <message>
        <source>expert-parallel all-to-all send and receive buffers: %1 routed token copies × %2 × 2</source>
        <translation>专家并行 all-to-all 的发送和接收缓冲：%1 个路由 token 副本 × %2 × 2</translation>
    </message>
    <message>
        <source>DDP gradient buckets: a second copy of the gradients for all-reduce (gradient_as_bucket_view=False, the default)</source>
        <translation>DDP 梯度桶：用于 all-reduce 的第二份梯度（gradient_as_bucket_view=False，默认值）</translation>
    </message>
    <message>
        <source>optimizer states + master weights offloaded, %1 per process × %2</source>
        <translation>优化器状态 + 主权重已卸载，每个进程 %1 × %2</translation>
    </message>
    <message>
        <source>optimizer states + master weights + fp32 gradients offloaded, %1 per process × %2</source>
        <translation>优化器状态 + 主权重 + fp32 梯度已卸载，每个进程 %1 × %2</translation>
    </message>
    <message>
        <source>optimizer states + master weights + weights offloaded, %1 per process × %2</source>
        <translation>优化器状态 + 主权重 + 权重已卸载，每个进程 %1 × %2</translation>
    </message>
    <message>
        <source>optimizer states + master weights + fp32 gradients + weights offloaded, %1 per process × %2</source>
        <translation>优化器状态 + 主权重 + fp32 梯度 + 权重已卸载，每个进程 %1 × %2</translation>
    </message>
    <message>
        <source>sequence parallel</source>
        <translation>序列并行</translation>
    </message>
    <message>
        <source>%1 layers × %2 (Korthikanti et al. 2022 Table 2, %3) + output layer and loss %4</source>
        <translation>%1 层 × %2（Korthikanti 等 2022 表 2，%3）+ 输出层和损失 %4</translation>
    </message>
    <message>
        <source>%1 samples × %2 saved activations per sample (%3), at the backward peak (with gradient temporaries; gradients not yet made excluded)</source>
        <translation>%1 个样本 × 每个样本 %2 已保存激活（%3），位于反向峰值（含梯度临时张量；不含尚未生成的梯度）</translation>
    </message>
    <message>
        <source>%1 samples × %2 saved activations per sample (%3), selective checkpointing, at the backward peak (with gradient temporaries; gradients not yet made excluded)</source>
        <translation>%1 个样本 × 每个样本 %2 已保存激活（%3），选择性检查点，位于反向峰值（含梯度临时张量；不含尚未生成的梯度）</translation>
    </message>
    <message>
        <source>%1 samples × %2 saved activations per sample (%3), full checkpointing, at the backward peak (with gradient temporaries; gradients not yet made excluded)</source>
        <translation>%1 个样本 × 每个样本 %2 已保存激活（%3），完全检查点，位于反向峰值（含梯度临时张量；不含尚未生成的梯度）</translation>
    </message>
    <message>
        <source>the optimizer step&apos;s temporaries, larger than the activations at the backward peak: %1</source>
        <translation>优化器步骤的临时张量，大于反向峰值时的激活：%1</translation>
    </message>
    <message>
        <source>%1; the optimizer step&apos;s temporaries (%2) are smaller</source>
        <translation>%1；优化器步骤的临时张量（%2）更小</translation>
    </message>
    <message>
        <source>%1 samples × %2 largest live set per sample (%3, no autograd)</source>
        <translation>%1 个样本 × 每个样本 %2 最大同时存活集（%3，无 autograd）</translation>
    </message>
    <message>
        <source>%1 samples × %2 largest live set per sample (%3, prefill of %4 tokens, no autograd)</source>
        <translation>%1 个样本 × 每个样本 %2 最大同时存活集（%3，预填充 %4 个 token，无 autograd）</translation>
    </message>
    <message>
        <source>dequantised 16-bit copy of the largest quantised matrix (%1 weights × 2 B) during prefill</source>
        <translation>预填充期间最大量化矩阵的反量化 16 位副本（%1 个权重 × 2 B）</translation>
    </message>
    <message>
        <source>dequantised 16-bit copy of the largest quantised matrix (%1 × %2 × 2 B) during prefill</source>
        <translation>预填充期间最大量化矩阵的反量化 16 位副本（%1 × %2 × 2 B）</translation>
    </message>
    <message>
        <source>DynamicCache growth: torch.cat copies one layer&apos;s keys and values each step (one layer&apos;s cache)</source>
        <translation>DynamicCache 增长：torch.cat 每步复制一层的键和值（一层的缓存）</translation>
    </message>
    <message>
        <source>model materialised on the host while loading: %1 process(es) × %2</source>
        <translation>加载时在主机上实例化的模型：%1 个进程 × %2</translation>
    </message>
    <message>
        <source>model materialised on the host while loading: %1 process(es) × %2 (its tensor/pipeline shard)</source>
        <translation>加载时在主机上实例化的模型：%1 个进程 × %2（其张量/流水线分片）</translation>
    </message>
    <message>
        <source>checkpoint consolidated on one host: weights + master weights + optimizer states (%1), beyond the loading copies</source>
        <translation>在一台主机上合并的检查点：权重 + 主权重 + 优化器状态（%1），超出加载时的副本</translation>
    </message>
    <message>
        <source>%1 [peak: %2]</source>
        <translation>%1 [峰值：%2]</translation>
    </message>
    <message>
        <source>label encoding np.unique(y, return_inverse=True): 5 × %1 × 8 B (copy, argsort, sorted copy, cumsum, inverse) + %1 B mask</source>
        <translation>标签编码 np.unique(y, return_inverse=True)：5 × %1 × 8 B（副本、argsort、排序副本、cumsum、逆映射）+ %1 B 掩码</translation>
    </message>
    <message>
        <source>%1 converts the CSR matrix %2 → %3 (scipy astype copies the indices too): %4 × (%5 + %6) B + row pointers</source>
        <translation>%1 将 CSR 矩阵 %2 → %3 转换（scipy astype 也会复制索引）：%4 × (%5 + %6) B + 行指针</translation>
    </message>
    <message>
        <source>%1 converts X %2 → %3: %4 (%5 B)</source>
        <translation>%1 将 X %2 → %3 转换：%4（%5 B）</translation>
    </message>
    <message>
        <source>%1: CSR copy %2 × (%3 + %4) B + row pointers</source>
        <translation>%1：CSR 副本 %2 × (%3 + %4) B + 行指针</translation>
    </message>
    <message>
        <source>%1 distinct bootstrap rows</source>
        <translation>%1 个不同的自助采样行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1, leaves of ~%2 rows</source>
        <translation>%1，叶子约 %2 行</translation>
    </message>
    <message>
        <source>%1 × %2 nodes per row (pure leaves, %3 features per split)</source>
        <translation>%1 × 每行 %2 个节点（纯叶子，每次分裂 %3 个特征）</translation>
    </message>
    <message>
        <source>%1, max_leaf_nodes %2</source>
        <translation>%1，max_leaf_nodes %2</translation>
    </message>
    <message>
        <source>%1, cut at depth %2 (%3 % of the full tree)</source>
        <translation>%1，在深度 %2 处截断（完整树的 %3 %）</translation>
    </message>
    <message>
        <source>label encoding</source>
        <translation>标签编码</translation>
    </message>
    <message>
        <source>%1 converts CSR → float32 CSC: %2 × (4 + 4) B + column pointers</source>
        <translation>%1 将 CSR → float32 CSC 转换：%2 × (4 + 4) B + 列指针</translation>
    </message>
    <message>
        <source>building the last tree</source>
        <translation>构建最后一棵树</translation>
    </message>
    <message>
        <source>y as float64 %1 × 8 B</source>
        <translation>y 为 float64 %1 × 8 B</translation>
    </message>
    <message>
        <source>%1 finished tree × %2 nodes × %3 B (56 B node + %4 × 8 B value); nodes: %5</source>
        <translation>%1 棵已完成的树 × %2 个节点 × %3 B（56 B 节点 + %4 × 8 B 值）；节点：%5</translation>
    </message>
    <message>
        <source>%1 finished tree × %2 nodes × %3 B (56 B node + %4 × 8 B value, 2 classes assumed); nodes: %5</source>
        <translation>%1 棵已完成的树 × %2 个节点 × %3 B（56 B 节点 + %4 × 8 B 值，假设 2 个类别）；节点：%5</translation>
    </message>
    <message>
        <source>%1 finished trees × %2 nodes × %3 B (56 B node + %4 × 8 B value); nodes: %5</source>
        <translation>%1 棵已完成的树 × %2 个节点 × %3 B（56 B 节点 + %4 × 8 B 值）；节点：%5</translation>
    </message>
    <message>
        <source>%1 finished trees × %2 nodes × %3 B (56 B node + %4 × 8 B value, 2 classes assumed); nodes: %5</source>
        <translation>%1 棵已完成的树 × %2 个节点 × %3 B（56 B 节点 + %4 × 8 B 值，假设 2 个类别）；节点：%5</translation>
    </message>
    <message>
        <source>%1 tree being grown: %2 nodes × 56 B + value array at capacity %3 × %4 B</source>
        <translation>%1 棵正在生长的树：%2 个节点 × 56 B + 容量 %3 的值数组 × %4 B</translation>
    </message>
    <message>
        <source>%1 trees being grown: %2 nodes × 56 B + value array at capacity %3 × %4 B</source>
        <translation>%1 棵正在生长的树：%2 个节点 × 56 B + 容量 %3 的值数组 × %4 B</translation>
    </message>
    <message>
        <source>%1 × splitter buffers %2 × (8 B index + 4 B value)</source>
        <translation>%1 × 分裂器缓冲 %2 × （8 B 索引 + 4 B 值）</translation>
    </message>
    <message>
        <source>%1 × splitter buffers %2 × (8 B index + 4 B value + 24 B bootstrap weights, draws and counts)</source>
        <translation>%1 × 分裂器缓冲 %2 × （8 B 索引 + 4 B 值 + 24 B 自助采样权重、抽样和计数）</translation>
    </message>
    <message>
        <source>boosting stages</source>
        <translation>提升阶段</translation>
    </message>
    <message>
        <source>%1 keeps float32 CSC and CSR copies of X</source>
        <translation>%1 保留 X 的 float32 CSC 和 CSR 副本</translation>
    </message>
    <message>
        <source>y, sample_weight, raw predictions + copy, residual, apply/predict outputs, splitter %1</source>
        <translation>y、sample_weight、原始预测 + 副本、残差、apply/predict 输出、分裂器 %1</translation>
    </message>
    <message>
        <source>%1 stages × %2 nodes × %3 B (%4)</source>
        <translation>%1 个阶段 × %2 个节点 × %3 B（%4）</translation>
    </message>
    <message>
        <source>Dataset construction</source>
        <translation>Dataset 构建</translation>
    </message>
    <message>
        <source>X converted to float32: %1</source>
        <translation>X 转换为 float32：%1</translation>
    </message>
    <message>
        <source>bin-boundary sample %1 rows × 8 B</source>
        <translation>分箱边界样本 %1 行 × 8 B</translation>
    </message>
    <message>
        <source>boosting</source>
        <translation>提升</translation>
    </message>
    <message>
        <source>binned Dataset: %1 values × %2 B</source>
        <translation>分箱后的 Dataset：%1 个值 × %2 B</translation>
    </message>
    <message>
        <source>binned Dataset: %1 values × %2 B + 1 B row delta</source>
        <translation>分箱后的 Dataset：%1 个值 × %2 B + 1 B 行增量</translation>
    </message>
    <message>
        <source>gradients, hessians (4 B), scores (8 B), data partition (2 × 4 B) per row</source>
        <translation>每行的梯度、Hessian（4 B）、得分（8 B）、数据划分（2 × 4 B）</translation>
    </message>
    <message>
        <source>histogram pool %1 leaves × %2 bins × 16 B</source>
        <translation>直方图池 %1 个叶子 × %2 个箱 × 16 B</translation>
    </message>
    <message>
        <source>%1 trees × %2 nodes × 48 B</source>
        <translation>%1 棵树 × %2 个节点 × 48 B</translation>
    </message>
    <message>
        <source>%1 does not take sparse input in 1.2; densified as float64: %2</source>
        <translation>%1 在 1.2 中不接受稀疏输入；稠密化为 float64：%2</translation>
    </message>
    <message>
        <source>early stopping: train_test_split copies X into %1 training + %2 validation rows × %3 × 8 B</source>
        <translation>早停：train_test_split 将 X 复制为 %1 个训练行 + %2 个验证行 × %3 × 8 B</translation>
    </message>
    <message>
        <source>y as float64</source>
        <translation>y 为 float64</translation>
    </message>
    <message>
        <source>y as float64, and its split</source>
        <translation>y 为 float64，及其划分</translation>
    </message>
    <message>
        <source>fitting the bin edges</source>
        <translation>拟合分箱边界</translation>
    </message>
    <message>
        <source>bin-edge subsample %1 × %2 × 8 B</source>
        <translation>分箱边界子样本 %1 × %2 × 8 B</translation>
    </message>
    <message>
        <source>per-feature column, unique and percentile temporaries 4 × %1 × 8 B</source>
        <translation>每个特征的列、unique 和百分位临时数组 4 × %1 × 8 B</translation>
    </message>
    <message>
        <source>boosting iterations</source>
        <translation>提升迭代</translation>
    </message>
    <message>
        <source>binned data uint8 (%1 bins): %2 × %3 × 1 B</source>
        <translation>分箱数据 uint8（%1 个箱）：%2 × %3 × 1 B</translation>
    </message>
    <message>
        <source>raw predictions (8 B), gradients and hessians (4 B each): %1 × 16 B (+ validation predictions)</source>
        <translation>原始预测（8 B）、梯度和 Hessian（各 4 B）：%1 × 16 B（+ 验证预测）</translation>
    </message>
    <message>
        <source>grower partition and left/right buffers %1 × 3 × 4 B</source>
        <translation>生长器划分和左/右缓冲 %1 × 3 × 4 B</translation>
    </message>
    <message>
        <source>%1 node histograms × %2 features × %3 bins × 20 B</source>
        <translation>%1 个节点直方图 × %2 个特征 × %3 个箱 × 20 B</translation>
    </message>
    <message>
        <source>%1 trees × %2 nodes × 64 B</source>
        <translation>%1 棵树 × %2 个节点 × 64 B</translation>
    </message>
    <message>
        <source>%1 centres a copy of X (copy_X=True)</source>
        <translation>%1 将 X 的副本中心化（copy_X=True）</translation>
    </message>
    <message>
        <source>liblinear problem: %1 rows × %2 feature_node × 16 B</source>
        <translation>liblinear 问题：%1 行 × %2 个 feature_node × 16 B</translation>
    </message>
    <message>
        <source>least-squares solve</source>
        <translation>最小二乘求解</translation>
    </message>
    <message>
        <source>lsqr vectors %1</source>
        <translation>lsqr 向量 %1</translation>
    </message>
    <message>
        <source>scipy.linalg.lstsq copies X to Fortran order for gelsd: %1</source>
        <translation>scipy.linalg.lstsq 为 gelsd 将 X 复制为 Fortran 顺序：%1</translation>
    </message>
    <message>
        <source>ridge solve (%1)</source>
        <translation>岭回归求解（%1）</translation>
    </message>
    <message>
        <source>SVD: Fortran copy of X + U, 2 × %1</source>
        <translation>SVD：X 的 Fortran 副本 + U，2 × %1</translation>
    </message>
    <message>
        <source>iterative solver vectors %1</source>
        <translation>迭代求解器向量 %1</translation>
    </message>
    <message>
        <source>dual Cholesky kernel X Xᵀ: %1² × %2 B</source>
        <translation>对偶 Cholesky 核 X Xᵀ：%1² × %2 B</translation>
    </message>
    <message>
        <source>Cholesky normal equations Xᵀ X: %1² × %2 B</source>
        <translation>Cholesky 正规方程 Xᵀ X：%1² × %2 B</translation>
    </message>
    <message>
        <source>coordinate descent</source>
        <translation>坐标下降</translation>
    </message>
    <message>
        <source>%1 converts CSR → CSC: %2 × (%3 + %4) B</source>
        <translation>%1 将 CSR → CSC 转换：%2 × (%3 + %4) B</translation>
    </message>
    <message>
        <source>%1 copies X to Fortran order (copy_X, fit_intercept)</source>
        <translation>%1 将 X 复制为 Fortran 顺序（copy_X, fit_intercept）</translation>
    </message>
    <message>
        <source>np.square(X) for the column norms: %1 × %2 B (transient)</source>
        <translation>列范数的 np.square(X)：%1 × %2 B（临时）</translation>
    </message>
    <message>
        <source>residual and y in X&apos;s dtype %1</source>
        <translation>与 X 同 dtype 的残差和 y %1</translation>
    </message>
    <message>
        <source>%1 + sample_weight and class weights 2 × %2 × 8 B</source>
        <translation>%1 + sample_weight 和类别权重 2 × %2 × 8 B</translation>
    </message>
    <message>
        <source>solver %1</source>
        <translation>求解器 %1</translation>
    </message>
    <message>
        <source>TRON vectors (C, z, D, y) %1</source>
        <translation>TRON 向量（C, z, D, y）%1</translation>
    </message>
    <message>
        <source>sample_weight, y, raw prediction, loss, gradient %1</source>
        <translation>sample_weight、y、原始预测、损失、梯度 %1</translation>
    </message>
    <message>
        <source>%1 × hessian-weighted copy hX = h[:, None] · X: %2</source>
        <translation>%1 × Hessian 加权副本 hX = h[:, None] · X：%2</translation>
    </message>
    <message>
        <source>SAG gradient memory and squared row norms %1</source>
        <translation>SAG 梯度存储和行范数平方 %1</translation>
    </message>
    <message>
        <source>SGD epochs</source>
        <translation>SGD 轮次</translation>
    </message>
    <message>
        <source>y as ±1, y in float64, sample_weight n × 8 B each, validation mask n × 1 B</source>
        <translation>y 为 ±1、float64 的 y、sample_weight 各 n × 8 B，验证掩码 n × 1 B</translation>
    </message>
    <message>
        <source>y, sample_weight n × 8 B each, validation mask n × 1 B</source>
        <translation>y、sample_weight 各 n × 8 B，验证掩码 n × 1 B</translation>
    </message>
    <message>
        <source>%1 + sample_weight</source>
        <translation>%1 + sample_weight</translation>
    </message>
    <message>
        <source>liblinear solve</source>
        <translation>liblinear 求解</translation>
    </message>
    <message>
        <source>dual coordinate descent (alpha, QD, index, y) %1</source>
        <translation>对偶坐标下降（alpha, QD, index, y）%1</translation>
    </message>
    <message>
        <source>brute force keeps a reference to X (no index)</source>
        <translation>暴力搜索只保留对 X 的引用（无索引）</translation>
    </message>
    <message>
        <source>%1 index: %2 indices × 8 B + %3 nodes × (32 B + 2 × %4 × 8 B bounds)</source>
        <translation>%1 索引：%2 个索引 × 8 B + %3 个节点 × （32 B + 2 × %4 × 8 B 边界）</translation>
    </message>
    <message>
        <source>%1 index: %2 indices × 8 B + %3 nodes × (32 B + %4 × 8 B bounds)</source>
        <translation>%1 索引：%2 个索引 × 8 B + %3 个节点 × （32 B + %4 × 8 B 边界）</translation>
    </message>
    <message>
        <source>the %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 + encoded labels n × 8 B</source>
        <translation>%1 + 编码后的标签 n × 8 B</translation>
    </message>
    <message>
        <source>index built, predicting</source>
        <translation>索引已构建，预测中</translation>
    </message>
    <message>
        <source>encoded labels %1 × 8 B</source>
        <translation>编码后的标签 %1 × 8 B</translation>
    </message>
    <message>
        <source>pairwise distance chunks (working_memory 1 GiB)</source>
        <translation>成对距离分块（working_memory 1 GiB）</translation>
    </message>
    <message>
        <source>ArgKmin: squared norms of the fitted rows %1 × 8 B + distance blocks 1 MiB</source>
        <translation>ArgKmin：已拟合行的范数平方 %1 × 8 B + 距离块 1 MiB</translation>
    </message>
    <message>
        <source>neighbourhoods</source>
        <translation>邻域</translation>
    </message>
    <message>
        <source>the neighbour index</source>
        <translation>邻居索引</translation>
    </message>
    <message>
        <source>%1 neighbourhoods × ~%2 neighbours × 8 B + 112 B array header each (eps %3, standardised features assumed)</source>
        <translation>%1 个邻域 × 约 %2 个邻居 × 8 B + 每个 112 B 数组头（eps %3，假设特征已标准化）</translation>
    </message>
    <message>
        <source>neighbour counts, labels (8 B each) and core mask (1 B)</source>
        <translation>邻居计数、标签（各 8 B）和核心掩码（1 B）</translation>
    </message>
    <message>
        <source>dbscan_inner expansion stack ~0.7 × the neighbour entries × 8 B</source>
        <translation>dbscan_inner 扩展栈 约 0.7 × 邻居条目 × 8 B</translation>
    </message>
    <message>
        <source>gamma=&apos;scale&apos; variance</source>
        <translation>gamma=&apos;scale&apos; 的方差</translation>
    </message>
    <message>
        <source>X.var() for gamma=&apos;scale&apos;: temporary %1</source>
        <translation>gamma=&apos;scale&apos; 的 X.var()：临时 %1</translation>
    </message>
    <message>
        <source>libsvm solve</source>
        <translation>libsvm 求解</translation>
    </message>
    <message>
        <source>kernel cache min(cache_size %1 MB, %2² × 4 B)</source>
        <translation>核缓存 min(cache_size %1 MB, %2² × 4 B)</translation>
    </message>
    <message>
        <source>solver arrays %1 × 56 B + row nodes %2 × 16 B</source>
        <translation>求解器数组 %1 × 56 B + 行节点 %2 × 16 B</translation>
    </message>
    <message>
        <source>libsvm sparse nodes (non-zeros + terminators) × 16 B</source>
        <translation>libsvm 稀疏节点（非零值 + 终止符）× 16 B</translation>
    </message>
    <message>
        <source>support vectors copied</source>
        <translation>已复制支持向量</translation>
    </message>
    <message>
        <source>support vectors (up to all %1 samples) × %2 × 8 B</source>
        <translation>支持向量（最多全部 %1 个样本）× %2 × 8 B</translation>
    </message>
    <message>
        <source>%1: np.var makes X − mean, %2 (transient)</source>
        <translation>%1：np.var 生成 X − 均值，%2（临时）</translation>
    </message>
    <message>
        <source>tolerance (np.var)</source>
        <translation>容差（np.var）</translation>
    </message>
    <message>
        <source>k-means++ and Lloyd iterations</source>
        <translation>k-means++ 和 Lloyd 迭代</translation>
    </message>
    <message>
        <source>k-means++ candidate distances, closest distances, squared norms, sample_weight %1</source>
        <translation>k-means++ 候选距离、最近距离、范数平方、sample_weight %1</translation>
    </message>
    <message>
        <source>labels and previous labels %1 × 2 × 4 B</source>
        <translation>标签和上一轮标签 %1 × 2 × 4 B</translation>
    </message>
    <message>
        <source>k-means++ sparse product: Xᵀ converted to CSR (a copy of X) + an index copy %1 × 4 B</source>
        <translation>k-means++ 稀疏乘积：Xᵀ 转换为 CSR（X 的副本）+ 一份索引副本 %1 × 4 B</translation>
    </message>
    <message>
        <source>Elkan bounds %1 × (%2 + 1) × %3 B</source>
        <translation>Elkan 界 %1 × (%2 + 1) × %3 B</translation>
    </message>
    <message>
        <source>%1 centroids × %2 features</source>
        <translation>%1 个质心 × %2 个特征</translation>
    </message>
    <message>
        <source>mini-batch steps</source>
        <translation>小批量步骤</translation>
    </message>
    <message>
        <source>squared norms and sample_weight %1 + init subsample %2 rows</source>
        <translation>范数平方和 sample_weight %1 + 初始化子样本 %2 行</translation>
    </message>
    <message>
        <source>SVD (%1)</source>
        <translation>SVD（%1）</translation>
    </message>
    <message>
        <source>PCA centres a copy of X</source>
        <translation>PCA 将 X 的副本中心化</translation>
    </message>
    <message>
        <source>PCA densifies X: %1</source>
        <translation>PCA 将 X 稠密化：%1</translation>
    </message>
    <message>
        <source>scipy.linalg.svd copies X for gesdd: %1</source>
        <translation>scipy.linalg.svd 为 gesdd 复制 X：%1</translation>
    </message>
    <message>
        <source>U %1 × %2 × %3 B</source>
        <translation>U %1 × %2 × %3 B</translation>
    </message>
    <message>
        <source>ARPACK Lanczos vectors %1 × %2 × 8 B</source>
        <translation>ARPACK Lanczos 向量 %1 × %2 × 8 B</translation>
    </message>
    <message>
        <source>randomized SVD: 4 × %1 × %2 × %3 B (range, LU, U)</source>
        <translation>随机化 SVD：4 × %1 × %2 × %3 B（值域、LU、U）</translation>
    </message>
    <message>
        <source>%1 components × %2 × 8 B</source>
        <translation>%1 个成分 × %2 × 8 B</translation>
    </message>
    <message>
        <source>randomized SVD</source>
        <translation>随机化 SVD</translation>
    </message>
    <message>
        <source>ARPACK Lanczos vectors</source>
        <translation>ARPACK Lanczos 向量</translation>
    </message>
    <message>
        <source>explained variance</source>
        <translation>解释方差</translation>
    </message>
    <message>
        <source>U %1 × %2 and X_transformed %1 × %3</source>
        <translation>U %1 × %2 和 X_transformed %1 × %3</translation>
    </message>
    <message>
        <source>%1 transformed copy (kept as the result)</source>
        <translation>%1 变换后的副本（作为结果保留）</translation>
    </message>
    <message>
        <source>fit: incremental mean and variance</source>
        <translation>拟合：增量均值和方差</translation>
    </message>
    <message>
        <source>np.isnan(X) mask %1 × %2 × 1 B</source>
        <translation>np.isnan(X) 掩码 %1 × %2 × 1 B</translation>
    </message>
    <message>
        <source>X − mean in float64: %1 (transient)</source>
        <translation>float64 的 X − 均值：%1（临时）</translation>
    </message>
    <message>
        <source>fit: np.abs(X)</source>
        <translation>拟合：np.abs(X)</translation>
    </message>
    <message>
        <source>np.abs(X) temporary (transient)</source>
        <translation>np.abs(X) 临时数组（临时）</translation>
    </message>
    <message>
        <source>transform</source>
        <translation>变换</translation>
    </message>
    <message>
        <source>per-class statistics</source>
        <translation>每类统计量</translation>
    </message>
    <message>
        <source>X[y == c] and its np.var temporary, 2 × half of %1 (2 balanced classes assumed)</source>
        <translation>X[y == c] 及其 np.var 临时数组，2 × %1 的一半（假设 2 个均衡类别）</translation>
    </message>
    <message>
        <source>np.unique(y) for the classes</source>
        <translation>类别的 np.unique(y)</translation>
    </message>
    <message>
        <source>CUDA context + xgboost kernels (typical)</source>
        <translation>CUDA 上下文 + xgboost 内核（典型值）</translation>
    </message>
    <message>
        <source>ELLPACK page: %1 rows × %2 values × %3 bits</source>
        <translation>ELLPACK 页：%1 行 × %2 个值 × %3 位</translation>
    </message>
    <message>
        <source>gradient pairs, predictions, labels, row partition: %1 × 28 B</source>
        <translation>梯度对、预测、标签、行划分：%1 × 28 B</translation>
    </message>
    <message>
        <source>%1 node histograms × %2 bins × 16 B</source>
        <translation>%1 个节点直方图 × %2 个箱 × 16 B</translation>
    </message>
    <message>
        <source>booster trees (device copy)</source>
        <translation>提升树（设备副本）</translation>
    </message>
    <message>
        <source>boosting (%1)</source>
        <translation>提升（%1）</translation>
    </message>
    <message>
        <source>DMatrix SparsePage: %1 values × 8 B (uint32 index + float) + row offsets</source>
        <translation>DMatrix SparsePage：%1 个值 × 8 B（uint32 索引 + float）+ 行偏移</translation>
    </message>
    <message>
        <source>sorted column-major copy for exact greedy splits: %1 × 8 B</source>
        <translation>用于精确贪心分裂的按列排序副本：%1 × 8 B</translation>
    </message>
    <message>
        <source>bin index %1 × %2 B (%3 bins per feature) + row pointers + hit counts</source>
        <translation>分箱索引 %1 × %2 B（每个特征 %3 个箱）+ 行指针 + 命中计数</translation>
    </message>
    <message>
        <source>QuantileDMatrix: %1</source>
        <translation>QuantileDMatrix：%1</translation>
    </message>
    <message>
        <source>column matrix: %1 × (%2 B bin + 1 B missing flag)</source>
        <translation>列矩阵：%1 × （%2 B 箱 + 1 B 缺失标志）</translation>
    </message>
    <message>
        <source>column matrix: %1 × (%2 B bin + 1 B missing flag + 8 B row index)</source>
        <translation>列矩阵：%1 × （%2 B 箱 + 1 B 缺失标志 + 8 B 行索引）</translation>
    </message>
    <message>
        <source>SortedCSCPage for the hessian-weighted sketch: %1 × 8 B</source>
        <translation>用于 Hessian 加权草图的 SortedCSCPage：%1 × 8 B</translation>
    </message>
    <message>
        <source>gradient index: %1</source>
        <translation>梯度索引：%1</translation>
    </message>
    <message>
        <source>2 × gradient index: %1 (old and regenerated)</source>
        <translation>2 × 梯度索引：%1（旧的和重新生成的）</translation>
    </message>
    <message>
        <source>sampled gradient copy and hessians %1 × 12 B</source>
        <translation>采样梯度副本和 Hessian %1 × 12 B</translation>
    </message>
    <message>
        <source>%1 node histograms (+ %2 thread buffers) × %3 bins × 16 B</source>
        <translation>%1 个节点直方图（+ %2 个线程缓冲）× %3 个箱 × 16 B</translation>
    </message>
    <message>
        <source>gradient pairs, prediction cache, labels, row partition: %1 × 40 B</source>
        <translation>梯度对、预测缓存、标签、行划分：%1 × 40 B</translation>
    </message>
    <message>
        <source>%1 trees × %2 nodes × 36 B</source>
        <translation>%1 棵树 × %2 个节点 × 36 B</translation>
    </message>
    <message>
        <source>QuantileDMatrix sketch</source>
        <translation>QuantileDMatrix 草图</translation>
    </message>
    <message>
        <source>quantile sketches %1 features × %2 written (limit %3 entries, %4 level(s))</source>
        <translation>分位数草图 %1 个特征 × 写入 %2（上限 %3 个条目，%4 层）</translation>
    </message>
    <message>
        <source>freed heap-allocated sketches kept resident by malloc: %1 × %2</source>
        <translation>已释放的堆上草图，被 malloc 保持常驻：%1 × %2</translation>
    </message>
    <message>
        <source>label check</source>
        <translation>标签检查</translation>
    </message>
    <message>
        <source>np.unique(y) for classes_: copy + sort, 2 × %1 × 8 B</source>
        <translation>classes_ 的 np.unique(y)：副本 + 排序，2 × %1 × 8 B</translation>
    </message>
    <message>
        <source>host side</source>
        <translation>主机端</translation>
    </message>
    <message>
        <source>labels and predictions copied back %1 × 12 B</source>
        <translation>复制回来的标签和预测 %1 × 12 B</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 个特征</translation>
    </message>
    <message>
        <source>%1 steps × %2 features</source>
        <translation>%1 步 × %2 个特征</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <source>%1 rows × %2 non-zeros × (%3 B %4 + %5 B index) + row pointers (CSR, density %6)</source>
        <translation>%1 行 × %2 个非零值 × （%3 B %4 + %5 B 索引）+ 行指针（CSR，密度 %6）</translation>
    </message>
    <message>
        <source>memory-mapped: pages of %1 batch(es) of %2 samples × %3 resident (file %4)</source>
        <translation>内存映射：%1 个批次（每批 %2 个样本 × %3）的页常驻（文件 %4）</translation>
    </message>
    <message>
        <source>memory-mapped, every page touched by the fit: %1</source>
        <translation>内存映射，拟合会访问每一页：%1</translation>
    </message>
    <message>
        <source>%1 extra copy of %2 (one batch)</source>
        <translation>%1 份额外副本，来自 %2（一个批次）</translation>
    </message>
    <message>
        <source>%1 extra copy of %2 (the input data)</source>
        <translation>%1 份额外副本，来自 %2（输入数据）</translation>
    </message>
    <message>
        <source>%1 extra copies of %2 (one batch)</source>
        <translation>%1 份额外副本，来自 %2（一个批次）</translation>
    </message>
    <message>
        <source>%1 extra copies of %2 (the input data)</source>
        <translation>%1 份额外副本，来自 %2（输入数据）</translation>
    </message>
    <message>
        <source>%1 samples × %2</source>
        <translation>%1 个样本 × %2</translation>
    </message>
    <message>
        <source>%1 samples × %2 + targets</source>
        <translation>%1 个样本 × %2 + 目标</translation>
    </message>
    <message>
        <source>1 batch being used: %1</source>
        <translation>正在使用的 1 个批次：%1</translation>
    </message>
    <message>
        <source>1 batch being used: %1, plus its pinned-memory copy</source>
        <translation>正在使用的 1 个批次：%1，加上其锁页内存副本</translation>
    </message>
    <message>
        <source>%1 batches (%2 workers × %3 prefetched + 1 in use) × %4</source>
        <translation>%1 个批次（%2 个 worker × 预取 %3 个 + 1 个使用中）× %4</translation>
    </message>
    <message>
        <source>%1 batches (%2 workers × %3 prefetched + 1 in use + 1 pinned copy) × %4</source>
        <translation>%1 个批次（%2 个 worker × 预取 %3 个 + 1 个使用中 + 1 个锁页副本）× %4</translation>
    </message>
    <message>
        <source>cross-validation is modelled for scikit-learn, XGBoost and LightGBM estimators, not %1</source>
        <translation>交叉验证仅针对 scikit-learn、XGBoost 和 LightGBM 估计器建模，不适用于 %1</translation>
    </message>
    <message>
        <source>must be -1 (every fit at once) or at least 1, got %1</source>
        <translation>必须为 -1（全部同时拟合）或至少为 1，实际为 %1</translation>
    </message>
    <message>
        <source>%1 folds × %2 candidates, one fit at a time: each fit&apos;s X[train] and X[test] are a copy of the data and targets, %3</source>
        <translation>%1 折 × %2 个候选，逐个拟合：每次拟合的 X[train] 和 X[test] 是数据和目标的一份副本，%3</translation>
    </message>
    <message>
        <source>%1 fits at once (n_jobs; %2 folds × %3 candidates), each in its own worker process: %1 × (runtime with joblib&apos;s worker machinery %4 + its X[train] and X[test] copy %5) + %6 more × the fit&apos;s working memory %7 (one is counted above)</source>
        <translation>同时进行 %1 次拟合（n_jobs；%2 折 × %3 个候选），各在独立的工作进程中：%1 × （含 joblib 工作进程机制的运行时 %4 + 其 X[train] 和 X[test] 副本 %5）+ 另外 %6 × 拟合工作内存 %7（其中一份已在上面计入）</translation>
    </message>
    <message>
        <source>loky&apos;s and multiprocessing&apos;s resource-tracker processes, %1 (measured)</source>
        <translation>loky 与 multiprocessing 的资源跟踪进程，%1（实测）</translation>
    </message>
    <message>
        <source>the data and targets memory-mapped for the workers in /dev/shm (joblib, arrays over 1 MB), %1</source>
        <translation>为工作进程映射到 /dev/shm 的数据和目标（joblib，超过 1 MB 的数组），%1</translation>
    </message>
    <message>
        <source>pandas.read_csv of a %1 file: the parsed values, %2 rows × %3 columns × 8 B = %4, held twice while its chunks are joined (tracemalloc peak 2.00 × on pandas 1.5.3) and up to once more in the tokenizer&apos;s buffers and freed chunks malloc keeps (measured 0.15–0.9 ×): %5 before the fit; the fit&apos;s own memory is %6</source>
        <translation>pandas.read_csv 读取 %1 的文件：解析后的值 %2 行 × %3 列 × 8 B = %4，在合并分块时同时存在两份（pandas 1.5.3 上 tracemalloc 峰值 2.00 ×），另有至多一份在分词器缓冲区和 malloc 保留的已释放分块中（实测 0.15–0.9 ×）：拟合前 %5；拟合本身需要 %6</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 processes (API server, engine) × ~1 GB CUDA build of PyTorch; safetensors are memory-mapped (page cache, not counted)</source>
        <translation>%1 个进程（API 服务器、引擎）× 约 1 GB 的 PyTorch CUDA 版本；safetensors 文件以内存映射方式读取（页缓存，不计入）</translation>
    </message>
    <message>
        <source>%1 processes (API server, engine, tensor-parallel workers) × ~1 GB CUDA build of PyTorch; safetensors are memory-mapped (page cache, not counted)</source>
        <translation>%1 个进程（API 服务器、引擎、张量并行工作进程）× 约 1 GB 的 PyTorch CUDA 版本；safetensors 文件以内存映射方式读取（页缓存，不计入）</translation>
    </message>
    <message>
        <source>non-torch memory (CUDA context, cuBLAS): 1.79 GiB measured by vLLM on an H100</source>
        <translation>非 torch 内存（CUDA 上下文、cuBLAS）：vLLM 在 H100 上测得 1.79 GiB</translation>
    </message>
    <message>
        <source>non-torch memory (CUDA context, cuBLAS, NCCL): 1.79 GiB measured by vLLM on an H100, doubled with tensor parallel (3.58 GiB measured)</source>
        <translation>非 torch 内存（CUDA 上下文、cuBLAS、NCCL）：vLLM 在 H100 上测得 1.79 GiB，张量并行时翻倍（测得 3.58 GiB）</translation>
    </message>
    <message>
        <source>start-up profile: forward pass of %1 batched tokens (%2 live) + sampling %3 sequences × %4 vocabulary × 14 B (16-bit logits, fp32 logits, probabilities, log-probabilities)</source>
        <translation>启动时的性能分析：%1 个批处理 token 的前向传播（同时存活 %2）+ 采样 %3 个序列 × %4 词表 × 14 B（16 位 logits、fp32 logits、概率、对数概率）</translation>
    </message>
    <message>
        <source>%1 CUDA graphs (decode batches up to %2) × ~6 MiB + the decode live set at %2 sequences</source>
        <translation>%1 个 CUDA 图（解码批次最多 %2）× 约 6 MiB + %2 个序列时解码的同时存活集</translation>
    </message>
    <message>
        <source>%1 sequences × %2 blocks of %3 tokens (%4-token context) × %5 per block; per sequence %6; %7 fills the rest of its share with free blocks</source>
        <translation>%1 个序列 × %2 个块，每块 %3 个 token（%4 个 token 的上下文）× 每块 %5；每个序列 %6；%7 用空闲块填满其份额的其余部分</translation>
    </message>
    <message>
        <source>%1 sequences × %2 blocks of %3 tokens (%4-token context) × %5 per block; per sequence %6; cached prefixes reuse these blocks; %7 fills the rest of its share with free blocks</source>
        <translation>%1 个序列 × %2 个块，每块 %3 个 token（%4 个 token 的上下文）× 每块 %5；每个序列 %6；缓存的前缀复用这些块；%7 用空闲块填满其份额的其余部分</translation>
    </message>
    <message>
        <source>memory-mapped from the model file (page cache: shared, reclaimable, not private)</source>
        <translation>从模型文件内存映射（页缓存：共享、可回收、非私有）</translation>
    </message>
    <message>
        <source>read into private memory (use_mmap off)</source>
        <translation>读入私有内存（use_mmap 关闭）</translation>
    </message>
    <message>
        <source>llama.cpp with the CUDA runtime and cuBLAS loaded (~0.3 GB, estimate)</source>
        <translation>加载了 CUDA 运行时和 cuBLAS 的 llama.cpp（约 0.3 GB，估计值）</translation>
    </message>
    <message>
        <source>llama.cpp process (~50 MB, estimate)</source>
        <translation>llama.cpp 进程（约 50 MB，估计值）</translation>
    </message>
    <message>
        <source>token embedding on the CPU, %1</source>
        <translation>CPU 上的 token 嵌入，%1</translation>
    </message>
    <message>
        <source>token embedding + output layer on the CPU, %1</source>
        <translation>CPU 上的 token 嵌入 + 输出层，%1</translation>
    </message>
    <message>
        <source>token embedding + %1 layers × %2 on the CPU, %3</source>
        <translation>CPU 上的 token 嵌入 + %1 层 × %2，%3</translation>
    </message>
    <message>
        <source>token embedding + %1 layers × %2 + output layer on the CPU, %3</source>
        <translation>CPU 上的 token 嵌入 + %1 层 × %2 + 输出层，%3</translation>
    </message>
    <message>
        <source>%1 CPU layers × (%2) ÷ %3 layers</source>
        <translation>%1 个 CPU 层 × (%2) ÷ %3 层</translation>
    </message>
    <message>
        <source>%1 GPU layers × (%2) ÷ %3 layers</source>
        <translation>%1 个 GPU 层 × (%2) ÷ %3 层</translation>
    </message>
    <message>
        <source>CPU compute buffer: max(attention %1, output %2) for n_ubatch %3 and n_ctx %4</source>
        <translation>CPU 计算缓冲区：max(注意力 %1，输出 %2)，n_ubatch %3，n_ctx %4</translation>
    </message>
    <message>
        <source>CPU compute buffer: max(attention %1, output %2) for n_ubatch %3 and n_ctx %4, flash attention</source>
        <translation>CPU 计算缓冲区：max(注意力 %1，输出 %2)，n_ubatch %3，n_ctx %4，flash attention</translation>
    </message>
    <message>
        <source>host compute buffer: input embeddings (n_ubatch × hidden × 4 B) + KQ mask (n_ctx × n_ubatch × %1 B)</source>
        <translation>主机计算缓冲区：输入嵌入（n_ubatch × hidden × 4 B）+ KQ 掩码（n_ctx × n_ubatch × %1 B）</translation>
    </message>
    <message>
        <source>output buffer: %1 sequences&apos; logits × %2 × 4 B</source>
        <translation>输出缓冲区：%1 个序列的 logits × %2 × 4 B</translation>
    </message>
    <message>
        <source>CUDA context, cuBLAS and the ggml CUDA pool (~0.3 GB, estimate)</source>
        <translation>CUDA 上下文、cuBLAS 和 ggml 的 CUDA 内存池（约 0.3 GB，估计值）</translation>
    </message>
    <message>
        <source>%1 of %2 layers × %3 (n_gpu_layers %4); %5</source>
        <translation>%2 层中的 %1 层 × %3（n_gpu_layers %4）；%5</translation>
    </message>
    <message>
        <source>%1 of %2 layers × %3 + output layer (n_gpu_layers %4); %5</source>
        <translation>%2 层中的 %1 层 × %3 + 输出层（n_gpu_layers %4）；%5</translation>
    </message>
    <message>
        <source>GPU compute buffer: max(attention %1) for n_ubatch %2 and n_ctx %3, KQ scores heads × n_ubatch × n_ctx × 4 B + KQ mask n_ctx × n_ubatch × 4 B</source>
        <translation>GPU 计算缓冲区：max(注意力 %1)，n_ubatch %2，n_ctx %3，KQ 分数 头数 × n_ubatch × n_ctx × 4 B + KQ 掩码 n_ctx × n_ubatch × 4 B</translation>
    </message>
    <message>
        <source>GPU compute buffer: max(attention %1) for n_ubatch %2 and n_ctx %3, flash attention (no KQ scores), KQ mask n_ctx × n_ubatch × 2 B</source>
        <translation>GPU 计算缓冲区：max(注意力 %1)，n_ubatch %2，n_ctx %3，flash attention（无 KQ 分数），KQ 掩码 n_ctx × n_ubatch × 2 B</translation>
    </message>
    <message>
        <source>GPU compute buffer: max(attention %1, output %2) for n_ubatch %3 and n_ctx %4, KQ scores heads × n_ubatch × n_ctx × 4 B + KQ mask n_ctx × n_ubatch × 4 B</source>
        <translation>GPU 计算缓冲区：max(注意力 %1，输出 %2)，n_ubatch %3，n_ctx %4，KQ 分数 头数 × n_ubatch × n_ctx × 4 B + KQ 掩码 n_ctx × n_ubatch × 4 B</translation>
    </message>
    <message>
        <source>GPU compute buffer: max(attention %1, output %2) for n_ubatch %3 and n_ctx %4, flash attention (no KQ scores), KQ mask n_ctx × n_ubatch × 2 B</source>
        <translation>GPU 计算缓冲区：max(注意力 %1，输出 %2)，n_ubatch %3，n_ctx %4，flash attention（无 KQ 分数），KQ 掩码 n_ctx × n_ubatch × 2 B</translation>
    </message>
    <message>
        <source>%1; yet every gradient exists through the step: before PyTorch 2.0 zero_grad() fills them with zeros instead of freeing them</source>
        <translation>%1；但每个梯度在整个步骤中都存在：PyTorch 2.0 之前 zero_grad() 用零填充梯度而不是释放它们</translation>
    </message>
    <message>
        <source>the optimizer step&apos;s temporaries, larger than the activations at the backward peak with the autocast weight copies: %1, less those copies (counted above and freed before the step)</source>
        <translation>优化器步骤的临时张量，大于反向峰值时的激活值加上 autocast 权重副本：%1，减去这些副本（已在上面计入，并在该步骤前释放）</translation>
    </message>
    <message>
        <source>caching allocator: split-off segment tails of %1 tensors ≥ 10 MiB (%2) + holes that %3 tensors of 1–10 MiB leave in the 20 MiB segments they share (%4) + half-used last 20 MiB / 2 MiB segments (%5) + the largest temporary freed before the peak, not reusable by it (%6)</source>
        <translation>缓存分配器：%1 个 ≥ 10 MiB 张量拆分出的段尾 (%2) + %3 个 1–10 MiB 张量在其共享的 20 MiB 段中留下的空洞 (%4) + 半用的最后 20 MiB / 2 MiB 段 (%5) + 峰值前释放且峰值无法复用的最大临时张量 (%6)</translation>
    </message>
    <message>
        <source>the engine&apos;s running batch</source>
        <translation>引擎的运行批次</translation>
    </message>
    <message>
        <source>only with task train</source>
        <translation>仅适用于 task train</translation>
    </message>
    <message>
        <source>in_backward steps and frees each gradient as backward makes it, so nothing accumulates: gradient_accumulation must be 1, got %1</source>
        <translation>in_backward 在反向传播生成每个梯度时立即更新并释放它，因此不会累积：gradient_accumulation 必须为 1，实际为 %1</translation>
    </message>
    <message>
        <source>in_backward is PyTorch&apos;s per-parameter hook; %1 steps its own optimizer after backward</source>
        <translation>in_backward 是 PyTorch 的逐参数钩子；%1 在反向传播之后执行自己的优化器步骤</translation>
    </message>
    <message>
        <source>foreach step: one temporary of %1 values × %2 B (sqrt of the second moments)</source>
        <translation>foreach 步骤：一个 %1 个值 × %2 B 的临时张量（二阶矩的平方根）</translation>
    </message>
    <message>
        <source>fused step (fused=True): one kernel per group, no temporaries</source>
        <translation>融合步骤（fused=True）：每组一个内核，无临时张量</translation>
    </message>
    <message>
        <source>step in backward: each parameter stepped by a fused kernel as its gradient is made, no temporaries</source>
        <translation>反向传播中的步骤：每个参数在其梯度生成时由融合内核更新，无临时张量</translation>
    </message>
    <message>
        <source>one gradient at a time, the largest parameter&apos;s (%1 values × %2 B): the optimizer steps each in backward and frees it</source>
        <translation>一次一个梯度，即最大参数的梯度（%1 个值 × %2 B）：优化器在反向传播中逐个更新并释放</translation>
    </message>
    <message>
        <source>%1, output and loss in %2 chunks</source>
        <translation>%1，输出和损失分 %2 块</translation>
    </message>
    <message>
        <source>%1, output and loss in %2 compiled chunks</source>
        <translation>%1，输出和损失分 %2 个编译块</translation>
    </message>
    <message>
        <source>saved activations in pinned host RAM (activation offloading): %1 per process × %2</source>
        <translation>锁页主机内存中保存的激活（激活卸载）：每进程 %1 × %2</translation>
    </message>
    <message>
        <source>selective_op is PyTorch&apos;s op-level policy (torchtitan); Megatron recomputes by its own rules (selective or full)</source>
        <translation>selective_op 是 PyTorch 的算子级策略（torchtitan）；Megatron 按自己的规则重新计算（selective 或 full）</translation>
    </message>
    <message>
        <source>%1 samples × %2 saved activations per sample (%3), op-level selective checkpointing (every other matmul and the attention kept), at the backward peak (with gradient temporaries; gradients not yet made excluded)</source>
        <translation>%1 个样本 × 每个样本 %2 已保存激活（%3），算子级选择性检查点（保留每隔一个矩阵乘法和注意力的输出），位于反向峰值（含梯度临时张量；不含尚未生成的梯度）</translation>
    </message>
    <message>
        <source>glibc heap retention: the %1 of 128 KiB–32 MiB blocks a batch holds, once more (each batch asks for the same sizes, and a freed block cannot hold a same-size request aligned to 64 bytes) + half of %2 of temporaries</source>
        <translation>glibc 堆保留：一个批次持有的 128 KiB–32 MiB 块共 %1，再保留一份（每个批次申请相同大小，而释放的块容纳不下同样大小、按 64 字节对齐的申请）+ 临时张量 %2 的一半</translation>
    </message>
    <message>
        <source>per-parameter step: %1 values at most, the square root and the quotient of one parameter&apos;s denominator with the previous parameter&apos;s denominator, still bound</source>
        <translation>逐参数步骤：至多 %1 个值，即一个参数分母的平方根与商，加上仍被引用的上一个参数的分母</translation>
    </message>
    <message>
        <source>%1; activation offloading moves %2 of them to host RAM; the device keeps the loss layer&apos;s until its backward, then those of the two layers in transfer</source>
        <translation>%1；激活卸载将其中 %2 移到主机内存；设备保留损失层的激活直到其反向计算，之后保留正在传输的两层的激活</translation>
    </message>
    <message>
        <source>must be &quot;attention&quot;, &quot;all_linear&quot; or a list of layer names (%1), got %2</source>
        <translation>必须是 &quot;attention&quot;、&quot;all_linear&quot; 或层名称列表（%1），实际为 %2</translation>
    </message>
    <message>
        <source>names no layer; list at least one of %1</source>
        <translation>未指定任何层；请至少列出 %1 中的一个</translation>
    </message>
    <message>
        <source>a sum of the outputs has no cross-entropy to chunk: loss_chunks must be 1, got %1</source>
        <translation>输出之和没有可分块的交叉熵：loss_chunks 必须为 1，实际为 %1</translation>
    </message>
    <message>
        <source>the LoRA targets (%1) name no linear layer of this model, so nothing is trained; choose q, k, v, o, up or down</source>
        <translation>LoRA 目标（%1）不包含此模型的任何线性层，因此不会训练任何参数；请选择 q、k、v、o、up 或 down</translation>
    </message>
    <message>
        <source>%1, loss = the outputs&apos; sum (no cross-entropy: the output and one gradient of its size)</source>
        <translation>%1，损失 = 输出之和（无交叉熵：输出及一个同等大小的梯度）</translation>
    </message>
    <message>
        <source>%1; larger still at the forward&apos;s end, where the previous step&apos;s outputs (%2: its logits and KV cache) are alive too, since a loop `outputs = model(x)` holds them until the call returns</source>
        <translation>%1；前向传播结束时更大：上一步的输出（%2：其 logits 和 KV 缓存）也仍然存在，因为循环 `outputs = model(x)` 在调用返回前一直持有它们</translation>
    </message>
    <message>
        <source>%1, twice: the backward runs on the autograd engine&apos;s device thread, whose cuBLAS handle has its own workspace</source>
        <translation>%1，两份：反向传播运行在 autograd 引擎的设备线程上，该线程的 cuBLAS 句柄有自己的工作区</translation>
    </message>
    <message>
        <source>glibc heap retention: %1 of the %2 of 128 KiB–32 MiB blocks freed each step (saved activations, gradients, each layer&apos;s backward gradients) that no hole of the step before fits: a 64-byte-aligned request needs 96 bytes more than a freed block of its size, so a hole takes only smaller tensors</source>
        <translation>glibc 堆保留：每步释放的 128 KiB–32 MiB 块共 %2（保存的激活、梯度、每层反向传播的梯度），其中上一步留下的空洞都放不下的有 %1：按 64 字节对齐的请求比同样大小的已释放块多需要 96 字节，所以空洞只能容纳更小的张量</translation>
    </message>
    <message>
        <source>glibc heap retention: %1 of the %2 of 128 KiB–32 MiB blocks freed each step (saved activations, gradients, each layer&apos;s backward gradients) that no hole of the step before fits: a 64-byte-aligned request needs 96 bytes more than a freed block of its size, so a hole takes only smaller tensors; + %3 rebuilt by checkpointing (%4 blocks)</source>
        <translation>glibc 堆保留：每步释放的 128 KiB–32 MiB 块共 %2（保存的激活、梯度、每层反向传播的梯度），其中上一步留下的空洞都放不下的有 %1：按 64 字节对齐的请求比同样大小的已释放块多需要 96 字节，所以空洞只能容纳更小的张量；另加检查点重算的 %3（%4 个块）</translation>
    </message>
</context>
<context>
    <name>headroom::ModelKey</name>
    <message>
        <source>Learned</source>
        <translation>可学习</translation>
    </message>
    <message>
        <source>Rotary</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Eager (scores materialised)</source>
        <translation>Eager（实体化分数矩阵）</translation>
    </message>
    <message>
        <source>Flash (scores not materialised)</source>
        <translation>Flash（不实体化分数矩阵）</translation>
    </message>
    <message>
        <source>&amp;Layers:</source>
        <translation>层数(&amp;L):</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>个块</translation>
    </message>
    <message>
        <source>&amp;Hidden size:</source>
        <translation>隐藏层大小(&amp;H):</translation>
    </message>
    <message>
        <source>units</source>
        <translation>个单元</translation>
    </message>
    <message>
        <source>&amp;Attention heads:</source>
        <translation>注意力头数(&amp;A):</translation>
    </message>
    <message>
        <source>heads</source>
        <translation>个头</translation>
    </message>
    <message>
        <source>&amp;Key/value heads:</source>
        <translation>键/值头数(&amp;K):</translation>
    </message>
    <message>
        <source>Head &amp;dimension:</source>
        <translation>头维度(&amp;D)：</translation>
    </message>
    <message>
        <source>per head</source>
        <translation>每个头</translation>
    </message>
    <message>
        <source>&amp;Feed-forward size:</source>
        <translation>前馈层大小(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Vocabulary:</source>
        <translation>词表(&amp;V):</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>个词元</translation>
    </message>
    <message>
        <source>&amp;Sequence length:</source>
        <translation>序列长度(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Causal (decoder):</source>
        <translation>因果（解码器）(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Normalisation:</source>
        <translation>归一化(&amp;N):</translation>
    </message>
    <message>
        <source>Feed-forward &amp;type:</source>
        <translation>前馈类型(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Positions:</source>
        <translation>位置编码(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Tied embeddings:</source>
        <translation>共享嵌入(&amp;T):</translation>
    </message>
    <message>
        <source>Atte&amp;ntion:</source>
        <translation>注意力(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Dropout:</source>
        <translation>Dropout(&amp;D):</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Q/K/V &amp;biases:</source>
        <translation>Q/K/V 偏置(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;QK-norm:</source>
        <translation>QK 归一化(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Experts:</source>
        <translation>专家(&amp;E)：</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>个专家</translation>
    </message>
    <message>
        <source>Experts per &amp;token:</source>
        <translation>每词元专家数(&amp;T)：</translation>
    </message>
    <message>
        <source>E&amp;xpert feed-forward size:</source>
        <translation>专家前馈大小(&amp;X)：</translation>
    </message>
    <message>
        <source>Shared e&amp;xperts:</source>
        <translation>共享专家(&amp;X)：</translation>
    </message>
    <message>
        <source>Shared expert feed-forward size:</source>
        <translation>共享专家前馈大小：</translation>
    </message>
    <message>
        <source>First dense layers:</source>
        <translation>前部稠密层：</translation>
    </message>
    <message>
        <source>Expert biases:</source>
        <translation>专家偏置：</translation>
    </message>
    <message>
        <source>Query rank:</source>
        <translation>查询秩：</translation>
    </message>
    <message>
        <source>0 = no compression</source>
        <translation>0 = 不压缩</translation>
    </message>
    <message>
        <source>Key/value latent rank:</source>
        <translation>键/值潜在秩：</translation>
    </message>
    <message>
        <source>Rotary head dimension:</source>
        <translation>旋转头维度：</translation>
    </message>
    <message>
        <source>Non-rotary head dimension:</source>
        <translation>非旋转头维度：</translation>
    </message>
    <message>
        <source>Value head dimension:</source>
        <translation>值头维度：</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>窗口(&amp;W)：</translation>
    </message>
    <message>
        <source>Every Nth layer global:</source>
        <translation>每第 N 层为全局：</translation>
    </message>
    <message>
        <source>0 = all local</source>
        <translation>0 = 全部局部</translation>
    </message>
    <message>
        <source>Mixture of experts</source>
        <translation>混合专家</translation>
    </message>
    <message>
        <source>Latent attention (MLA)</source>
        <translation>潜在注意力 (MLA)</translation>
    </message>
    <message>
        <source>Sliding-window attention</source>
        <translation>滑动窗口注意力</translation>
    </message>
    <message>
        <source>Transformer</source>
        <translation>Transformer</translation>
    </message>
    <message>
        <source>SDPA (flash or memory-efficient kernel)</source>
        <translation>SDPA（Flash 或内存高效内核）</translation>
    </message>
    <message>
        <source>SDPA memory-efficient kernel</source>
        <translation>SDPA 内存高效内核</translation>
    </message>
    <message>
        <source>SDPA (default)</source>
        <translation>SDPA（默认）</translation>
    </message>
</context>
<context>
    <name>headroom::ui::AboutDialog</name>
    <message numerus="yes">
        <source>&lt;p&gt;Measured accuracy of this version: host RAM within a median %1 (worst %2) of %n measured CPU run(s); memory per GPU within a median %3 (90th percentile %4, worst %5) of %6 published GPU runs.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;本版本的实测准确度：主机内存在 %n 次实测 CPU 运行上的误差中位数为 %1（最差 %2）；每 GPU 内存在 %6 次已公开 GPU 运行上的误差中位数为 %3（第 90 百分位 %4，最差 %5）。&lt;/p&gt;</numerusform>
        </translation>
    </message>
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
    <name>headroom::ui::AdvisorPanel</name>
    <message>
        <source>Host RAM saved: %1</source>
        <translation>节省的主机内存：%1</translation>
    </message>
    <message>
        <source>Host RAM: %1 more needed</source>
        <translation>主机内存：还需 %1</translation>
    </message>
    <message>
        <source>Host RAM saved: none</source>
        <translation>节省的主机内存：无</translation>
    </message>
    <message>
        <source>per device saved: %1</source>
        <translation>每设备节省：%1</translation>
    </message>
    <message>
        <source>per device: %1 more needed</source>
        <translation>每设备：还需 %1</translation>
    </message>
    <message>
        <source>per device saved: none</source>
        <translation>每设备节省：无</translation>
    </message>
    <message>
        <source>No suggestions: the scenario cannot be estimated.</source>
        <translation>无建议：无法估算该场景。</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>No change the advisor knows would lower this scenario&apos;s memory.</source>
        <translation>顾问未发现可降低此场景内存的更改。</translation>
    </message>
    <message numerus="yes">
        <source>Ways to need less memory (%n in all), those that make more candidates fit first. Each saving is the difference between two estimates.</source>
        <translation>
            <numerusform>减少内存需求的方法（共 %n 项），使更多候选机器可容纳的方法排在前面。每项节省量为两次估算之差。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>host saving · device saving</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Makes fit: %1</source>
        <translation>使其可容纳：%1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>代价：%1</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Change the scenario as described (undoable)</source>
        <translation>按描述更改场景（可撤销）</translation>
    </message>
    <message>
        <source>Apply suggestion: %1</source>
        <translation>应用建议：%1</translation>
    </message>
</context>
<context>
    <name>headroom::ui::AppActions</name>
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
    <name>headroom::ui::Autosave</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Headroom did not close normally last time. Recover the unsaved changes?</source>
        <translation>Headroom 上次未正常关闭。是否恢复未保存的更改？</translation>
    </message>
    <message>
        <source>The scenario had not been saved yet.</source>
        <translation>该场景尚未保存过。</translation>
    </message>
    <message>
        <source>They were changes to %1.</source>
        <translation>这些是对 %1 的更改。</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
</context>
<context>
    <name>headroom::ui::BatchChart</name>
    <message>
        <source>Memory per device (nvidia-smi)</source>
        <translation>每设备内存（nvidia-smi）</translation>
    </message>
    <message>
        <source>Memory against batch size</source>
        <translation>内存随批次大小的变化</translation>
    </message>
    <message>
        <source>This model does not train in batches; its memory does not depend on the batch size.</source>
        <translation>此模型不按批次训练；其内存不取决于批次大小。</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>主机内存</translation>
    </message>
    <message>
        <source>Batch size (samples per step per device)</source>
        <translation>批次大小（每设备每步样本数）</translation>
    </message>
    <message>
        <source>%1: %2 per GPU</source>
        <extracomment>Legend entry of a candidate&apos;s capacity line: machine name, then its memory.</extracomment>
        <translation>%1：每块 GPU %2</translation>
    </message>
    <message>
        <source>%1: %2 RAM</source>
        <translation>%1：%2 内存</translation>
    </message>
    <message>
        <source>↑ %1 (%2, above this view)</source>
        <translation>↑ %1（%2，超出当前视图）</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>最大 %1</translation>
    </message>
    <message>
        <source>Set batch size to %1</source>
        <translation>将批次大小设为 %1</translation>
    </message>
    <message>
        <source>Total per device</source>
        <translation>每设备总计</translation>
    </message>
    <message>
        <source>Total host RAM needed</source>
        <translation>所需主机内存总计</translation>
    </message>
    <message>
        <source>Per device</source>
        <translation>每设备</translation>
    </message>
    <message>
        <source>Host RAM needed</source>
        <translation>所需主机内存</translation>
    </message>
    <message>
        <source>Batch size %1</source>
        <translation>批次大小 %1</translation>
    </message>
    <message>
        <source>Fits: %1</source>
        <translation>可容纳：%1</translation>
    </message>
    <message>
        <source>Does not fit: %1</source>
        <translation>无法容纳：%1</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>Per device: %1</source>
        <translation>每设备：%1</translation>
    </message>
    <message>
        <source>Per device total</source>
        <translation>每设备总计</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>主机：%1</translation>
    </message>
    <message>
        <source>Host total</source>
        <translation>主机总计</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <source>measured %1</source>
        <extracomment>Label of a measured point on the batch chart: the metric, e.g. &quot;host peak&quot;.</extracomment>
        <translation>实测:%1</translation>
    </message>
    <message>
        <source>Memory against context length</source>
        <translation>内存随上下文长度变化</translation>
    </message>
    <message>
        <source>Memory against concurrent sequences</source>
        <translation>内存随并发序列变化</translation>
    </message>
    <message>
        <source>Context per sequence (tokens, logarithmic)</source>
        <translation>每序列上下文（token，对数）</translation>
    </message>
    <message>
        <source>Concurrent sequences</source>
        <translation>并发序列</translation>
    </message>
    <message>
        <source>Context %1 tokens</source>
        <translation>上下文 %1 个 token</translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent sequence(s)</source>
        <translation>
            <numerusform>%n 个并发序列</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up serving (Batch page) to see memory against context length.</source>
        <translation>在批次页面设置推理服务，即可查看内存随上下文长度的变化。</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>上下文 %1</translation>
    </message>
    <message>
        <source>%1 sequences</source>
        <translation>%1 个序列</translation>
    </message>
    <message>
        <source>Set context to %1 tokens</source>
        <translation>将上下文设为 %1 个 token</translation>
    </message>
    <message>
        <source>Set concurrent sequences to %1</source>
        <translation>将并发序列设为 %1</translation>
    </message>
    <message>
        <source>Context tokens</source>
        <translation>上下文 token</translation>
    </message>
</context>
<context>
    <name>headroom::ui::BreakdownChart</name>
    <message>
        <source>Memory by component</source>
        <translation>各组成部分的内存</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>主机内存</translation>
    </message>
    <message numerus="yes">
        <source>Per device (%n device(s))</source>
        <translation>
            <numerusform>每设备（%n 个设备）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (capacity)</source>
        <translation>%1（容量）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 RAM</source>
        <translation>%1 内存</translation>
    </message>
    <message>
        <source>%1 per GPU</source>
        <translation>每块 GPU %1</translation>
    </message>
    <message>
        <source>↑ %1 (%2, above this view)</source>
        <translation>↑ %1（%2，超出当前视图）</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
</context>
<context>
    <name>headroom::ui::BreakdownModel</name>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
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
</context>
<context>
    <name>headroom::ui::BreakdownView</name>
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
</context>
<context>
    <name>headroom::ui::CandidateEditModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Host RAM (GiB)</source>
        <translation>主机内存 (GiB)</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>GPU memory (GiB)</source>
        <translation>GPU 显存 (GiB)</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>From the catalogue entry %1. Editing a cell makes the machine this scenario&apos;s own copy.</source>
        <translation>来自目录条目 %1。编辑任一单元格后，该机器将成为本场景自己的副本。</translation>
    </message>
    <message>
        <source>%1 (catalogue)</source>
        <translation>%1（目录）</translation>
    </message>
    <message>
        <source>%1 (not in the catalogue)</source>
        <translation>%1（不在目录中）</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a number.</source>
        <translation>第 %1 行：“%2”不是数字。</translation>
    </message>
    <message>
        <source>Machine name</source>
        <translation>机器名称</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>主机内存</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>GPU 显存</translation>
    </message>
    <message>
        <source>GPU count</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>Add machine</source>
        <translation>添加机器</translation>
    </message>
    <message>
        <source>Machine %1</source>
        <translation>机器 %1</translation>
    </message>
    <message>
        <source>Remove machine</source>
        <translation>移除机器</translation>
    </message>
</context>
<context>
    <name>headroom::ui::CandidateTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选机器</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>主机内存</translation>
    </message>
    <message>
        <source>Host free</source>
        <translation>主机剩余</translation>
    </message>
    <message>
        <source>Per device</source>
        <translation>每设备</translation>
    </message>
    <message>
        <source>Device free</source>
        <translation>设备剩余</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <source>Most sequences</source>
        <translation>最多序列</translation>
    </message>
    <message>
        <source>Largest batch</source>
        <translation>最大批次</translation>
    </message>
    <message>
        <source>Longest context</source>
        <translation>最长上下文</translation>
    </message>
    <message>
        <source>Most samples in memory</source>
        <translation>内存中最多样本数</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Price per usable GiB</source>
        <translation>每 GiB 可用内存价格</translation>
    </message>
    <message>
        <source>Host RAM left once the job, the OS reserve and other programs are in</source>
        <translation>计入任务、操作系统预留和其他程序后剩余的主机内存</translation>
    </message>
    <message>
        <source>Memory left on each GPU at the job&apos;s peak</source>
        <translation>任务峰值时每块 GPU 上剩余的内存</translation>
    </message>
    <message>
        <source>Price divided by the memory the job can use: all GPU memory for a GPU job, otherwise the RAM left after the OS reserve</source>
        <translation>价格除以任务可用的内存：GPU 任务为全部 GPU 内存，否则为扣除操作系统预留后剩余的内存</translation>
    </message>
    <message>
        <source>Catalogue entry %1</source>
        <translation>目录条目 %1</translation>
    </message>
    <message>
        <source>★ %1 (recommended)</source>
        <translation>★ %1（推荐）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>GPUs in a machine: count × memory each (&quot;2 × 22.35 GiB&quot;).</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Yes, with %1 % headroom</source>
        <translation>是，余量 %1 %</translation>
    </message>
    <message>
        <source>Yes, but with less than %1 % headroom</source>
        <translation>是，但余量低于 %1 %</translation>
    </message>
    <message>
        <source>No: %1</source>
        <extracomment>Why a candidate does not fit; %1 is a list of reasons.</extracomment>
        <translation>否：%1</translation>
    </message>
    <message>
        <source>Not even one sequence fits</source>
        <translation>连一个序列都放不下</translation>
    </message>
    <message>
        <source>Not even a batch of one fits</source>
        <translation>连大小为 1 的批次都无法容纳</translation>
    </message>
    <message>
        <source>This model does not train in batches</source>
        <translation>此模型不按批次训练</translation>
    </message>
    <message>
        <source>The engine takes %1 per GPU at start-up; its KV cache holds %2 tokens</source>
        <translation>引擎启动时每块 GPU 占用 %1；其 KV 缓存可容纳 %2 个 token</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>The most concurrent sequences of the scenario&apos;s context that fit this machine, without the safety margin</source>
        <translation>这台机器能容纳的、具有场景上下文长度的最多并发序列，不计安全余量</translation>
    </message>
    <message>
        <source>The largest batch size that fits this machine, without the safety margin (Fits counts the margin)</source>
        <translation>此机器可容纳的最大批次大小，不计安全余量（“可容纳”一栏计入余量）</translation>
    </message>
    <message>
        <source>The longest context per sequence (tokens) at the scenario&apos;s concurrency, without the safety margin</source>
        <translation>在场景的并发度下每序列最长的上下文（token），不计安全余量</translation>
    </message>
    <message>
        <source>The most samples that fit with the data held in memory, without the safety margin</source>
        <translation>数据载入内存时可容纳的最多样本数，不计安全余量</translation>
    </message>
</context>
<context>
    <name>headroom::ui::CatalogDialog</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Cloud instance</source>
        <translation>云实例</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Add Candidates from the Catalogue</source>
        <translation>从目录添加候选机器</translation>
    </message>
    <message>
        <source>Hardware Catalogue</source>
        <translation>硬件目录</translation>
    </message>
    <message>
        <source>Filter by name, id or GPU</source>
        <translation>按名称、ID 或 GPU 筛选</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>主机内存</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>最后核对</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>&amp;Add to Comparison</source>
        <translation>添加到比较(&amp;A)</translation>
    </message>
    <message>
        <source>%1 × %2 %3</source>
        <translation>%1 × %2 %3</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Yours, over the built-in entry</source>
        <translation>自定义，覆盖内置条目</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Re&amp;vert to Built-in</source>
        <translation>恢复为内置(&amp;V)</translation>
    </message>
    <message>
        <source>My machine</source>
        <translation>我的机器</translation>
    </message>
    <message>
        <source>There is already an entry with the id &quot;%1&quot;.</source>
        <translation>已存在 ID 为“%1”的条目。</translation>
    </message>
    <message>
        <source>Import Hardware Catalogue</source>
        <translation>导入硬件目录</translation>
    </message>
    <message>
        <source>Hardware catalogues (*.json);;All files (*)</source>
        <translation>硬件目录 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The catalogue was not imported; nothing changed.

%1</source>
        <translation>未导入目录；未做任何更改。

%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entry(s).</source>
        <translation>
            <numerusform>已导入 %n 个条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Hardware Catalogue</source>
        <translation>导出硬件目录</translation>
    </message>
    <message>
        <source>Hardware catalogues (*.json)</source>
        <translation>硬件目录 (*.json)</translation>
    </message>
</context>
<context>
    <name>headroom::ui::CatalogEntryDialog</name>
    <message>
        <source>Catalogue Entry</source>
        <translation>目录条目</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Cloud instance</source>
        <translation>云实例</translation>
    </message>
    <message>
        <source>As the vendor states it: GPU makers give decimal GB, cloud providers often GiB</source>
        <translation>按厂商标注填写：GPU 厂商使用十进制 GB，云服务商常用 GiB</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Host RAM:</source>
        <translation>主机内存(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;GPUs:</source>
        <translation>GPU(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>价格(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Last checked:</source>
        <translation>最后核对(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>headroom::ui::CatalogStore</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A catalogue file was refused: the file, then &quot;json.path: problem&quot;.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Could not save the hardware catalogue to %1: %2</source>
        <translation>无法将硬件目录保存到 %1：%2</translation>
    </message>
    <message>
        <source>There is no catalogue entry &quot;%1&quot;.</source>
        <translation>不存在目录条目“%1”。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in entry; only your own entries can be deleted.</source>
        <translation>“%1”是内置条目；只能删除您自己的条目。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a bare GPU: its machine was given %2 GiB of host RAM, the size the job needs with its safety margin. Edit Host RAM in the candidate table if the machine has more or less.</source>
        <translation>%1 是单独的 GPU：已为其机器设定 %2 GiB 主机内存，即任务连同安全余量所需的大小。如果机器的内存更多或更少，请在候选机器表中修改主机内存。</translation>
    </message>
    <message>
        <source>Add candidate %1</source>
        <translation>添加候选机器 %1</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ChartView</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Axis label: what is measured, then the unit (&quot;Memory per device (GiB)&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Chart exported by Headroom</source>
        <translation>由 Headroom 导出的图表</translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: choose a .png, .svg or .pdf file.</source>
        <translation>无法导出到“%1”：请选择 .png、.svg 或 .pdf 文件。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>No estimate: the scenario needs fixing first.</source>
        <translation>无估算结果：需要先修正场景。</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ChartsPanel</name>
    <message>
        <source>&amp;Logarithmic memory axis</source>
        <translation>对数内存轴(&amp;L)</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>以表格显示(&amp;T)</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>Dataset size</source>
        <translation>数据集大小</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <source>Draw memory on a logarithmic axis, to see small and large components together</source>
        <translation>在对数轴上绘制内存，以便同时查看大小不同的组成部分</translation>
    </message>
    <message>
        <source>Show the plotted numbers as a table</source>
        <translation>以表格形式显示绘制的数值</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>重置视图(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the whole chart (or double-click the chart)</source>
        <translation>返回完整图表（或双击图表）</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>将图表保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 图形 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Concurrent sequences</source>
        <translation>并发序列</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ComparisonView</name>
    <message>
        <source>&amp;Add from Catalogue…</source>
        <translation>从目录添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Edit &amp;Catalogue…</source>
        <translation>编辑目录(&amp;C)…</translation>
    </message>
    <message>
        <source>Add a machine from the hardware catalogue</source>
        <translation>从硬件目录添加机器</translation>
    </message>
    <message numerus="yes">
        <source>The comparison holds at most %n candidates</source>
        <translation>
            <numerusform>比较最多包含 %n 个候选机器</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No comparison:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;无比较结果：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended: %1&lt;/b&gt;, the cheapest candidate that fits with the scenario&apos;s %2 % headroom, at %3.</source>
        <translation>&lt;b&gt;推荐：%1&lt;/b&gt;，在场景的 %2 % 余量下可容纳的最便宜候选机器，价格 %3。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended: %1&lt;/b&gt;, the candidate with the least memory that fits with the scenario&apos;s %2 % headroom (no prices are given).</source>
        <translation>&lt;b&gt;推荐：%1&lt;/b&gt;，在场景的 %2 % 余量下可容纳且内存最少的候选机器（未提供价格）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No candidate fits with the scenario&apos;s %1 % headroom.&lt;/b&gt; The job needs %2 of host RAM and %3 on each GPU.</source>
        <translation>&lt;b&gt;在场景的 %1 % 余量下没有可容纳的候选机器。&lt;/b&gt;该任务需要 %2 主机内存，每块 GPU 需要 %3。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No candidate fits with the scenario&apos;s %1 % headroom.&lt;/b&gt; The job needs %2 of host RAM.</source>
        <translation>&lt;b&gt;在场景的 %1 % 余量下没有可容纳的候选机器。&lt;/b&gt;该任务需要 %2 主机内存。</translation>
    </message>
    <message>
        <source>Add at least two candidates to compare them side by side.</source>
        <translation>至少添加两个候选机器才能并排比较。</translation>
    </message>
    <message>
        <source>Host RAM free</source>
        <translation>主机剩余内存</translation>
    </message>
    <message>
        <source>Per-GPU memory free</source>
        <translation>每块 GPU 剩余内存</translation>
    </message>
    <message>
        <source>Memory free at the job&apos;s peak (% of the machine&apos;s)</source>
        <translation>任务峰值时的剩余内存（占机器内存的 %）</translation>
    </message>
    <message>
        <source>%1 % headroom</source>
        <translation>%1 % 余量</translation>
    </message>
    <message>
        <source>Remove candidate %1</source>
        <translation>移除候选机器 %1</translation>
    </message>
    <message>
        <source>Reorder candidates</source>
        <translation>重新排序候选机器</translation>
    </message>
</context>
<context>
    <name>headroom::ui::DatasetChart</name>
    <message>
        <source>Held in memory</source>
        <translation>常驻内存</translation>
    </message>
    <message>
        <source>Memory-mapped</source>
        <translation>内存映射</translation>
    </message>
    <message>
        <source>Streamed</source>
        <translation>流式读取</translation>
    </message>
    <message>
        <source>Host memory against dataset size</source>
        <translation>主机内存与数据集大小的关系</translation>
    </message>
    <message>
        <source>%1 (this scenario)</source>
        <translation>%1（当前场景）</translation>
    </message>
    <message>
        <source>Host RAM needed</source>
        <translation>所需主机内存</translation>
    </message>
    <message>
        <source>Samples in the dataset</source>
        <translation>数据集中的样本数</translation>
    </message>
    <message>
        <source>%1: %2 RAM</source>
        <translation>%1：%2 内存</translation>
    </message>
    <message>
        <source>↑ %1 (%2, above this view)</source>
        <translation>↑ %1（%2，超出当前视图）</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>最大 %1</translation>
    </message>
    <message>
        <source>%1 samples</source>
        <translation>%1 个样本</translation>
    </message>
    <message>
        <source>Held in memory, fits none of the candidates&apos; RAM</source>
        <translation>常驻内存，超出所有候选机器的内存</translation>
    </message>
    <message>
        <source>Held in memory, fits the RAM of: %1</source>
        <translation>常驻内存，可容纳于以下机器的内存：%1</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Held in memory, fits</source>
        <translation>常驻内存，可容纳</translation>
    </message>
</context>
<context>
    <name>headroom::ui::DatasetForm</name>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T):</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Choose a common dataset…</source>
        <translation>选择常用数据集…</translation>
    </message>
    <message>
        <source>ImageNet-1k (1.28 million 224×224 images)</source>
        <translation>ImageNet-1k（128 万张 224×224 图像）</translation>
    </message>
    <message>
        <source>CIFAR-10 (50,000 32×32 images)</source>
        <translation>CIFAR-10（50,000 张 32×32 图像）</translation>
    </message>
    <message>
        <source>Token corpus (1 million × 2,048 tokens)</source>
        <translation>词元语料库（100 万 × 2,048 个词元）</translation>
    </message>
    <message>
        <source>Wide table (1 million rows × 2,000 features)</source>
        <translation>宽表（100 万行 × 2,000 个特征）</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P):</translation>
    </message>
    <message>
        <source>Dataset preset</source>
        <translation>数据集预设</translation>
    </message>
    <message>
        <source>&amp;Samples:</source>
        <translation>样本数(&amp;S):</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>个样本</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>输入(&amp;I):</translation>
    </message>
    <message>
        <source>Table row (features)</source>
        <translation>表格行（特征）</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Sequence (time steps × features)</source>
        <translation>序列（时间步 × 特征）</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation>特征数(&amp;F):</translation>
    </message>
    <message>
        <source>values</source>
        <translation>个值</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H):</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>通道数(&amp;C):</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>个通道</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>长度(&amp;L):</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>个词元</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <source>&amp;Element type:</source>
        <translation>元素类型(&amp;E):</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>布局(&amp;Y):</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <source>Sparse (compressed rows, CSR)</source>
        <translation>稀疏（压缩行，CSR）</translation>
    </message>
    <message>
        <source>&amp;Density:</source>
        <translation>密度(&amp;D):</translation>
    </message>
    <message>
        <source>of values non-zero</source>
        <translation>的值为非零</translation>
    </message>
    <message>
        <source>Inde&amp;x type:</source>
        <translation>索引类型(&amp;X):</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>&amp;Targets:</source>
        <translation>目标数(&amp;T):</translation>
    </message>
    <message>
        <source>per sample</source>
        <translation>每个样本</translation>
    </message>
    <message>
        <source>Target t&amp;ype:</source>
        <translation>目标类型(&amp;Y):</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>加载</translation>
    </message>
    <message>
        <source>St&amp;orage:</source>
        <translation>存储方式(&amp;O):</translation>
    </message>
    <message>
        <source>Whole set held in memory</source>
        <translation>整个数据集常驻内存</translation>
    </message>
    <message>
        <source>Memory-mapped file (read on demand)</source>
        <translation>内存映射文件（按需读取）</translation>
    </message>
    <message>
        <source>Streaming (only in-flight batches held)</source>
        <translation>流式读取（仅保留传输中的批次）</translation>
    </message>
    <message>
        <source>Preprocessing &amp;copies:</source>
        <translation>预处理副本数(&amp;C):</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>个副本</translation>
    </message>
    <message>
        <source>time steps</source>
        <translation>个时间步</translation>
    </message>
    <message>
        <source>Dense equivalent: %1 per sample, %2 for the whole set (before sparsity).</source>
        <translation>稠密等效大小：每个样本 %1，整个数据集 %2（未计稀疏性）。</translation>
    </message>
    <message>
        <source>Raw data: %1 per sample, %2 for the whole set.</source>
        <translation>原始数据：每个样本 %1，整个数据集 %2。</translation>
    </message>
    <message>
        <source>Read &amp;from:</source>
        <translation>读取来源(&amp;F):</translation>
    </message>
    <message>
        <source>Already in memory</source>
        <translation>已在内存中</translation>
    </message>
    <message>
        <source>CSV file (pandas.read_csv)</source>
        <translation>CSV 文件 (pandas.read_csv)</translation>
    </message>
    <message>
        <source>NumPy .npy file (np.load)</source>
        <translation>NumPy .npy 文件 (np.load)</translation>
    </message>
    <message>
        <source>File si&amp;ze on disk:</source>
        <translation>磁盘上的文件大小(&amp;Z):</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
</context>
<context>
    <name>headroom::ui::DatasetPage</name>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>How many samples, what one sample looks like, and how the data is held.</source>
        <translation>样本数量、单个样本的形式以及数据的存放方式。</translation>
    </message>
</context>
<context>
    <name>headroom::ui::FieldBinder</name>
    <message>
        <source>Enter a number.</source>
        <translation>请输入一个数字。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入一个整数。</translation>
    </message>
    <message>
        <source>Enter a number, such as %1.</source>
        <translation>请输入一个数字，例如 %1。</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>更改 %1</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to %1.</source>
        <translation>请输入 0 到 %1 之间的百分比。</translation>
    </message>
</context>
<context>
    <name>headroom::ui::FileActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Size a new job with the wizard</source>
        <translation>使用向导估算新作业</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
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
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Headroom scenarios (*.headroom.json *.json)</source>
        <translation>Headroom 场景 (*.headroom.json *.json)</translation>
    </message>
    <message>
        <source>Cannot open scenario</source>
        <translation>无法打开场景</translation>
    </message>
    <message>
        <source>%1 was not opened; what you had open is unchanged.</source>
        <translation>未打开 %1；当前打开的内容保持不变。</translation>
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
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The scenario has a problem to fix first:
%1</source>
        <translation>场景中有一个问题需要先修正：
%1</translation>
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
        <source>Import &amp;Measurement…</source>
        <translation>导入测量结果(&amp;M)…</translation>
    </message>
    <message>
        <source>Show a measured run (headroom_probe) beside the estimate</source>
        <translation>在估算旁显示一次实测运行(headroom_probe)</translation>
    </message>
    <message>
        <source>Import measurement</source>
        <translation>导入测量结果</translation>
    </message>
    <message>
        <source>Headroom measurements (*.headroom-measure.json *.json)</source>
        <translation>Headroom 测量文件 (*.headroom-measure.json *.json)</translation>
    </message>
    <message>
        <source>Cannot import measurement</source>
        <translation>无法导入测量结果</translation>
    </message>
    <message>
        <source>%1 was not imported; the scenario is unchanged.</source>
        <translation>未导入 %1;场景保持不变。</translation>
    </message>
</context>
<context>
    <name>headroom::ui::HardwareForm</name>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>节点数(&amp;N):</translation>
    </message>
    <message>
        <source>machines</source>
        <translation>台机器</translation>
    </message>
    <message>
        <source>&amp;GPUs per node:</source>
        <translation>每节点 GPU 数(&amp;G):</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>个设备</translation>
    </message>
    <message>
        <source>&amp;Data parallel:</source>
        <translation>数据并行(&amp;D):</translation>
    </message>
    <message>
        <source>DDP (full replica per device)</source>
        <translation>DDP（每个设备一份完整副本）</translation>
    </message>
    <message>
        <source>ZeRO stage 1 (optimizer states sharded)</source>
        <translation>ZeRO stage 1（分片优化器状态）</translation>
    </message>
    <message>
        <source>ZeRO stage 2 (+ gradients sharded)</source>
        <translation>ZeRO stage 2（+ 分片梯度）</translation>
    </message>
    <message>
        <source>ZeRO stage 3 (+ parameters sharded)</source>
        <translation>ZeRO stage 3（+ 分片参数）</translation>
    </message>
    <message>
        <source>FSDP (as ZeRO stage 3)</source>
        <translation>FSDP（同 ZeRO stage 3）</translation>
    </message>
    <message>
        <source>&amp;Tensor parallel:</source>
        <translation>张量并行(&amp;T):</translation>
    </message>
    <message>
        <source>degree</source>
        <translation>并行度</translation>
    </message>
    <message>
        <source>&amp;Pipeline parallel:</source>
        <translation>流水线并行(&amp;P):</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>个阶段</translation>
    </message>
    <message>
        <source>&amp;Sequence parallel (with tensor parallel)</source>
        <translation>序列并行（配合张量并行）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Offload to host:</source>
        <translation>卸载到主机(&amp;O):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <source>Optimizer states and parameters</source>
        <translation>优化器状态和参数</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Operating system &amp;reserve:</source>
        <translation>操作系统预留(&amp;R):</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>Other &amp;processes:</source>
        <translation>其他进程(&amp;P):</translation>
    </message>
    <message>
        <source>Candidate machines</source>
        <translation>候选机器</translation>
    </message>
    <message>
        <source>&amp;Add machine</source>
        <translation>添加机器(&amp;A)</translation>
    </message>
    <message>
        <source>Add from &amp;catalogue</source>
        <translation>从目录添加(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xpert parallel:</source>
        <translation>专家并行(&amp;X)：</translation>
    </message>
    <message>
        <source>Safety &amp;margin:</source>
        <translation>安全余量(&amp;M):</translation>
    </message>
</context>
<context>
    <name>headroom::ui::HardwarePage</name>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>How many devices and how the job is split over them, and the machines to judge it against.</source>
        <translation>设备数量、作业在设备间的划分方式，以及用于评估的机器。</translation>
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
        <source>%1[*] — Headroom</source>
        <translation>%1[*] — Headroom</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Scenario Editor</source>
        <translation>场景编辑器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>Co&amp;mparison</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Advisor</source>
        <translation>顾问(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>headroom::ui::MeasurementPanel</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Detach the measurement from the scenario</source>
        <translation>将测量结果与场景分离</translation>
    </message>
    <message>
        <source>No estimate to compare with.</source>
        <translation>没有可对比的估算。</translation>
    </message>
    <message>
        <source>Measured against estimated</source>
        <translation>实测与估算对比</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Outside the engine&apos;s stated accuracy of ±10 %</source>
        <translation>超出引擎标称精度 ±10 %</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>误差</translation>
    </message>
</context>
<context>
    <name>headroom::ui::MemoryGauge</name>
    <message>
        <source>&lt;b&gt;Memory&lt;/b&gt; against:</source>
        <translation>&lt;b&gt;内存&lt;/b&gt;对照：</translation>
    </message>
    <message>
        <source>Host RAM: no estimate</source>
        <translation>主机内存：无估算</translation>
    </message>
    <message>
        <source>Fix the scenario first: %1</source>
        <translation>请先修正场景：%1</translation>
    </message>
    <message>
        <source>%1 fits with %2 % headroom.</source>
        <translation>%1 可容纳，余量 %2 %。</translation>
    </message>
    <message>
        <source>%1 fits, but with less than %2 % headroom.</source>
        <translation>%1 可容纳，但余量不足 %2 %。</translation>
    </message>
    <message>
        <source>Host RAM: %1 of %2</source>
        <translation>主机内存：%1 / %2</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>主机内存</translation>
    </message>
    <message>
        <source>Host RAM: %1 needed, buy %2</source>
        <translation>主机内存：需要 %1，建议购买 %2</translation>
    </message>
    <message>
        <source>Per GPU: %1 of %2</source>
        <translation>每个 GPU：%1 / %2</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>GPU 显存</translation>
    </message>
    <message>
        <source>Per GPU: %1 needed; this machine has no GPU</source>
        <translation>每个 GPU：需要 %1；此机器没有 GPU</translation>
    </message>
    <message>
        <source>The job needs a GPU.</source>
        <translation>该作业需要 GPU。</translation>
    </message>
    <message>
        <source>Per GPU: %1 needed, smallest GPU %2</source>
        <translation>每个 GPU：需要 %1，最小 GPU 为 %2</translation>
    </message>
    <message>
        <source>Per GPU: %1 needed; no single GPU is large enough</source>
        <translation>每个 GPU：需要 %1；没有任何单个 GPU 足够大</translation>
    </message>
    <message>
        <source>Add a candidate machine on the Hardware page to check the fit.</source>
        <translation>请在“硬件”页面添加候选机器以检查是否可容纳。</translation>
    </message>
    <message>
        <source>It does not fit: %1.</source>
        <extracomment>%1 lists why, as the comparison does (&quot;each GPU is 2 GiB short (needs …, has …)&quot;).</extracomment>
        <translation>无法容纳：%1。</translation>
    </message>
    <message>
        <source>Unified memory (host + GPU): %1 of %2</source>
        <translation>统一内存（主机 + GPU）：%2 中的 %1</translation>
    </message>
    <message>
        <source>Unified memory</source>
        <translation>统一内存</translation>
    </message>
    <message>
        <source>Per GPU: %1 of the engine&apos;s %2 share of %3</source>
        <translation>每块 GPU：引擎在 %3 中所占 %2 份额中的 %1</translation>
    </message>
    <message>
        <source>no candidate machine</source>
        <translation>没有候选机器</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ModelForm</name>
    <message>
        <source>%1 B parameters</source>
        <translation>%1 B 参数</translation>
    </message>
    <message>
        <source>%1 M parameters</source>
        <translation>%1 M 参数</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 个参数</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>框架(&amp;F):</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>网络(&amp;N):</translation>
    </message>
    <message>
        <source>Named network (preset)</source>
        <translation>命名网络（预设）</translation>
    </message>
    <message>
        <source>Fully connected (MLP)</source>
        <translation>全连接 (MLP)</translation>
    </message>
    <message>
        <source>Recurrent (RNN, LSTM, GRU)</source>
        <translation>循环网络 (RNN, LSTM, GRU)</translation>
    </message>
    <message>
        <source>Transformer</source>
        <translation>Transformer</translation>
    </message>
    <message>
        <source>Custom: parameters and activation bytes</source>
        <translation>自定义：参数和激活字节数</translation>
    </message>
    <message>
        <source>Search networks, e.g. llama</source>
        <translation>搜索网络，例如 llama</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Outputs:</source>
        <translation>输出(&amp;O):</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>个类别</translation>
    </message>
    <message>
        <source>widths, e.g. 1024, 512</source>
        <translation>宽度，例如 1024, 512</translation>
    </message>
    <message>
        <source>&amp;Hidden layers:</source>
        <translation>隐藏层(&amp;H):</translation>
    </message>
    <message>
        <source>Enter layer widths separated by commas, such as 1024, 512.</source>
        <translation>请输入以逗号分隔的层宽度，例如 1024, 512。</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>&amp;Activation:</source>
        <translation>激活函数(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Dropout:</source>
        <translation>Dropout(&amp;D):</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>单元(&amp;C):</translation>
    </message>
    <message>
        <source>Plain RNN</source>
        <translation>普通 RNN</translation>
    </message>
    <message>
        <source>&amp;Layers:</source>
        <translation>层数(&amp;L):</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Hidden &amp;size:</source>
        <translation>隐藏层大小(&amp;S):</translation>
    </message>
    <message>
        <source>units</source>
        <translation>个单元</translation>
    </message>
    <message>
        <source>&amp;Bidirectional</source>
        <translation>双向(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>参数(&amp;P):</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>个参数</translation>
    </message>
    <message>
        <source>Activation &amp;memory:</source>
        <translation>激活内存(&amp;M):</translation>
    </message>
    <message>
        <source>bytes per sample</source>
        <translation>字节/样本</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Estimator</source>
        <translation>估计器</translation>
    </message>
    <message>
        <source>&amp;Estimator class:</source>
        <translation>估计器类(&amp;E):</translation>
    </message>
    <message>
        <source>As &amp;JSON:</source>
        <translation>JSON 格式(&amp;J):</translation>
    </message>
    <message>
        <source>Not valid JSON yet; write it as in Python, with null, true, false.</source>
        <translation>尚不是有效的 JSON；请按 Python 的写法书写，但使用 null、true、false。</translation>
    </message>
    <message>
        <source>Write the parameters as one JSON object: {&quot;name&quot;: value, …}.</source>
        <translation>请将参数写成一个 JSON 对象：{&quot;name&quot;: value, …}。</translation>
    </message>
    <message>
        <source>Estimator parameters</source>
        <translation>估计器参数</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add &amp;parameter</source>
        <translation>添加参数(&amp;P)</translation>
    </message>
    <message>
        <source>Remo&amp;ve parameter</source>
        <translation>移除参数(&amp;V)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Transformer (overrides of the preset)</source>
        <translation>Transformer（覆盖预设）</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 total, %2 active per token</source>
        <translation>共 %1，每个词元激活 %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3 active</source>
        <translation>%1 — %2，激活 %3</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ModelImport</name>
    <message>
        <source>&amp;Import Model…</source>
        <translation>导入模型(&amp;I)…</translation>
    </message>
    <message>
        <source>Read a model&apos;s config.json, safetensors or GGUF file (headers only) into the scenario</source>
        <translation>将模型的 config.json、safetensors 或 GGUF 文件（仅头部）读入场景</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <source>Model files (config.json *.safetensors *.safetensors.index.json *.gguf);;All files (*)</source>
        <translation>模型文件 (config.json *.safetensors *.safetensors.index.json *.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The model file could not be imported:
%1</source>
        <translation>无法导入模型文件：
%1</translation>
    </message>
    <message>
        <source>The imported model does not fit the open scenario:
%1</source>
        <translation>导入的模型与当前打开的场景不符：
%1</translation>
    </message>
    <message>
        <source>%1 was imported. Please note:
%2</source>
        <translation>已导入 %1。请注意：
%2</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ModelPage</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The framework, then a named network, your own network, or a classical estimator.</source>
        <translation>先选择框架，然后选择命名网络、自定义网络或经典估计器。</translation>
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
    <name>headroom::ui::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>无最近文件</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
</context>
<context>
    <name>headroom::ui::RecommendationView</name>
    <message>
        <source>Recommendation</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Next size to buy</source>
        <translation>建议购买的规格</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>主机内存</translation>
    </message>
    <message>
        <source>Recommended (+%1 %)</source>
        <translation>推荐（+%1 %）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No estimate until the scenario is valid.</source>
        <translation>场景有效后才会显示估算。</translation>
    </message>
    <message numerus="yes">
        <source>Per GPU (%n device(s))</source>
        <translation>
            <numerusform>每个 GPU（%n 个设备）</numerusform>
        </translation>
    </message>
    <message>
        <source>none on sale</source>
        <translation>无在售规格</translation>
    </message>
    <message>
        <source>No candidate machines: add some on the Hardware page.</source>
        <translation>没有候选机器：请在“硬件”页面添加。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Buy:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;购买：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;None of the candidates fits with %1 % headroom.&lt;/b&gt;</source>
        <translation>&lt;b&gt;没有任何候选机器能在保留 %1 % 余量的情况下容纳。&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The memory the job needs, component by component, and what to buy.</source>
        <translation>作业所需的内存（按组成部分列出）以及建议购买的配置。</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ScenarioEditor</name>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ScenarioForm</name>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
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
    <name>headroom::ui::SizingWizard</name>
    <message>
        <source>New scenario</source>
        <translation>新建场景</translation>
    </message>
</context>
<context>
    <name>headroom::ui::TrainingForm</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>任务(&amp;T):</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D):</translation>
    </message>
    <message>
        <source>Default (GPU for deep learning, else CPU)</source>
        <translation>默认（深度学习用 GPU，否则用 CPU）</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>仅 CPU</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>批大小(&amp;B):</translation>
    </message>
    <message>
        <source>samples per device</source>
        <translation>每设备样本数</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P):</translation>
    </message>
    <message>
        <source>mixed fp16 (fp32 master weights)</source>
        <translation>混合 fp16（fp32 主权重）</translation>
    </message>
    <message>
        <source>mixed bf16 (fp32 master weights)</source>
        <translation>混合 bf16（fp32 主权重）</translation>
    </message>
    <message>
        <source>int8 weights (inference)</source>
        <translation>int8 权重（推理）</translation>
    </message>
    <message>
        <source>int4 weights (inference)</source>
        <translation>int4 权重（推理）</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>优化器(&amp;O):</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>带动量的 SGD</translation>
    </message>
    <message>
        <source>Adam 8-bit</source>
        <translation>Adam 8-bit</translation>
    </message>
    <message>
        <source>Activation &amp;checkpointing:</source>
        <translation>激活检查点(&amp;C):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Selective (attention recomputed)</source>
        <translation>选择性（重新计算注意力）</translation>
    </message>
    <message>
        <source>Full (only block inputs kept)</source>
        <translation>完整（仅保留块输入）</translation>
    </message>
    <message>
        <source>Gradient &amp;accumulation:</source>
        <translation>梯度累积(&amp;A):</translation>
    </message>
    <message>
        <source>micro-batches</source>
        <translation>个微批次</translation>
    </message>
    <message>
        <source>&amp;Fine-tuning:</source>
        <translation>微调(&amp;F):</translation>
    </message>
    <message>
        <source>Full (every weight trained)</source>
        <translation>完整（训练所有权重）</translation>
    </message>
    <message>
        <source>Frozen (a fraction trained)</source>
        <translation>冻结（训练部分权重）</translation>
    </message>
    <message>
        <source>LoRA adapters</source>
        <translation>LoRA 适配器</translation>
    </message>
    <message>
        <source>T&amp;rainable fraction:</source>
        <translation>可训练比例(&amp;R):</translation>
    </message>
    <message>
        <source>of parameters</source>
        <translation>的参数</translation>
    </message>
    <message>
        <source>LoRA ra&amp;nk:</source>
        <translation>LoRA 秩(&amp;N):</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>秩</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>&amp;Generate text (language-model inference)</source>
        <translation>生成文本（语言模型推理）(&amp;G)</translation>
    </message>
    <message>
        <source>Pro&amp;mpt:</source>
        <translation>提示词(&amp;M):</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>个词元</translation>
    </message>
    <message>
        <source>New t&amp;okens:</source>
        <translation>新词元数(&amp;O):</translation>
    </message>
    <message>
        <source>Data loader</source>
        <translation>数据加载器</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>工作进程数(&amp;W):</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>个进程</translation>
    </message>
    <message>
        <source>Pre&amp;fetch factor:</source>
        <translation>预取因子(&amp;F):</translation>
    </message>
    <message>
        <source>batches per worker</source>
        <translation>批次/工作进程</translation>
    </message>
    <message>
        <source>&amp;Pin memory (page-locked batches)</source>
        <translation>锁页内存（页锁定批次）(&amp;P)</translation>
    </message>
    <message>
        <source>QLoRA (adapters over a 4-bit base)</source>
        <translation>QLoRA（4 位基座上的适配器）</translation>
    </message>
    <message>
        <source>4-bit &amp;base:</source>
        <translation>4 位基座(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Double quantisation of the constants</source>
        <translation>常数双重量化(&amp;D)</translation>
    </message>
    <message>
        <source>Pa&amp;ged optimizer</source>
        <translation>分页优化器(&amp;G)</translation>
    </message>
    <message>
        <source>Parallel work</source>
        <translation>并行工作</translation>
    </message>
    <message>
        <source>Parallel &amp;jobs (n_jobs):</source>
        <translation>并行作业数(&amp;J) (n_jobs):</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>个作业</translation>
    </message>
    <message>
        <source>1 (None); −1 for every core</source>
        <translation>1（None）；−1 表示使用所有核心</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>推理服务</translation>
    </message>
    <message>
        <source>&amp;Serve with an inference engine (concurrent requests)</source>
        <translation>用推理引擎提供服务（并发请求）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>引擎(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Concurrent sequences:</source>
        <translation>并发序列(&amp;C)：</translation>
    </message>
    <message>
        <source>requests at once</source>
        <translation>同时的请求</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>提示(&amp;R)：</translation>
    </message>
    <message>
        <source>tokens per sequence</source>
        <translation>每序列 token 数</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>O&amp;utput:</source>
        <translation>输出(&amp;U)：</translation>
    </message>
    <message>
        <source>Con&amp;text instead:</source>
        <translation>或改用上下文(&amp;T)：</translation>
    </message>
    <message>
        <source>prompt + output</source>
        <translation>提示 + 输出</translation>
    </message>
    <message>
        <source>&amp;KV cache type:</source>
        <translation>KV 缓存类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Default (the weights&apos; 16-bit type)</source>
        <translation>默认（权重的 16 位类型）</translation>
    </message>
    <message>
        <source>GPU &amp;share taken:</source>
        <translation>占用的 GPU 份额(&amp;S)：</translation>
    </message>
    <message>
        <source>gpu_memory_utilization / mem_fraction_static / cuda_memory_fraction</source>
        <translation>gpu_memory_utilization / mem_fraction_static / cuda_memory_fraction</translation>
    </message>
    <message>
        <source>Most &amp;running sequences:</source>
        <translation>最多运行序列(&amp;R)：</translation>
    </message>
    <message>
        <source>max_num_seqs</source>
        <translation>max_num_seqs</translation>
    </message>
    <message>
        <source>Prefill &amp;chunk:</source>
        <translation>预填充块(&amp;C)：</translation>
    </message>
    <message>
        <source>tokens (max_num_batched_tokens)</source>
        <translation>token（max_num_batched_tokens）</translation>
    </message>
    <message>
        <source>engine default</source>
        <translation>引擎默认值</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>GPU 层数(&amp;G)：</translation>
    </message>
    <message>
        <source>n_gpu_layers (−1: all)</source>
        <translation>n_gpu_layers（−1：全部）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Context &amp;cells:</source>
        <translation>上下文单元(&amp;C)：</translation>
    </message>
    <message>
        <source>n_ctx, shared by all sequences</source>
        <translation>n_ctx，所有序列共享</translation>
    </message>
    <message>
        <source>sequences × context</source>
        <translation>序列数 × 上下文</translation>
    </message>
    <message>
        <source>&amp;Micro-batch:</source>
        <translation>微批次(&amp;M)：</translation>
    </message>
    <message>
        <source>n_ubatch tokens</source>
        <translation>n_ubatch 个 token</translation>
    </message>
    <message>
        <source>&amp;Flash attention:</source>
        <translation>Flash attention(&amp;F)：</translation>
    </message>
    <message>
        <source>Memory-map the &amp;model file:</source>
        <translation>内存映射模型文件(&amp;M)：</translation>
    </message>
    <message>
        <source>C&amp;ache:</source>
        <translation>缓存(&amp;A)：</translation>
    </message>
    <message>
        <source>Default (dynamic)</source>
        <translation>默认（动态）</translation>
    </message>
    <message>
        <source>dynamic (grows each step)</source>
        <translation>动态（每步增长）</translation>
    </message>
    <message>
        <source>static (allocated for the whole context)</source>
        <translation>静态（为整个上下文分配）</translation>
    </message>
    <message>
        <source>Cross-validation &amp;folds:</source>
        <translation>交叉验证折数(&amp;F):</translation>
    </message>
    <message>
        <source>folds</source>
        <translation>折</translation>
    </message>
    <message>
        <source>none (one fit)</source>
        <translation>无（单次拟合）</translation>
    </message>
    <message>
        <source>Fits at &amp;once (n_jobs):</source>
        <translation>同时拟合数 (n_jobs)(&amp;O):</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>次拟合</translation>
    </message>
    <message>
        <source>1 (None); −1 for every fit</source>
        <translation>1 (None)；−1 表示全部同时拟合</translation>
    </message>
    <message>
        <source>Parameter &amp;candidates:</source>
        <translation>参数候选数(&amp;C):</translation>
    </message>
    <message>
        <source>searched</source>
        <translation>个（搜索）</translation>
    </message>
    <message>
        <source>1 (plain cross-validation)</source>
        <translation>1（普通交叉验证）</translation>
    </message>
    <message>
        <source>Optimizer &amp;step:</source>
        <translation>优化器步骤(&amp;S):</translation>
    </message>
    <message>
        <source>foreach (one temporary the size of the states)</source>
        <translation>foreach（一个与状态同样大小的临时张量）</translation>
    </message>
    <message>
        <source>fused (no temporaries)</source>
        <translation>融合（无临时张量）</translation>
    </message>
    <message>
        <source>per parameter</source>
        <translation>逐参数</translation>
    </message>
    <message>
        <source>in backward (each gradient freed as it is made)</source>
        <translation>反向传播中（每个梯度生成后即释放）</translation>
    </message>
    <message>
        <source>&amp;Loss chunks:</source>
        <translation>损失分块(&amp;L):</translation>
    </message>
    <message>
        <source>torch.co&amp;mpile (the chunked loss is fused)</source>
        <translation>torch.co&amp;mpile（分块损失被融合）</translation>
    </message>
    <message>
        <source>Offload activations to &amp;host RAM</source>
        <translation>将激活卸载到主机内存(&amp;H)</translation>
    </message>
    <message>
        <source>Adapted la&amp;yers:</source>
        <translation>适配的层(&amp;Y):</translation>
    </message>
    <message>
        <source>LoRA dropo&amp;ut:</source>
        <translation>LoRA dropout(&amp;U):</translation>
    </message>
    <message>
        <source>probability (lora_dropout)</source>
        <translation>概率（lora_dropout）</translation>
    </message>
    <message>
        <source>Default (foreach on CUDA)</source>
        <translation>默认（CUDA 上为 foreach）</translation>
    </message>
    <message>
        <source>chunks of the output</source>
        <translation>输出分块</translation>
    </message>
    <message>
        <source>Op-level selective (every other matmul kept)</source>
        <translation>算子级选择性（保留每隔一个矩阵乘法）</translation>
    </message>
    <message>
        <source>Loss funct&amp;ion:</source>
        <translation>损失函数(&amp;I):</translation>
    </message>
    <message>
        <source>Cross-entropy over the outputs</source>
        <translation>输出上的交叉熵</translation>
    </message>
    <message>
        <source>Sum of the outputs (a benchmark&apos;s logits.sum())</source>
        <translation>输出之和（基准测试的 logits.sum()）</translation>
    </message>
    <message>
        <source>Query projection (q_proj)</source>
        <translation>Query 投影（q_proj）</translation>
    </message>
    <message>
        <source>Key projection (k_proj)</source>
        <translation>Key 投影（k_proj）</translation>
    </message>
    <message>
        <source>Value projection (v_proj)</source>
        <translation>Value 投影（v_proj）</translation>
    </message>
    <message>
        <source>Attention output projection (o_proj)</source>
        <translation>注意力输出投影（o_proj）</translation>
    </message>
    <message>
        <source>FFN gate projection (gate_proj; SwiGLU FFNs only)</source>
        <translation>FFN 门控投影（gate_proj；仅 SwiGLU FFN）</translation>
    </message>
    <message>
        <source>FFN up projection (up_proj; a GELU FFN&apos;s first layer, fc1)</source>
        <translation>FFN 上投影（up_proj；GELU FFN 的第一层，fc1）</translation>
    </message>
    <message>
        <source>FFN down projection (down_proj; a GELU FFN&apos;s second layer, fc2)</source>
        <translation>FFN 下投影（down_proj；GELU FFN 的第二层，fc2）</translation>
    </message>
    <message>
        <source>The linear layers of each block that get LoRA adapters: q, k, v and o by default; every one is PEFT&apos;s &quot;all-linear&quot;. A mixture&apos;s experts are not adapted.</source>
        <translation>每个块中获得 LoRA 适配器的线性层：默认为 q、k、v 和 o；全部选中即 PEFT 的 &quot;all-linear&quot;。混合专家模型的专家不做适配。</translation>
    </message>
    <message>
        <source>At least one layer must get adapters.</source>
        <translation>至少必须有一层获得适配器。</translation>
    </message>
    <message>
        <source>Adapted layers</source>
        <translation>适配的层</translation>
    </message>
</context>
<context>
    <name>headroom::ui::TrainingPage</name>
    <message>
        <source>Batch and training</source>
        <translation>批次与训练</translation>
    </message>
    <message>
        <source>What the job does each step: batch, precision, optimizer and memory savers.</source>
        <translation>作业每一步的操作：批次、精度、优化器和内存节省手段。</translation>
    </message>
    <message>
        <source>What the estimator does: fit or predict, and how many jobs run at once.</source>
        <translation>估计器做什么：拟合还是预测，以及同时运行多少个作业。</translation>
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
