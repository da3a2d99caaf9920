<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdviceHtml</name>
    <message>
        <source>Ways to need less memory</source>
        <translation>Wege zu weniger Speicherbedarf</translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation>Fallstricke</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Host RAM saved</source>
        <translation>Eingesparter Host-RAM</translation>
    </message>
    <message>
        <source>Saved per device</source>
        <translation>Eingespart pro Gerät</translation>
    </message>
    <message>
        <source>Makes fit</source>
        <translation>Danach passend</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Nachteil</translation>
    </message>
    <message>
        <source>Each saving is the difference between the estimate of the scenario and that of the scenario with the change made.</source>
        <translation>Jede Einsparung ist die Differenz zwischen der Schätzung des Szenarios und der des Szenarios mit der vorgenommenen Änderung.</translation>
    </message>
</context>
<context>
    <name>AdvisorPanel</name>
    <message>
        <source>%1 has %2 per GPU, %3× the %4 recommended per device.</source>
        <translation>%1 hat %2 pro GPU, das %3-Fache der empfohlenen %4 pro Gerät.</translation>
    </message>
    <message>
        <source>%1 has %2 of RAM, %3× the %4 recommended.</source>
        <translation>%1 hat %2 RAM, das %3-Fache der empfohlenen %4.</translation>
    </message>
    <message>
        <source>It is the cheapest candidate that fits, but a smaller machine would do.</source>
        <translation>Es ist der günstigste passende Kandidat, aber eine kleinere Maschine würde genügen.</translation>
    </message>
    <message>
        <source>%1 fits with headroom for %2 less.</source>
        <translation>%1 passt mit Reserve und kostet %2 weniger.</translation>
    </message>
    <message>
        <source>%1 has %2 per GPU, but each device needs %3: it does not fit, whatever the machine&apos;s total GPU memory.</source>
        <translation>%1 hat %2 pro GPU, aber jedes Gerät benötigt %3: Es passt nicht, unabhängig vom gesamten GPU-Speicher der Maschine.</translation>
    </message>
    <message>
        <source>The dataset (%1 as stored) is larger than the %2 of RAM of %3: held in memory it would swap or be killed. Memory-map or stream it.</source>
        <translation>Der Datensatz (%1 gespeichert) ist größer als die %2 RAM von %3: Im Speicher gehalten, käme es zu Auslagerung oder der Prozess würde beendet. Bilden Sie ihn per Memory-Mapping ab oder streamen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>AdvisorText</name>
    <message>
        <source>Store the data as float32 instead of float64</source>
        <translation>Daten als float32 statt float64 speichern</translation>
    </message>
    <message>
        <source>Half the precision of the stored values (about 7 significant digits), enough for almost every model. Some estimators (e.g. scikit-learn&apos;s linear models) convert back to float64 internally.</source>
        <translation>Halbe Genauigkeit der gespeicherten Werte (etwa 7 signifikante Stellen), ausreichend für fast jedes Modell. Manche Schätzer (z. B. die linearen Modelle von scikit-learn) wandeln intern zurück in float64 um.</translation>
    </message>
    <message>
        <source>Store the data as float16 instead of %1</source>
        <translation>Daten als float16 statt %1 speichern</translation>
    </message>
    <message>
        <source>About 3 significant digits and a range up to 65504: fine for normalised inputs; cast each batch to the compute precision on the fly.</source>
        <translation>Etwa 3 signifikante Stellen und ein Wertebereich bis 65504: gut für normalisierte Eingaben; wandeln Sie jeden Batch bei Bedarf in die Rechengenauigkeit um.</translation>
    </message>
    <message>
        <source>Keep images as uint8 pixels instead of %1</source>
        <translation>Bilder als uint8-Pixel statt %1 speichern</translation>
    </message>
    <message>
        <source>Normalise each batch on the fly (a little CPU or GPU time per batch); no loss when the source images are 8-bit.</source>
        <translation>Normalisieren Sie jeden Batch bei Bedarf (etwas CPU- oder GPU-Zeit pro Batch); kein Verlust, wenn die Quellbilder 8 Bit haben.</translation>
    </message>
    <message>
        <source>Store token ids as int32 instead of int64</source>
        <translation>Token-IDs als int32 statt int64 speichern</translation>
    </message>
    <message>
        <source>None for vocabularies below 2^31 tokens; cast each batch to int64 (torch.long) for the embedding lookup.</source>
        <translation>Keiner bei Vokabularen unter 2^31 Token; wandeln Sie jeden Batch für den Embedding-Lookup in int64 (torch.long) um.</translation>
    </message>
    <message>
        <source>Store the data as CSR (compressed sparse rows), density %1</source>
        <translation>Daten als CSR (komprimierte dünnbesetzte Zeilen) speichern, Dichte %1</translation>
    </message>
    <message>
        <source>Only estimators and layers that accept scipy.sparse / sparse tensors can use it; some algorithms densify internally.</source>
        <translation>Nur Schätzer und Schichten, die scipy.sparse bzw. dünnbesetzte Tensoren akzeptieren, können es nutzen; manche Algorithmen wandeln intern in dichte Daten um.</translation>
    </message>
    <message>
        <source>Use int32 CSR indices instead of int64</source>
        <translation>int32- statt int64-CSR-Indizes verwenden</translation>
    </message>
    <message>
        <source>None while the columns and non-zeros stay below 2^31 (scipy picks int32 itself then).</source>
        <translation>Keiner, solange Spalten und Nicht-Null-Einträge unter 2^31 bleiben (scipy wählt dann selbst int32).</translation>
    </message>
    <message>
        <source>Memory-map the data file instead of loading it</source>
        <translation>Datendatei per Memory-Mapping einbinden statt laden</translation>
    </message>
    <message>
        <source>Samples are read from disk on demand: needs fast storage (NVMe) to keep the job busy; the data must be in a mappable format (NumPy .npy, Arrow, raw binary).</source>
        <translation>Samples werden bei Bedarf von der Festplatte gelesen: Schneller Speicher (NVMe) ist nötig, um den Job auszulasten; die Daten müssen in einem mapbaren Format vorliegen (NumPy .npy, Arrow, rohe Binärdaten).</translation>
    </message>
    <message>
        <source>Stream the data in batches instead of holding the set</source>
        <translation>Daten in Batches streamen statt den ganzen Satz zu halten</translation>
    </message>
    <message>
        <source>Data is re-read (or re-generated) every epoch; shuffling needs a shuffle buffer; estimators that need the whole set at once cannot stream.</source>
        <translation>Daten werden in jeder Epoche neu gelesen (oder neu erzeugt); Mischen erfordert einen Shuffle-Puffer; Schätzer, die den ganzen Satz auf einmal benötigen, können nicht streamen.</translation>
    </message>
    <message>
        <source>Preprocess in place: no extra copies of the data (now %1)</source>
        <translation>Direkt vorverarbeiten: keine zusätzlichen Kopien der Daten (derzeit %1)</translation>
    </message>
    <message>
        <source>Scale, cast and impute in place or chunk by chunk (copy=False, astype per chunk, out= arguments); a little more code, no loss.</source>
        <translation>Skalieren, Umwandeln und Imputieren direkt oder blockweise (copy=False, astype pro Block, out=-Argumente); etwas mehr Code, kein Verlust.</translation>
    </message>
    <message>
        <source>DataLoader workers: %1 instead of %2</source>
        <translation>DataLoader-Worker: %1 statt %2</translation>
    </message>
    <message>
        <source>Slower input pipeline: the devices may wait for data when loading or augmentation is the bottleneck.</source>
        <translation>Langsamere Eingabe-Pipeline: Die Geräte warten eventuell auf Daten, wenn Laden oder Augmentierung der Engpass ist.</translation>
    </message>
    <message>
        <source>Prefetch 1 batch per worker instead of %1</source>
        <translation>1 Batch pro Worker vorab laden statt %1</translation>
    </message>
    <message>
        <source>Less slack in the input pipeline: uneven loading times may stall a step.</source>
        <translation>Weniger Puffer in der Eingabe-Pipeline: Ungleichmäßige Ladezeiten können einen Schritt verzögern.</translation>
    </message>
    <message>
        <source>Turn off pin_memory in the DataLoader</source>
        <translation>pin_memory im DataLoader deaktivieren</translation>
    </message>
    <message>
        <source>Host-to-device copies become synchronous and somewhat slower.</source>
        <translation>Kopien vom Host auf das Gerät werden synchron und etwas langsamer.</translation>
    </message>
    <message>
        <source>Micro-batch %1 with %2 accumulation steps instead of %3 × %4 (same effective batch)</source>
        <translation>Micro-Batch %1 mit %2 Akkumulationsschritten statt %3 × %4 (gleicher effektiver Batch)</translation>
    </message>
    <message>
        <source>More, smaller steps: lower device utilisation and somewhat slower training; the result is the same (batch normalisation sees smaller batches).</source>
        <translation>Mehr, kleinere Schritte: geringere Geräteauslastung und etwas langsameres Training; das Ergebnis ist gleich (Batch-Normalisierung sieht kleinere Batches).</translation>
    </message>
    <message>
        <source>Mixed precision (bf16 compute, fp32 master weights) instead of %1</source>
        <translation>Mixed Precision (bf16-Berechnung, fp32-Master-Gewichte) statt %1</translation>
    </message>
    <message>
        <source>Needs bf16 support (NVIDIA Ampere or newer, recent CPUs); usually no loss of accuracy and faster.</source>
        <translation>Erfordert bf16-Unterstützung (NVIDIA Ampere oder neuer, aktuelle CPUs); meist kein Genauigkeitsverlust und schneller.</translation>
    </message>
    <message>
        <source>Run inference in bf16 instead of %1</source>
        <translation>Inferenz in bf16 statt %1 ausführen</translation>
    </message>
    <message>
        <source>Needs bf16 support (NVIDIA Ampere or newer, recent CPUs); outputs differ slightly from fp32.</source>
        <translation>Erfordert bf16-Unterstützung (NVIDIA Ampere oder neuer, aktuelle CPUs); die Ausgaben weichen leicht von fp32 ab.</translation>
    </message>
    <message>
        <source>int8 weights instead of %1</source>
        <translation>int8-Gewichte statt %1</translation>
    </message>
    <message>
        <source>Usually under 1 % accuracy loss; needs int8 kernels (bitsandbytes LLM.int8, TensorRT); may be slower than fp16 for small batches.</source>
        <translation>Meist unter 1 % Genauigkeitsverlust; erfordert int8-Kernel (bitsandbytes LLM.int8, TensorRT); bei kleinen Batches eventuell langsamer als fp16.</translation>
    </message>
    <message>
        <source>int4 weights instead of %1</source>
        <translation>int4-Gewichte statt %1</translation>
    </message>
    <message>
        <source>Possible accuracy loss (a point or more on some benchmarks); needs a quantised checkpoint (GPTQ, AWQ, NF4) and its kernels.</source>
        <translation>Möglicher Genauigkeitsverlust (ein Punkt oder mehr bei manchen Benchmarks); erfordert einen quantisierten Checkpoint (GPTQ, AWQ, NF4) und dessen Kernel.</translation>
    </message>
    <message>
        <source>Selective activation checkpointing (attention recomputed)</source>
        <translation>Selektives Activation Checkpointing (Attention neu berechnet)</translation>
    </message>
    <message>
        <source>A few percent more compute: the attention scores are recomputed in the backward pass.</source>
        <translation>Einige Prozent mehr Rechenaufwand: Die Attention-Scores werden im Backward-Pass neu berechnet.</translation>
    </message>
    <message>
        <source>Full activation checkpointing (only each block&apos;s input kept)</source>
        <translation>Vollständiges Activation Checkpointing (nur die Eingabe jedes Blocks bleibt erhalten)</translation>
    </message>
    <message>
        <source>About a third more compute: the forward pass runs again during the backward pass.</source>
        <translation>Etwa ein Drittel mehr Rechenaufwand: Der Forward-Pass läuft während des Backward-Passes erneut.</translation>
    </message>
    <message>
        <source>8-bit Adam instead of %1</source>
        <translation>8-Bit-Adam statt %1</translation>
    </message>
    <message>
        <source>Needs bitsandbytes; matches 32-bit Adam&apos;s accuracy on most published benchmarks.</source>
        <translation>Erfordert bitsandbytes; erreicht bei den meisten veröffentlichten Benchmarks die Genauigkeit von 32-Bit-Adam.</translation>
    </message>
    <message>
        <source>Adafactor instead of %1</source>
        <translation>Adafactor statt %1</translation>
    </message>
    <message>
        <source>Factored second moments: may need a different learning rate schedule; slightly worse than Adam on some tasks.</source>
        <translation>Faktorisierte zweite Momente: erfordert eventuell einen anderen Lernraten-Zeitplan; bei manchen Aufgaben etwas schlechter als Adam.</translation>
    </message>
    <message>
        <source>SGD with momentum instead of %1</source>
        <translation>SGD mit Momentum statt %1</translation>
    </message>
    <message>
        <source>Often converges slower or to lower accuracy for transformers; the learning rate needs retuning.</source>
        <translation>Konvergiert bei Transformern oft langsamer oder zu geringerer Genauigkeit; die Lernrate muss neu abgestimmt werden.</translation>
    </message>
    <message>
        <source>ZeRO stage 1 across the %1 devices (optimizer states sharded)</source>
        <translation>ZeRO Stufe 1 über die %1 Geräte (Optimiererzustände verteilt)</translation>
    </message>
    <message>
        <source>Needs DeepSpeed (or a sharded optimizer); about the same communication as DDP.</source>
        <translation>Erfordert DeepSpeed (oder einen verteilten Optimierer); etwa dieselbe Kommunikation wie DDP.</translation>
    </message>
    <message>
        <source>ZeRO stage 2 across the %1 devices (optimizer states and gradients sharded)</source>
        <translation>ZeRO Stufe 2 über die %1 Geräte (Optimiererzustände und Gradienten verteilt)</translation>
    </message>
    <message>
        <source>Needs DeepSpeed or FSDP (SHARD_GRAD_OP); about the same communication as DDP.</source>
        <translation>Erfordert DeepSpeed oder FSDP (SHARD_GRAD_OP); etwa dieselbe Kommunikation wie DDP.</translation>
    </message>
    <message>
        <source>ZeRO stage 3 / FSDP across the %1 devices (parameters sharded too)</source>
        <translation>ZeRO Stufe 3 / FSDP über die %1 Geräte (auch Parameter verteilt)</translation>
    </message>
    <message>
        <source>About 1.5× the communication of DDP: parameters are gathered layer by layer; slower over slow interconnects.</source>
        <translation>Etwa das 1,5-Fache der Kommunikation von DDP: Parameter werden Schicht für Schicht gesammelt; langsamer bei langsamen Verbindungen.</translation>
    </message>
    <message>
        <source>Offload the optimizer states to host RAM</source>
        <translation>Optimiererzustände in den Host-RAM auslagern</translation>
    </message>
    <message>
        <source>More host RAM and PCIe traffic; the optimizer step runs on the CPU (DeepSpeed ZeRO-Offload): slower steps.</source>
        <translation>Mehr Host-RAM und PCIe-Verkehr; der Optimiererschritt läuft auf der CPU (DeepSpeed ZeRO-Offload): langsamere Schritte.</translation>
    </message>
    <message>
        <source>Offload the optimizer states and the parameters to host RAM</source>
        <translation>Optimiererzustände und Parameter in den Host-RAM auslagern</translation>
    </message>
    <message>
        <source>Much more PCIe traffic: parameters are fetched for every layer (ZeRO-Infinity); steps can be several times slower.</source>
        <translation>Viel mehr PCIe-Verkehr: Parameter werden für jede Schicht geholt (ZeRO-Infinity); Schritte können um ein Mehrfaches langsamer sein.</translation>
    </message>
    <message>
        <source>Flash attention instead of eager attention</source>
        <translation>Flash Attention statt Eager Attention</translation>
    </message>
    <message>
        <source>Needs a FlashAttention or SDPA kernel for the device and fp16/bf16 compute; no loss, usually faster.</source>
        <translation>Erfordert einen FlashAttention- oder SDPA-Kernel für das Gerät und fp16/bf16-Berechnung; kein Verlust, meist schneller.</translation>
    </message>
    <message>
        <source>LoRA adapters (rank 8) instead of %1 fine-tuning</source>
        <translation>LoRA-Adapter (Rang 8) statt %1-Fine-Tuning</translation>
    </message>
    <message>
        <source>Only for fine-tuning pretrained weights, not pre-training; close to full fine-tuning quality on most tasks.</source>
        <translation>Nur für das Fine-Tuning vortrainierter Gewichte, nicht für das Vortraining; bei den meisten Aufgaben nahe an der Qualität eines vollständigen Fine-Tunings.</translation>
    </message>
    <message>
        <source>Prompts of %1 tokens instead of %2</source>
        <translation>Prompts mit %1 Token statt %2</translation>
    </message>
    <message>
        <source>The model sees less context: answers that need the cut part may get worse.</source>
        <translation>Das Modell sieht weniger Kontext: Antworten, die den abgeschnittenen Teil benötigen, können schlechter werden.</translation>
    </message>
    <message>
        <source>Sequences of %1 tokens instead of %2</source>
        <translation>Sequenzen mit %1 Token statt %2</translation>
    </message>
    <message>
        <source>The model attends to less context (documents are split into twice as many shorter samples); quality on long-range tasks may drop.</source>
        <translation>Das Modell berücksichtigt weniger Kontext (Dokumente werden in doppelt so viele kürzere Samples aufgeteilt); die Qualität bei Aufgaben mit langen Abhängigkeiten kann sinken.</translation>
    </message>
    <message>
        <source>Limit trees to max_depth %1 (now unlimited)</source>
        <translation>Bäume auf max_depth %1 begrenzen (derzeit unbegrenzt)</translation>
    </message>
    <message>
        <source>Shallower trees may underfit: check validation accuracy; fitting gets faster.</source>
        <translation>Flachere Bäume können unteranpassen: Prüfen Sie die Validierungsgenauigkeit; das Training wird schneller.</translation>
    </message>
    <message>
        <source>Limit trees to max_depth %1 (now %2)</source>
        <translation>Bäume auf max_depth %1 begrenzen (derzeit %2)</translation>
    </message>
    <message>
        <source>Limit trees to %1 leaves (max_leaf_nodes, now %2)</source>
        <translation>Bäume auf %1 Blätter begrenzen (max_leaf_nodes, derzeit %2)</translation>
    </message>
    <message>
        <source>Smaller trees may underfit: check validation accuracy.</source>
        <translation>Kleinere Bäume können unteranpassen: Prüfen Sie die Validierungsgenauigkeit.</translation>
    </message>
    <message>
        <source>Shallower trees may underfit: check validation accuracy; more boosting rounds may be needed.</source>
        <translation>Flachere Bäume können unteranpassen: Prüfen Sie die Validierungsgenauigkeit; eventuell sind mehr Boosting-Runden nötig.</translation>
    </message>
    <message>
        <source>Limit trees to %1 leaves (num_leaves, now %2)</source>
        <translation>Bäume auf %1 Blätter begrenzen (num_leaves, derzeit %2)</translation>
    </message>
    <message>
        <source>Smaller trees may underfit: check validation accuracy; more boosting rounds may be needed.</source>
        <translation>Kleinere Bäume können unteranpassen: Prüfen Sie die Validierungsgenauigkeit; eventuell sind mehr Boosting-Runden nötig.</translation>
    </message>
    <message>
        <source>Histogram trees (tree_method hist) with a QuantileDMatrix instead of %1</source>
        <translation>Histogramm-Bäume (tree_method hist) mit einer QuantileDMatrix statt %1</translation>
    </message>
    <message>
        <source>Split points come from max_bin quantiles: usually the same accuracy, and faster.</source>
        <translation>Split-Punkte stammen aus max_bin-Quantilen: meist dieselbe Genauigkeit und schneller.</translation>
    </message>
    <message>
        <source>n_jobs %1 instead of %2</source>
        <translation>n_jobs %1 statt %2</translation>
    </message>
    <message>
        <source>Fewer cores work at once: the fit takes longer, up to proportionally.</source>
        <translation>Weniger Kerne arbeiten gleichzeitig: Das Training dauert länger, bis zu proportional.</translation>
    </message>
    <message>
        <source>KV cache in %1 instead of %2</source>
        <translation>KV-Cache in %1 statt %2</translation>
    </message>
    <message>
        <source>Coarser cached keys and values: some loss of quality on long contexts; llama.cpp needs flash attention for a quantised V cache.</source>
        <translation>Gröbere zwischengespeicherte Keys und Values: etwas Qualitätsverlust bei langen Kontexten; llama.cpp braucht Flash Attention für einen quantisierten V-Cache.</translation>
    </message>
    <message>
        <source>Needs fp8 support (Hopper/Ada or newer for speed); small loss of accuracy on long contexts.</source>
        <translation>Braucht fp8-Unterstützung (Hopper/Ada oder neuer für Tempo); kleiner Genauigkeitsverlust bei langen Kontexten.</translation>
    </message>
    <message>
        <source>%1 concurrent sequences instead of %2</source>
        <translation>%1 gleichzeitige Sequenzen statt %2</translation>
    </message>
    <message>
        <source>Lower throughput: requests beyond the batch wait in the queue.</source>
        <translation>Geringerer Durchsatz: Anfragen über den Batch hinaus warten in der Warteschlange.</translation>
    </message>
    <message>
        <source>Contexts of %1 tokens instead of %2</source>
        <translation>Kontexte von %1 Tokens statt %2</translation>
    </message>
    <message>
        <source>Longer prompts must be cut or refused (max_model_len / n_ctx); answers that need the cut part may get worse.</source>
        <translation>Längere Prompts müssen gekürzt oder abgewiesen werden (max_model_len / n_ctx); Antworten, die den gekürzten Teil brauchen, können schlechter werden.</translation>
    </message>
    <message>
        <source>%1 layers on the GPU instead of %2 (n_gpu_layers)</source>
        <translation>%1 Schichten auf der GPU statt %2 (n_gpu_layers)</translation>
    </message>
    <message>
        <source>Layers on the CPU run at host-memory speed: generation slows down; host RAM grows by what the GPU saves.</source>
        <translation>Schichten auf der CPU laufen mit der Geschwindigkeit des Arbeitsspeichers: die Generierung wird langsamer; der Arbeitsspeicher wächst um das, was die GPU spart.</translation>
    </message>
    <message>
        <source>Tensor parallel over %1 GPUs</source>
        <translation>Tensor-Parallelität über %1 GPUs</translation>
    </message>
    <message>
        <source>Needs a second card (NVLink or PCIe); each GPU holds half the weights and half the KV heads.</source>
        <translation>Braucht eine zweite Karte (NVLink oder PCIe); jede GPU hält die Hälfte der Gewichte und der KV-Köpfe.</translation>
    </message>
    <message>
        <source>Fused optimizer step (fused=True)</source>
        <translation>Fusionierter Optimiererschritt (fused=True)</translation>
    </message>
    <message>
        <source>Same updates in one kernel per parameter group; needs a CUDA device (Adam and AdamW from PyTorch 2.0).</source>
        <translation>Dieselben Updates in einem Kernel pro Parametergruppe; erfordert ein CUDA-Gerät (Adam und AdamW ab PyTorch 2.0).</translation>
    </message>
    <message>
        <source>Cross-entropy in 8 compiled chunks</source>
        <translation>Kreuzentropie in 8 kompilierten Blöcken</translation>
    </message>
    <message>
        <source>Same loss, computed chunk by chunk (torchtune&apos;s CEWithChunkedOutputLoss under torch.compile).</source>
        <translation>Derselbe Loss, Block für Block berechnet (CEWithChunkedOutputLoss von torchtune unter torch.compile).</translation>
    </message>
    <message>
        <source>Offload activations to host RAM</source>
        <translation>Aktivierungen in den Host-RAM auslagern</translation>
    </message>
    <message>
        <source>Needs pinned host RAM for the saved activations; slower where the copies do not overlap compute.</source>
        <translation>Erfordert gepinnten Host-RAM für die gespeicherten Aktivierungen; langsamer, wo sich die Kopien nicht mit der Berechnung überlappen.</translation>
    </message>
</context>
<context>
    <name>Components</name>
    <message>
        <source>Framework runtime</source>
        <translation>Framework-Laufzeit</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Zielwerte</translation>
    </message>
    <message>
        <source>Preprocessing copies</source>
        <translation>Vorverarbeitungskopien</translation>
    </message>
    <message>
        <source>Batch buffers</source>
        <translation>Batch-Puffer</translation>
    </message>
    <message>
        <source>Data-loader workers</source>
        <translation>Data-Loader-Worker</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation>Optimiererzustände</translation>
    </message>
    <message>
        <source>Master weights</source>
        <translation>Master-Gewichte</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Model structure</source>
        <translation>Modellstruktur</translation>
    </message>
    <message>
        <source>Offloaded states</source>
        <translation>Ausgelagerte Zustände</translation>
    </message>
    <message>
        <source>Checkpoint staging</source>
        <translation>Checkpoint-Zwischenspeicher</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>Fragmentierung</translation>
    </message>
    <message>
        <source>OS and other programs</source>
        <translation>Betriebssystem und andere Programme</translation>
    </message>
    <message>
        <source>In memory</source>
        <translation>Im Speicher</translation>
    </message>
    <message>
        <source>Memory-mapped</source>
        <translation>Memory-Mapped</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>CUDA graphs</source>
        <translation>CUDA-Graphen</translation>
    </message>
    <message>
        <source>Cross-validation fits</source>
        <translation>Fits der Kreuzvalidierung</translation>
    </message>
    <message>
        <source>File loading</source>
        <translation>Laden der Datei</translation>
    </message>
    <message>
        <source>Offloaded activations</source>
        <translation>Ausgelagerte Aktivierungen</translation>
    </message>
</context>
<context>
    <name>DeviceFigures</name>
    <message>
        <source>%1 (nvidia-smi)</source>
        <translation>%1 (nvidia-smi)</translation>
    </message>
    <message>
        <source>Per GPU as nvidia-smi shows it: %1. PyTorch would report %2 as max_memory_allocated (live tensors) and %3 as max_memory_reserved (with the caching allocator&apos;s free blocks); the rest is the CUDA context, library workspaces and NCCL buffers.</source>
        <translation>Je GPU, wie nvidia-smi es anzeigt: %1. PyTorch würde %2 als max_memory_allocated (lebende Tensoren) und %3 als max_memory_reserved (mit den freien Blöcken des Caching-Allocators) melden; der Rest sind CUDA-Kontext, Arbeitsspeicher der Bibliotheken und NCCL-Puffer.</translation>
    </message>
</context>
<context>
    <name>MeasurementText</name>
    <message>
        <source>host peak</source>
        <translation>Host-Spitze</translation>
    </message>
    <message>
        <source>allocated (PyTorch)</source>
        <translation>belegt (PyTorch)</translation>
    </message>
    <message>
        <source>reserved (PyTorch)</source>
        <translation>reserviert (PyTorch)</translation>
    </message>
    <message>
        <source>nvidia-smi</source>
        <translation>nvidia-smi</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The measurement names no scenario; it is taken to be this one.</source>
        <translation>Die Messung nennt kein Szenario; sie wird diesem zugeordnet.</translation>
    </message>
    <message>
        <source>The measured run differs from this scenario in: %1</source>
        <translation>Der gemessene Lauf weicht von diesem Szenario ab in: %1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Abweichung</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>Against %n published GPU run(s) whose per-GPU memory was measured (each compared with the figure of the monitor it was read from: allocated, reserved or nvidia-smi), this version estimates with a median error of %1, a 90th percentile of %2 and a worst case of %3; %4 of them are under-estimated.</source>
        <translation>
            <numerusform>Gegenüber %n veröffentlichten GPU-Lauf, dessen Speicher je GPU gemessen wurde (verglichen mit der Zahl des Monitors, von dem sie abgelesen wurde: allocated, reserved oder nvidia-smi), schätzt diese Version mit einem Fehler von %1 (90. Perzentil %2, schlechtester Fall %3); %4 davon unterschätzt.</numerusform>
            <numerusform>Gegenüber %n veröffentlichten GPU-Läufen, deren Speicher je GPU gemessen wurde (jeweils verglichen mit der Zahl des Monitors, von dem sie abgelesen wurde: allocated, reserved oder nvidia-smi), schätzt diese Version mit einem Medianfehler von %1, einem 90. Perzentil von %2 und einem schlechtesten Fall von %3; %4 davon werden unterschätzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Unbenanntes Szenario</translation>
    </message>
    <message>
        <source>Memory sizing report</source>
        <translation>Bericht zur Speicherdimensionierung</translation>
    </message>
    <message>
        <source>Host RAM and GPU memory the job needs, and which machine to buy</source>
        <translation>Welchen Arbeitsspeicher und GPU-Speicher der Job braucht und welche Maschine gekauft werden sollte</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Scenario file</source>
        <translation>Szenariodatei</translation>
    </message>
    <message>
        <source>Generated with</source>
        <translation>Erzeugt mit</translation>
    </message>
    <message>
        <source>Headroom %1</source>
        <translation>Headroom %1</translation>
    </message>
    <message>
        <source>Host RAM: %1 recommended (minimum %2)</source>
        <translation>Arbeitsspeicher: %1 empfohlen (mindestens %2)</translation>
    </message>
    <message numerus="yes">
        <source>Memory per GPU: %1 recommended (peak %2), %n GPU(s)</source>
        <translation>
            <numerusform>Speicher je GPU: %1 empfohlen (Spitze %2), %n GPU</numerusform>
            <numerusform>Speicher je GPU: %1 empfohlen (Spitze %2), %n GPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommended machine</source>
        <translation>Empfohlene Maschine</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The figures are estimates computed from the scenario; section %1 states how.</source>
        <translation>Die Zahlen sind aus dem Szenario berechnete Schätzungen; Abschnitt %1 beschreibt die Methode.</translation>
    </message>
    <message>
        <source>Memory sizing report: %1</source>
        <translation>Bericht zur Speicherdimensionierung: %1</translation>
    </message>
    <message>
        <source>Headroom %1 · %2</source>
        <translation>Headroom %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The scenario cannot be estimated: %1</source>
        <translation>Das Szenario lässt sich nicht schätzen: %1</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Der Bericht konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Preprocessing copies</source>
        <translation>Kopien bei der Vorverarbeitung</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>it fits with the margin too, but has more memory than the job needs</source>
        <translation>sie reicht auch mit Aufschlag, hat aber mehr Speicher, als der Job braucht</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Fits with margin</source>
        <translation>Passt mit Aufschlag</translation>
    </message>
    <message>
        <source>Fits, no margin</source>
        <translation>Passt ohne Aufschlag</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 zu wenig</translation>
    </message>
    <message>
        <source>%1 features (tabular)</source>
        <translation>%1 Merkmale (tabellarisch)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 channels (image)</source>
        <translation>%1 × %2 Pixel, %3 Kanäle (Bild)</translation>
    </message>
    <message>
        <source>%1 steps × %2 features (sequence)</source>
        <translation>%1 Schritte × %2 Merkmale (Sequenz)</translation>
    </message>
    <message>
        <source>%1 tokens (text)</source>
        <translation>%1 Token (Text)</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>%1 outputs</source>
        <translation>%1 Ausgaben</translation>
    </message>
    <message>
        <source>Fully connected: hidden layers %1, %2 outputs, %3 activation</source>
        <translation>Vollständig verbunden: verborgene Schichten %1, %2 Ausgaben, Aktivierung %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Recurrent (%1): %2 layers × %3 hidden%4, %5 outputs</source>
        <translation>Rekurrent (%1): %2 Schichten × %3 verborgen%4, %5 Ausgaben</translation>
    </message>
    <message>
        <source>, bidirectional</source>
        <translation>, bidirektional</translation>
    </message>
    <message>
        <source>Transformer: %1</source>
        <translation>Transformer: %1</translation>
    </message>
    <message>
        <source>Custom: %1 parameters, %2 of saved activations per sample</source>
        <translation>Eigenes Netz: %1 Parameter, %2 gespeicherte Aktivierungen je Beispiel</translation>
    </message>
    <message>
        <source>All parameters trained</source>
        <translation>Alle Parameter werden trainiert</translation>
    </message>
    <message>
        <source>Partly frozen: %1 of the parameters trained</source>
        <translation>Teilweise eingefroren: %1 der Parameter werden trainiert</translation>
    </message>
    <message>
        <source>LoRA, rank %1</source>
        <translation>LoRA, Rang %1</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Memory breakdown</source>
        <translation>Aufschlüsselung des Speichers</translation>
    </message>
    <message>
        <source>Hardware comparison</source>
        <translation>Hardwarevergleich</translation>
    </message>
    <message>
        <source>Optimisation suggestions</source>
        <translation>Optimierungsvorschläge</translation>
    </message>
    <message>
        <source>Assumptions and method</source>
        <translation>Annahmen und Methode</translation>
    </message>
    <message>
        <source>No candidate machines named</source>
        <translation>Keine Kandidaten angegeben</translation>
    </message>
    <message>
        <source>None of the candidates fits with the safety margin</source>
        <translation>Kein Kandidat passt mit Sicherheitsaufschlag</translation>
    </message>
    <message>
        <source>Recommended machine: &lt;b&gt;%1&lt;/b&gt;, %2.</source>
        <translation>Empfohlene Maschine: &lt;b&gt;%1&lt;/b&gt;, %2.</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n candidate machine(s), it is the least expensive that holds the job with the %1 safety margin.</source>
        <translation>
            <numerusform>Von %n Kandidaten ist sie die günstigste, die den Job mit dem Sicherheitsaufschlag von %1 aufnimmt.</numerusform>
            <numerusform>Von %n Kandidaten ist sie die günstigste, die den Job mit dem Sicherheitsaufschlag von %1 aufnimmt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %n candidate machine(s), it is the one with the least memory that holds the job with the %1 safety margin.</source>
        <translation>
            <numerusform>Von %n Kandidaten ist sie die mit dem wenigsten Speicher, die den Job mit dem Sicherheitsaufschlag von %1 aufnimmt.</numerusform>
            <numerusform>Von %n Kandidaten ist sie die mit dem wenigsten Speicher, die den Job mit dem Sicherheitsaufschlag von %1 aufnimmt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %1 of host RAM and %n GPU(s) with %2 each.</source>
        <translation>
            <numerusform>Sie hat %1 Arbeitsspeicher und %n GPU mit %2.</numerusform>
            <numerusform>Sie hat %1 Arbeitsspeicher und %n GPUs mit je %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>It has %1 of host RAM.</source>
        <translation>Sie hat %1 Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The largest batch that fits this machine could not be determined.</source>
        <translation>Die größte Batchgröße für diese Maschine ließ sich nicht bestimmen.</translation>
    </message>
    <message>
        <source>Held in memory, the dataset could grow to %1 samples before it no longer fits (now %2).</source>
        <translation>Im Speicher gehalten könnte der Datensatz auf %1 Beispiele wachsen, bevor er nicht mehr passt (jetzt %2).</translation>
    </message>
    <message>
        <source>The scenario names no candidate machines; the sizes to buy are below.</source>
        <translation>Das Szenario nennt keine Kandidaten; die zu kaufenden Größen stehen unten.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;None of the %n candidate machine(s)&lt;/b&gt; holds the job with the %1 safety margin.</source>
        <translation>
            <numerusform>&lt;b&gt;Der einzige Kandidat&lt;/b&gt; nimmt den Job nicht mit dem Sicherheitsaufschlag von %1 auf.</numerusform>
            <numerusform>&lt;b&gt;Keiner der %n Kandidaten&lt;/b&gt; nimmt den Job mit dem Sicherheitsaufschlag von %1 auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look for a machine with at least %1 of host RAM and GPUs with at least %2 each.</source>
        <translation>Gesucht ist eine Maschine mit mindestens %1 Arbeitsspeicher und GPUs mit je mindestens %2.</translation>
    </message>
    <message>
        <source>Look for a machine with at least %1 of host RAM.</source>
        <translation>Gesucht ist eine Maschine mit mindestens %1 Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Host RAM, one machine</source>
        <translation>Arbeitsspeicher, eine Maschine</translation>
    </message>
    <message numerus="yes">
        <source>Per GPU (%n GPU(s))</source>
        <translation>
            <numerusform>Je GPU (%n GPU)</numerusform>
            <numerusform>Je GPU (%n GPUs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Peak use of the job</source>
        <translation>Spitzenbedarf des Jobs</translation>
    </message>
    <message>
        <source>Minimum (with %1 OS reserve and %2 for other programs)</source>
        <translation>Minimum (mit %1 Reserve für das Betriebssystem und %2 für andere Programme)</translation>
    </message>
    <message>
        <source>Recommended (minimum + %1 safety margin)</source>
        <translation>Empfohlen (Minimum + %1 Sicherheitsaufschlag)</translation>
    </message>
    <message>
        <source>Smallest common size to buy</source>
        <translation>Kleinste übliche Kaufgröße</translation>
    </message>
    <message>
        <source>What the other candidates lack</source>
        <translation>Was den anderen Kandidaten fehlt</translation>
    </message>
    <message>
        <source>What the candidates lack</source>
        <translation>Was den Kandidaten fehlt</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Every setting of the scenario, grouped as in the sizing wizard.</source>
        <translation>Alle Einstellungen des Szenarios, gruppiert wie im Assistenten.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>One sample</source>
        <translation>Ein Beispiel</translation>
    </message>
    <message>
        <source>Element type</source>
        <translation>Elementtyp</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Compressed sparse rows, density %1, %2 indices</source>
        <translation>Komprimierte dünn besetzte Zeilen, Dichte %1, Indizes %2</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>Dicht</translation>
    </message>
    <message>
        <source>Targets per sample</source>
        <translation>Zielwerte je Beispiel</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherung</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Estimator</source>
        <translation>Schätzer</translation>
    </message>
    <message>
        <source>library defaults</source>
        <translation>Standardwerte der Bibliothek</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Batch size (per device)</source>
        <translation>Batchgröße (je Gerät)</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Activation checkpointing</source>
        <translation>Aktivierungs-Checkpointing</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>Gradientenakkumulation</translation>
    </message>
    <message numerus="yes">
        <source>%n micro-batch(es) per step</source>
        <translation>
            <numerusform>%n Mikro-Batch je Schritt</numerusform>
            <numerusform>%n Mikro-Batches je Schritt</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>Feinabstimmung</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generierung</translation>
    </message>
    <message>
        <source>%1 prompt tokens + %2 new tokens</source>
        <translation>%1 Prompt-Token + %2 neue Token</translation>
    </message>
    <message>
        <source>Data loader</source>
        <translation>Datenlader</translation>
    </message>
    <message>
        <source>%1 workers, prefetch factor %2, pinned memory %3</source>
        <translation>%1 Prozesse, Vorabruf-Faktor %2, gepinnter Speicher %3</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Batch and training</source>
        <translation>Batch und Training</translation>
    </message>
    <message>
        <source>Machines × GPUs per machine</source>
        <translation>Maschinen × GPUs je Maschine</translation>
    </message>
    <message>
        <source>Data parallelism</source>
        <translation>Datenparallelität</translation>
    </message>
    <message>
        <source>Tensor × pipeline parallel</source>
        <translation>Tensor- × Pipeline-Parallelität</translation>
    </message>
    <message>
        <source>Sequence parallel</source>
        <translation>Sequenzparallelität</translation>
    </message>
    <message>
        <source>Offload to host RAM</source>
        <translation>Auslagerung in den Arbeitsspeicher</translation>
    </message>
    <message>
        <source>OS reserve</source>
        <translation>Reserve des Betriebssystems</translation>
    </message>
    <message>
        <source>Other programs</source>
        <translation>Andere Programme</translation>
    </message>
    <message>
        <source>Safety margin</source>
        <translation>Sicherheitsaufschlag</translation>
    </message>
    <message>
        <source>Candidate machines</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Each share of memory at the job&apos;s peak, and how it was computed.</source>
        <translation>Jeder Anteil des Speichers zur Spitze des Jobs und wie er berechnet wurde.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>Memory per GPU</source>
        <translation>Speicher je GPU</translation>
    </message>
    <message numerus="yes">
        <source>The busiest of the job&apos;s %n GPU(s).</source>
        <translation>
            <numerusform>Die einzige GPU des Jobs.</numerusform>
            <numerusform>Die am stärksten belegte der %n GPUs des Jobs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory against batch size</source>
        <translation>Speicher über Batchgröße</translation>
    </message>
    <message>
        <source>Figure 1. Peak memory per GPU as the batch size per device grows. Dashed lines: the GPU memory of each candidate; the dotted line marks the scenario&apos;s batch size (%1).</source>
        <translation>Abbildung 1. Spitzenspeicher je GPU bei wachsender Batchgröße je Gerät. Gestrichelt: der GPU-Speicher jedes Kandidaten; gepunktet: die Batchgröße des Szenarios (%1).</translation>
    </message>
    <message>
        <source>Figure 1. Host RAM the job needs (peak, OS reserve and other programs) as the batch size grows. Dashed lines: the RAM of each candidate; the dotted line marks the scenario&apos;s batch size (%1).</source>
        <translation>Abbildung 1. Arbeitsspeicher, den der Job braucht (Spitze, Reserve des Betriebssystems und andere Programme), bei wachsender Batchgröße. Gestrichelt: der Arbeitsspeicher jedes Kandidaten; gepunktet: die Batchgröße des Szenarios (%1).</translation>
    </message>
    <message>
        <source>This estimator trains on the whole dataset at once; its memory does not depend on a batch size.</source>
        <translation>Dieser Schätzer trainiert auf dem ganzen Datensatz auf einmal; sein Speicher hängt von keiner Batchgröße ab.</translation>
    </message>
    <message>
        <source>Memory against dataset size</source>
        <translation>Speicher über Datensatzgröße</translation>
    </message>
    <message>
        <source>Figure 2. Host RAM the job needs as the number of samples grows, with the data stored as in the scenario (%1). Dashed lines: the RAM of each candidate; the dotted line marks the scenario&apos;s %2 samples.</source>
        <translation>Abbildung 2. Arbeitsspeicher, den der Job braucht, bei wachsender Zahl der Beispiele, mit den Daten gespeichert wie im Szenario (%1). Gestrichelt: der Arbeitsspeicher jedes Kandidaten; gepunktet: die %2 Beispiele des Szenarios.</translation>
    </message>
    <message>
        <source>The scenario names no candidate machines.</source>
        <translation>Das Szenario nennt keine Kandidaten.</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Host RAM free</source>
        <translation>RAM frei</translation>
    </message>
    <message>
        <source>Free per GPU</source>
        <translation>Frei je GPU</translation>
    </message>
    <message>
        <source>Largest batch</source>
        <translation>Größter Batch</translation>
    </message>
    <message>
        <source>Largest dataset in memory</source>
        <translation>Größter Datensatz im Speicher</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>The advisor found nothing to change that would save memory.</source>
        <translation>Der Berater fand nichts, dessen Änderung Speicher sparen würde.</translation>
    </message>
    <message>
        <source>Changes to the job that would need less memory, with what each saves.</source>
        <translation>Änderungen am Job, die weniger Speicher brauchen, mit der jeweiligen Ersparnis.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Saves on the host</source>
        <translation>Ersparnis im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Saves per GPU</source>
        <translation>Ersparnis je GPU</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Was gezählt wird</translation>
    </message>
    <message>
        <source>The estimate is the highest resident memory of the job&apos;s own processes (the training or inference process and its data-loader workers, framework runtime included) and, for GPU jobs, the highest memory of the busiest GPU. It is computed from the scenario, not measured: each component follows from what the framework allocates for the given shapes, types and settings.</source>
        <translation>Die Schätzung ist der höchste residente Speicher der Prozesse des Jobs (Trainings- oder Inferenzprozess und seine Datenlader-Prozesse, samt Framework-Laufzeit) und bei GPU-Jobs der höchste Speicher der am stärksten belegten GPU. Sie wird aus dem Szenario berechnet, nicht gemessen: Jede Komponente folgt aus dem, was das Framework für die gegebenen Formen, Typen und Einstellungen belegt.</translation>
    </message>
    <message>
        <source>minimum = peak + OS reserve (%1) + other programs (%2)</source>
        <translation>Minimum = Spitze + Reserve des Betriebssystems (%1) + andere Programme (%2)</translation>
    </message>
    <message>
        <source>recommended = minimum × (1 + safety margin %1)</source>
        <translation>Empfehlung = Minimum × (1 + Sicherheitsaufschlag %1)</translation>
    </message>
    <message>
        <source>Sizes are in %1.</source>
        <translation>Größen sind in %1 angegeben.</translation>
    </message>
    <message>
        <source>SI units (1 GB = 1000³ bytes)</source>
        <translation>SI-Einheiten (1 GB = 1000³ Byte)</translation>
    </message>
    <message>
        <source>IEC units (1 GiB = 1024³ bytes)</source>
        <translation>IEC-Einheiten (1 GiB = 1024³ Byte)</translation>
    </message>
    <message>
        <source>Model states and sharding</source>
        <translation>Modellzustände und Sharding</translation>
    </message>
    <message>
        <source>Parameters, gradients and optimizer states take a fixed number of bytes per parameter for the precision and optimizer (mixed-precision Adam: 2 + 2 + 12 bytes, K = 12). Data-parallel sharding follows ZeRO (Rajbhandari et al., &lt;i&gt;ZeRO: Memory Optimizations Toward Training Trillion Parameter Models&lt;/i&gt;, SC 2020), for Ψ parameters on N&lt;sub&gt;d&lt;/sub&gt; devices:</source>
        <translation>Parameter, Gradienten und Optimiererzustände belegen je Parameter eine feste Zahl von Bytes, abhängig von Genauigkeit und Optimierer (Adam mit gemischter Genauigkeit: 2 + 2 + 12 Byte, K = 12). Das datenparallele Sharding folgt ZeRO (Rajbhandari et al., &lt;i&gt;ZeRO: Memory Optimizations Toward Training Trillion Parameter Models&lt;/i&gt;, SC 2020), für Ψ Parameter auf N&lt;sub&gt;d&lt;/sub&gt; Geräten:</translation>
    </message>
    <message>
        <source>Transformer activations follow Korthikanti et al., &lt;i&gt;Reducing Activation Recomputation in Large Transformer Models&lt;/i&gt; (2022), per layer with sequence length s, micro-batch b, hidden size h, a heads and tensor-parallel degree t, in bytes with 16-bit activations:</source>
        <translation>Transformer-Aktivierungen folgen Korthikanti et al., &lt;i&gt;Reducing Activation Recomputation in Large Transformer Models&lt;/i&gt; (2022), je Schicht mit Sequenzlänge s, Mikro-Batch b, verborgener Größe h, a Köpfen und Tensor-Parallelgrad t, in Byte bei 16-Bit-Aktivierungen:</translation>
    </message>
    <message>
        <source>Convolutional and other networks are traced layer by layer with their output shapes; the tensors autograd saves for the backward pass are counted at the run&apos;s precision.</source>
        <translation>Faltungs- und andere Netze werden Schicht für Schicht mit ihren Ausgabeformen verfolgt; die Tensoren, die Autograd für den Rückwärtsdurchlauf speichert, werden in der Genauigkeit des Laufs gezählt.</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>The key-value cache of a language model holds, for P prompt and N new tokens:</source>
        <translation>Der Key-Value-Cache eines Sprachmodells hält für P Prompt- und N neue Token:</translation>
    </message>
    <message>
        <source>KV cache = 2 · layers · kv_heads · head_dim · (P + N) · batch · bytes per element</source>
        <translation>KV-Cache = 2 · Schichten · KV-Köpfe · Kopfdimension · (P + N) · Batch · Byte je Element</translation>
    </message>
    <message>
        <source>Data and runtime</source>
        <translation>Daten und Laufzeit</translation>
    </message>
    <message>
        <source>The dataset is counted as stored (element type, dense or compressed sparse rows, extra copies made while preprocessing); memory-mapped and streamed data count only the pages and batches in flight. Each data-loader worker is a separate process with its own prefetched batches. Framework and CUDA context, allocator workspace and fragmentation are added as measured constants. Classical estimators (scikit-learn, XGBoost, LightGBM) are modelled from what their fit really allocates.</source>
        <translation>Der Datensatz wird so gezählt, wie er gespeichert ist (Elementtyp, dicht oder komprimiert dünn besetzt, zusätzliche Kopien bei der Vorverarbeitung); eingeblendete und gestreamte Daten zählen nur mit den gerade benutzten Seiten und Batches. Jeder Datenlader-Prozess ist ein eigener Prozess mit eigenen vorab geladenen Batches. Framework- und CUDA-Kontext, Arbeitsbereich und Fragmentierung des Allokators kommen als gemessene Konstanten hinzu. Klassische Schätzer (scikit-learn, XGBoost, LightGBM) werden nach dem modelliert, was ihr Training tatsächlich belegt.</translation>
    </message>
    <message>
        <source>Measured accuracy</source>
        <translation>Gemessene Genauigkeit</translation>
    </message>
    <message>
        <source>The safety margin covers what no estimate can know: other jobs sharing the machine, library versions that allocate differently, and growth of the data.</source>
        <translation>Der Sicherheitsaufschlag deckt ab, was keine Schätzung wissen kann: andere Jobs auf derselben Maschine, Bibliotheksversionen, die anders belegen, und wachsende Daten.</translation>
    </message>
    <message>
        <source>%1: %2 RAM</source>
        <translation>%1: %2 Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1: %2 per GPU</source>
        <translation>%1: %2 je GPU</translation>
    </message>
    <message>
        <source>Batch size per device</source>
        <translation>Batchgröße je Gerät</translation>
    </message>
    <message>
        <source>Peak memory per GPU</source>
        <translation>Spitzenspeicher je GPU</translation>
    </message>
    <message>
        <source>Host RAM needed</source>
        <translation>Benötigter Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Scenario: batch %1</source>
        <translation>Szenario: Batch %1</translation>
    </message>
    <message>
        <source>Samples in the dataset</source>
        <translation>Beispiele im Datensatz</translation>
    </message>
    <message>
        <source>Scenario: %1 samples</source>
        <translation>Szenario: %1 Beispiele</translation>
    </message>
    <message numerus="yes">
        <source>The calibration set holds %n real workload(s) (PyTorch on CPU, scikit-learn, XGBoost) whose peak resident memory was measured. This version of Headroom estimates their host peak with a median error of %1, a 90th percentile of %2 and a worst case of %3 of the measured peak.</source>
        <translation>
            <numerusform>Der Kalibrierungssatz enthält %n reale Arbeitslast (PyTorch auf der CPU, scikit-learn, XGBoost), deren residenter Spitzenspeicher gemessen wurde. Diese Version von Headroom schätzt ihre Spitze mit einem mittleren Fehler (Median) von %1, einem 90. Perzentil von %2 und höchstens %3 der gemessenen Spitze.</numerusform>
            <numerusform>Der Kalibrierungssatz enthält %n reale Arbeitslasten (PyTorch auf der CPU, scikit-learn, XGBoost), deren residenter Spitzenspeicher gemessen wurde. Diese Version von Headroom schätzt ihre Spitze mit einem mittleren Fehler (Median) von %1, einem 90. Perzentil von %2 und höchstens %3 der gemessenen Spitze.</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU-side figures are derived from the published results, which are their reference: the ZeRO paper&apos;s model-state memory per device, the activation formulas of Korthikanti et al. and the KV-cache size (target: agreement within 1 %).</source>
        <translation>Die Zahlen für GPUs leiten sich aus den veröffentlichten Ergebnissen ab, die ihre Referenz sind: dem Speicher der Modellzustände je Gerät aus dem ZeRO-Artikel, den Aktivierungsformeln von Korthikanti et al. und der Größe des KV-Caches (Ziel: Abweichung höchstens 1 %).</translation>
    </message>
    <message>
        <source>Memory against batch and dataset size</source>
        <translation>Speicher über Batch- und Datensatzgröße</translation>
    </message>
    <message>
        <source>Minimum (with %1 OS reserve)</source>
        <translation>Minimum (mit %1 Reserve für das Betriebssystem)</translation>
    </message>
    <message>
        <source>no parallelism: s·b·h·(34 + 5·a·s/h)</source>
        <translation>ohne Parallelität: s·b·h·(34 + 5·a·s/h)</translation>
    </message>
    <message>
        <source>tensor parallel: s·b·h·(10 + 24/t + 5·a·s/(h·t))</source>
        <translation>Tensor-parallel: s·b·h·(10 + 24/t + 5·a·s/(h·t))</translation>
    </message>
    <message>
        <source>tensor and sequence parallel: s·b·h/t·(34 + 5·a·s/h)</source>
        <translation>Tensor- und sequenzparallel: s·b·h/t·(34 + 5·a·s/h)</translation>
    </message>
    <message>
        <source>with selective recomputation: s·b·h·34/t</source>
        <translation>mit selektiver Neuberechnung: s·b·h·34/t</translation>
    </message>
    <message>
        <source>Recommended machine: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Empfohlene Maschine: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>%1 × %2, %3 each</source>
        <translation>%1 × %2, je %3</translation>
    </message>
    <message>
        <source>no GPU</source>
        <translation>keine GPU</translation>
    </message>
    <message>
        <source>recommended: the least expensive machine that holds the job with the %1 safety margin</source>
        <translation>empfohlen: die günstigste Maschine, die den Job mit dem Sicherheitsaufschlag von %1 aufnimmt</translation>
    </message>
    <message>
        <source>recommended: the machine with the least memory that holds the job with the %1 safety margin</source>
        <translation>empfohlen: die Maschine mit dem wenigsten Speicher, die den Job mit dem Sicherheitsaufschlag von %1 aufnimmt</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 mehr</translation>
    </message>
    <message>
        <source>With it, %1 fits.</source>
        <translation>Damit passt %1.</translation>
    </message>
    <message>
        <source>Measured against estimated</source>
        <translation>Gemessen gegenüber geschätzt</translation>
    </message>
    <message>
        <source>A run measured with headroom_probe (%1, %2), held against this estimate. Error = (estimated − measured) / measured: positive when the estimate is high.</source>
        <translation>Ein mit headroom_probe gemessener Lauf (%1, %2), dieser Schätzung gegenübergestellt. Abweichung = (geschätzt − gemessen) / gemessen: positiv, wenn die Schätzung zu hoch ist.</translation>
    </message>
    <message>
        <source>QLoRA, rank %1 over a 4-bit %2 base%3</source>
        <translation>QLoRA, Rang %1 über einer 4-Bit-%2-Basis%3</translation>
    </message>
    <message>
        <source>, double quantisation</source>
        <translation>, doppelte Quantisierung</translation>
    </message>
    <message>
        <source>%1 total, %2 active per token</source>
        <translation>%1 insgesamt, %2 aktiv pro Token</translation>
    </message>
    <message>
        <source>Expert parallel</source>
        <translation>Experten-Parallelität</translation>
    </message>
    <message>
        <source>%1 (with unsaved changes)</source>
        <translation>%1 (mit ungespeicherten Änderungen)</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Preis: %1</translation>
    </message>
    <message>
        <source>it fits with the margin too, but costs %1 more</source>
        <translation>passt auch mit Reserve, kostet aber %1 mehr</translation>
    </message>
    <message>
        <source>On this machine at most &lt;b&gt;%1&lt;/b&gt; sequences of %2 tokens fit at once (the scenario serves %3); at %3 sequences the context can grow to &lt;b&gt;%4&lt;/b&gt; tokens.</source>
        <translation>Auf diesem Rechner passen höchstens &lt;b&gt;%1&lt;/b&gt; Sequenzen von %2 Tokens gleichzeitig (das Szenario bedient %3); bei %3 Sequenzen kann der Kontext auf &lt;b&gt;%4&lt;/b&gt; Tokens wachsen.</translation>
    </message>
    <message>
        <source>Memory against concurrent sequences and context length</source>
        <translation>Speicher über gleichzeitigen Sequenzen und Kontextlänge</translation>
    </message>
    <message>
        <source>Dashed lines: what each candidate&apos;s GPU gives the engine (its share of the GPU for vLLM, SGLang and TGI).</source>
        <translation>Gestrichelte Linien: was die GPU jedes Kandidaten der Engine gibt (bei vLLM, SGLang und TGI ihr Anteil der GPU).</translation>
    </message>
    <message>
        <source>Dashed lines: the RAM of each candidate.</source>
        <translation>Gestrichelte Linien: der Arbeitsspeicher jedes Kandidaten.</translation>
    </message>
    <message>
        <source>Memory against concurrent sequences</source>
        <translation>Speicher über gleichzeitigen Sequenzen</translation>
    </message>
    <message>
        <source>Figure 1. Memory as more sequences of %1 tokens are served at once; the dotted line marks the scenario&apos;s %2.</source>
        <translation>Abbildung 1. Speicher, wenn mehr Sequenzen von %1 Tokens gleichzeitig bedient werden; die gepunktete Linie markiert die %2 des Szenarios.</translation>
    </message>
    <message>
        <source>Memory against context length</source>
        <translation>Speicher über Kontextlänge</translation>
    </message>
    <message>
        <source>Figure 2. Memory as the context per sequence grows, %1 sequences at once; the dotted line marks the scenario&apos;s %2 tokens.</source>
        <translation>Abbildung 2. Speicher bei wachsendem Kontext je Sequenz, %1 Sequenzen gleichzeitig; die gepunktete Linie markiert die %2 Tokens des Szenarios.</translation>
    </message>
    <message>
        <source>Most sequences</source>
        <translation>Meiste Sequenzen</translation>
    </message>
    <message>
        <source>Context per sequence (tokens)</source>
        <translation>Kontext je Sequenz (Tokens)</translation>
    </message>
    <message>
        <source>Concurrent sequences</source>
        <translation>Gleichzeitige Sequenzen</translation>
    </message>
    <message>
        <source>Scenario: %1 tokens</source>
        <translation>Szenario: %1 Tokens</translation>
    </message>
    <message>
        <source>Scenario: %1 sequences</source>
        <translation>Szenario: %1 Sequenzen</translation>
    </message>
    <message>
        <source>On this machine the largest batch that fits (without the safety margin) is &lt;b&gt;%1&lt;/b&gt; samples per device; the scenario uses %2.</source>
        <translation>Auf dieser Maschine passt (ohne Sicherheitsaufschlag) ein Batch von höchstens &lt;b&gt;%1&lt;/b&gt; Beispielen je Gerät; das Szenario nutzt %2.</translation>
    </message>
    <message>
        <source>Free memory is what remains at the job&apos;s peak, after the OS reserve and other programs; a machine fits with margin when it also covers the %1 safety margin. The largest batch, sequence count and dataset are the most that fit without that margin.</source>
        <translation>Frei ist, was zur Spitze des Jobs nach der Reserve des Betriebssystems und anderer Programme bleibt; eine Maschine passt mit Aufschlag, wenn sie auch den Sicherheitsaufschlag von %1 abdeckt. Größter Batch, meiste Sequenzen und größter Datensatz sind das Höchste, was ohne diesen Aufschlag passt.</translation>
    </message>
    <message>
        <source>Optimizer step</source>
        <translation>Optimiererschritt</translation>
    </message>
    <message>
        <source>framework default</source>
        <translation>Vorgabe des Frameworks</translation>
    </message>
    <message>
        <source>Loss chunks</source>
        <translation>Loss-Blöcke</translation>
    </message>
    <message>
        <source>torch.compile</source>
        <translation>torch.compile</translation>
    </message>
    <message>
        <source>Activation offloading</source>
        <translation>Auslagern der Aktivierungen</translation>
    </message>
    <message>
        <source>, on every linear layer</source>
        <translation>, auf jeder linearen Schicht</translation>
    </message>
    <message>
        <source>, dropout %1</source>
        <translation>, Dropout %1</translation>
    </message>
    <message>
        <source>, on %1</source>
        <translation>, auf %1</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>sum of the outputs (no cross-entropy)</source>
        <translation>Summe der Ausgaben (keine Kreuzentropie)</translation>
    </message>
</context>
<context>
    <name>headroom::Message</name>
    <message>
        <source>must be an object, got %1</source>
        <translation>muss ein Objekt sein, ist aber %1</translation>
    </message>
    <message>
        <source>unknown key (did you mean &quot;%1&quot;?)</source>
        <translation>unbekannter Schlüssel (meinten Sie „%1“?)</translation>
    </message>
    <message>
        <source>unknown key (allowed: %1)</source>
        <translation>unbekannter Schlüssel (erlaubt: %1)</translation>
    </message>
    <message>
        <source>required key missing</source>
        <translation>erforderlicher Schlüssel fehlt</translation>
    </message>
    <message>
        <source>must be a number, got %1</source>
        <translation>muss eine Zahl sein, ist aber %1</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>must be &gt; %1, got %2</source>
        <translation>muss &gt; %1 sein, ist aber %2</translation>
    </message>
    <message>
        <source>must be &gt;= %1, got %2</source>
        <translation>muss &gt;= %1 sein, ist aber %2</translation>
    </message>
    <message>
        <source>must be &lt;= %1, got %2</source>
        <translation>muss &lt;= %1 sein, ist aber %2</translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation>muss true oder false sein, ist aber %1</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>muss eine Zeichenkette sein, ist aber %1</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (did you mean &quot;%2&quot;?); allowed: %3</source>
        <translation>unbekannter Wert „%1“ (meinten Sie „%2“?); erlaubt: %3</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; allowed: %2</source>
        <translation>unbekannter Wert „%1“; erlaubt: %2</translation>
    </message>
    <message>
        <source>does not fit a 64-bit integer, got %1</source>
        <translation>passt nicht in eine 64-Bit-Ganzzahl: %1</translation>
    </message>
    <message>
        <source>must be an integer, got %1</source>
        <translation>muss eine ganze Zahl sein, ist aber %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>required with layout csr (fraction of non-zero values)</source>
        <translation>bei Layout csr erforderlich (Anteil der Werte ungleich null)</translation>
    </message>
    <message>
        <source>csr needs a tabular input, got %1</source>
        <translation>csr braucht eine tabellarische Eingabe, ist aber %1</translation>
    </message>
    <message>
        <source>csr values must be a float or int32/int64 type, got %1</source>
        <translation>csr-Werte müssen Gleitkomma, int32 oder int64 sein, sind aber %1</translation>
    </message>
    <message>
        <source>must divide hidden (%1), got %2</source>
        <translation>muss hidden (%1) teilen, ist aber %2</translation>
    </message>
    <message>
        <source>must divide heads (%1), got %2</source>
        <translation>muss heads (%1) teilen, ist aber %2</translation>
    </message>
    <message>
        <source>rotary positions need an even head dimension, got %1</source>
        <translation>Rotary-Positionen brauchen eine gerade Kopfdimension, sie ist aber %1</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot; (did you mean &quot;%2&quot;?); allowed: %3</source>
        <translation>unbekannte Vorlage „%1“ (meinten Sie „%2“?); erlaubt: %3</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot;; allowed: %2</source>
        <translation>unbekannte Vorlage „%1“; erlaubt: %2</translation>
    </message>
    <message>
        <source>%1 needs an image input, got %2</source>
        <translation>%1 braucht eine Bildeingabe, ist aber %2</translation>
    </message>
    <message>
        <source>use {&quot;preset&quot;: NAME} for a named network</source>
        <translation>für ein benanntes Netz {&quot;preset&quot;: NAME} verwenden</translation>
    </message>
    <message>
        <source>must be an array of widths, got %1</source>
        <translation>muss ein Array von Breiten sein, ist aber %1</translation>
    </message>
    <message>
        <source>rnn needs a sequence input, got %1</source>
        <translation>rnn braucht eine Sequenzeingabe, ist aber %1</translation>
    </message>
    <message>
        <source>only for scikit-learn, xgboost and lightgbm; %1 takes an architecture</source>
        <translation>nur für scikit-learn, xgboost und lightgbm; %1 nimmt eine Architektur</translation>
    </message>
    <message>
        <source>only for deep-learning frameworks; %1 takes an estimator</source>
        <translation>nur für Deep-Learning-Frameworks; %1 nimmt einen Schätzer</translation>
    </message>
    <message>
        <source>must name an estimator class, got &quot;&quot;</source>
        <translation>muss eine Schätzerklasse nennen, ist aber &quot;&quot;</translation>
    </message>
    <message>
        <source>%1 is weight-only quantisation for inference; task is train</source>
        <translation>%1 ist reine Gewichtsquantisierung für die Inferenz; die Aufgabe ist aber Training</translation>
    </message>
    <message>
        <source>only with task inference</source>
        <translation>nur bei der Aufgabe Inferenz</translation>
    </message>
    <message>
        <source>only for a transformer language model</source>
        <translation>nur für ein Transformer-Sprachmodell</translation>
    </message>
    <message>
        <source>scikit-learn computes on the cpu only</source>
        <translation>scikit-learn rechnet nur auf der CPU</translation>
    </message>
    <message>
        <source>tensor_parallel × pipeline_parallel (%1) must divide the number of devices (%2)</source>
        <translation>tensor_parallel × pipeline_parallel (%1) muss die Anzahl der Geräte (%2) teilen</translation>
    </message>
    <message>
        <source>must name a catalogue entry, got &quot;&quot;</source>
        <translation>muss einen Katalogeintrag nennen, ist aber &quot;&quot;</translation>
    </message>
    <message>
        <source>must be an array of candidate machines, got %1</source>
        <translation>muss ein Array von Kandidatenmaschinen sein, ist aber %1</translation>
    </message>
    <message>
        <source>duplicate candidate &quot;%1&quot;</source>
        <translation>doppelter Kandidat „%1“</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object, got %1</source>
        <translation>ein Szenario muss ein JSON-Objekt sein, ist aber %1</translation>
    </message>
    <message>
        <source>format version %1 is newer than this program reads (%2); update Headroom</source>
        <translation>Formatversion %1 ist neuer als die, die dieses Programm liest (%2); aktualisieren Sie Headroom</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>fehlerhaftes JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: the file is empty</source>
        <translation>fehlerhaftes JSON in Zeile %1, Spalte %2: die Datei ist leer</translation>
    </message>
    <message>
        <source>malformed JSON: a number is too large to represent (beyond 1.8e308)</source>
        <translation>fehlerhaftes JSON: eine Zahl ist zu groß (über 1,8e308)</translation>
    </message>
    <message>
        <source>unknown catalogue entry &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>unbekannter Katalogeintrag „%1“ (meinten Sie „%2“?)</translation>
    </message>
    <message>
        <source>unknown catalogue entry &quot;%1&quot;</source>
        <translation>unbekannter Katalogeintrag „%1“</translation>
    </message>
    <message>
        <source>the estimate exceeds 2^63 bytes (8 EiB); check dataset.samples, the model size and run.batch_size</source>
        <translation>die Schätzung übersteigt 2^63 Bytes (8 EiB); prüfen Sie dataset.samples, die Modellgröße und run.batch_size</translation>
    </message>
    <message>
        <source>the model&apos;s architecture is missing or unknown; only the runtime is counted</source>
        <translation>die Architektur des Modells fehlt oder ist unbekannt; nur die Laufzeit wird gezählt</translation>
    </message>
    <message>
        <source>int8/int4 are weight-only inference precisions; training them needs LoRA adapters (QLoRA)</source>
        <translation>int8/int4 sind reine Gewichtsgenauigkeiten für die Inferenz; zum Training braucht es LoRA-Adapter (QLoRA)</translation>
    </message>
    <message>
        <source>run.generation applies to transformer language models; ignored</source>
        <translation>run.generation gilt für Transformer-Sprachmodelle; ignoriert</translation>
    </message>
    <message>
        <source>TensorFlow maps nearly all device memory unless memory growth is enabled; the estimate is what the model needs</source>
        <translation>TensorFlow belegt fast den ganzen Gerätespeicher, wenn Memory Growth nicht aktiviert ist; die Schätzung ist, was das Modell braucht</translation>
    </message>
    <message>
        <source>JAX preallocates 75 % of device memory by default (XLA_PYTHON_CLIENT_PREALLOCATE); the estimate is what the model needs</source>
        <translation>JAX reserviert standardmäßig 75 % des Gerätespeichers (XLA_PYTHON_CLIENT_PREALLOCATE); die Schätzung ist, was das Modell braucht</translation>
    </message>
    <message>
        <source>the data is stored dense (%1) at density %2; as CSR (%3 non-zeros per row) it would take %4</source>
        <translation>die Daten liegen dicht vor (%1) bei Dichte %2; als CSR (%3 Nicht-Null-Werte je Zeile) bräuchten sie %4</translation>
    </message>
    <message>
        <source>the data is float64 (%1); stored as float32 the peak would be %2 instead of %3, saving %4</source>
        <translation>die Daten sind float64 (%1); als float32 gespeichert läge die Spitze bei %2 statt %3, eine Ersparnis von %4</translation>
    </message>
    <message>
        <source>the estimator %1 is not modelled: the estimate counts the %2 runtime and the data (%3) but not the fit&apos;s working memory, which is often one or more copies of the data</source>
        <translation>der Schätzer %1 ist nicht modelliert: die Schätzung zählt die Laufzeit von %2 und die Daten (%3), aber nicht den Arbeitsspeicher des Fits, der oft eine oder mehrere Kopien der Daten ist</translation>
    </message>
    <message>
        <source>LightGBM&apos;s GPU device memory is not modelled; host memory is as for the CPU</source>
        <translation>der GPU-Speicher von LightGBM ist nicht modelliert; der Host-Speicher ist wie bei der CPU</translation>
    </message>
    <message>
        <source>%1 with max_depth=None grows each tree until its leaves are pure: about %2 nodes per tree, %3 for %4 tree(s); set max_depth or min_samples_leaf to bound it</source>
        <translation>%1 mit max_depth=None lässt jeden Baum wachsen, bis seine Blätter rein sind: etwa %2 Knoten je Baum, %3 für %4 Bäume; max_depth oder min_samples_leaf begrenzen das</translation>
    </message>
    <message>
        <source>DBSCAN holds every sample&apos;s eps-neighbourhood at once: about %1 neighbours per sample, %2; a smaller eps or OPTICS bounds it</source>
        <translation>DBSCAN hält die eps-Nachbarschaft jedes Samples gleichzeitig: etwa %1 Nachbarn je Sample, %2; ein kleineres eps oder OPTICS begrenzt das</translation>
    </message>
    <message>
        <source>PCA in scikit-learn 1.2 refuses sparse input; TruncatedSVD works on CSR without densifying</source>
        <translation>PCA in scikit-learn 1.2 lehnt dünnbesetzte Eingaben ab; TruncatedSVD arbeitet auf CSR, ohne sie zu verdichten</translation>
    </message>
    <message>
        <source>streaming storage: %1 fits on the whole set; the estimate assumes the data is loaded in memory for the fit</source>
        <translation>Streaming-Speicherung: %1 trainiert auf dem ganzen Datensatz; die Schätzung nimmt an, dass die Daten für den Fit im Speicher liegen</translation>
    </message>
    <message>
        <source>host RAM is %1 short (needs %2, has %3)</source>
        <translation>beim Host-RAM fehlen %1 (benötigt %2, vorhanden %3)</translation>
    </message>
    <message>
        <source>it has no GPU</source>
        <translation>keine GPU vorhanden</translation>
    </message>
    <message>
        <source>the job needs %1 GPUs per machine, it has %2</source>
        <translation>der Job braucht %1 GPUs pro Maschine, vorhanden sind %2</translation>
    </message>
    <message>
        <source>each GPU is %1 short (needs %2, has %3)</source>
        <translation>bei jeder GPU fehlen %1 (benötigt %2, vorhanden %3)</translation>
    </message>
    <message>
        <source>host RAM leaves less than the %1 safety margin (%2 recommended)</source>
        <translation>der Host-RAM lässt weniger als den Sicherheitsaufschlag von %1 frei (%2 empfohlen)</translation>
    </message>
    <message>
        <source>each GPU leaves less than the %1 safety margin (%2 recommended)</source>
        <translation>jede GPU lässt weniger als den Sicherheitsaufschlag von %1 frei (%2 empfohlen)</translation>
    </message>
    <message>
        <source>fits with %1 host RAM free</source>
        <translation>passt, %1 Host-RAM bleiben frei</translation>
    </message>
    <message>
        <source>fits with %1 host RAM free and %2 free per GPU</source>
        <translation>passt, %1 Host-RAM und %2 pro GPU bleiben frei</translation>
    </message>
    <message>
        <source>%1 samples × %2 × %3 B %4</source>
        <translation>%1 Samples × %2 × %3 B %4</translation>
    </message>
    <message>
        <source>%1 worker processes × %2 private pages each (interpreter state touched after fork)</source>
        <translation>%1 Worker-Prozesse × je %2 private Seiten (nach fork berührter Interpreter-Zustand)</translation>
    </message>
    <message>
        <source>Python + NumPy + SciPy + xgboost 1.7 (imports scikit-learn) after import, measured</source>
        <translation>Python + NumPy + SciPy + xgboost 1.7 (importiert scikit-learn) nach dem Import, gemessen</translation>
    </message>
    <message>
        <source>Python + NumPy + SciPy + lightgbm after import (not measured: scikit-learn ensemble figure)</source>
        <translation>Python + NumPy + SciPy + lightgbm nach dem Import (nicht gemessen: Wert von scikit-learn ensemble)</translation>
    </message>
    <message>
        <source>Python + NumPy + SciPy + scikit-learn 1.2 with %1 imported, measured</source>
        <translation>Python + NumPy + SciPy + scikit-learn 1.2 mit importiertem %1, gemessen</translation>
    </message>
    <message>
        <source>not JSON text: byte 0x%3 at line %1, column %2 is binary data or not UTF-8</source>
        <translation>kein JSON-Text: Byte 0x%3 in Zeile %1, Spalte %2 ist Binärdaten oder kein UTF-8</translation>
    </message>
    <message>
        <source>arrays and objects nested deeper than %1 levels (at line %2, column %3); refused</source>
        <translation>Arrays und Objekte tiefer als %1 Ebenen verschachtelt (in Zeile %2, Spalte %3); abgelehnt</translation>
    </message>
    <message>
        <source>the file is %1 bytes, larger than the %2 bytes this program reads; refused without reading it</source>
        <translation>die Datei hat %1 Bytes, mehr als die %2 Bytes, die dieses Programm liest; ungelesen abgelehnt</translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation>muss ein Array sein, ist %1</translation>
    </message>
    <message>
        <source>has %1 entries; at most %2 are read</source>
        <translation>hat %1 Einträge; höchstens %2 werden gelesen</translation>
    </message>
    <message>
        <source>must be a pair [seconds, bytes], got %1</source>
        <translation>muss ein Paar [Sekunden, Bytes] sein, ist %1</translation>
    </message>
    <message>
        <source>a measurement must be a JSON object, got %1</source>
        <translation>eine Messung muss ein JSON-Objekt sein, ist %1</translation>
    </message>
    <message>
        <source>required key missing: this is a scenario, not a measurement</source>
        <translation>Pflichtschlüssel fehlt: dies ist ein Szenario, keine Messung</translation>
    </message>
    <message>
        <source>the file has %1 bytes; a measurement is read up to %2 bytes</source>
        <translation>die Datei hat %1 Bytes; eine Messung wird bis %2 Bytes gelesen</translation>
    </message>
    <message>
        <source>arrays and objects are nested deeper than %1 levels</source>
        <translation>Arrays und Objekte sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>required for a mixture of experts (moe)</source>
        <translation>für eine Mixture of Experts (moe) erforderlich</translation>
    </message>
    <message>
        <source>experts_per_token (%1) must not exceed experts (%2)</source>
        <translation>experts_per_token (%1) darf experts (%2) nicht übersteigen</translation>
    </message>
    <message>
        <source>first_dense_layers (%1) must not exceed layers (%2)</source>
        <translation>first_dense_layers (%1) darf layers (%2) nicht übersteigen</translation>
    </message>
    <message>
        <source>required for latent attention (mla)</source>
        <translation>für Latent Attention (mla) erforderlich</translation>
    </message>
    <message>
        <source>qk_rope_head_dim + qk_nope_head_dim must be at least 1</source>
        <translation>qk_rope_head_dim + qk_nope_head_dim muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>%1 base weights are trained only through adapters: finetune method lora (int8) or qlora (4-bit)</source>
        <translation>%1-Basisgewichte werden nur über Adapter trainiert: finetune method lora (int8) oder qlora (4 Bit)</translation>
    </message>
    <message>
        <source>qlora&apos;s base is 4-bit already; precision is the compute dtype (fp32, bf16, fp16, mixed_bf16 or mixed_fp16), got %1</source>
        <translation>die Basis von qlora ist bereits 4-Bit; precision ist der Rechen-Datentyp (fp32, bf16, fp16, mixed_bf16 oder mixed_fp16), erhalten: %1</translation>
    </message>
    <message>
        <source>qlora trains adapters: task must be train</source>
        <translation>qlora trainiert Adapter: task muss train sein</translation>
    </message>
    <message>
        <source>qlora needs a transformer language model</source>
        <translation>qlora erfordert ein Transformer-Sprachmodell</translation>
    </message>
    <message>
        <source>needs a mixture-of-experts model (model.architecture.moe), got %1</source>
        <translation>erfordert ein Mixture-of-Experts-Modell (model.architecture.moe), erhalten: %1</translation>
    </message>
    <message>
        <source>must divide the number of experts (%1), got %2</source>
        <translation>muss die Anzahl der Experten (%1) teilen, erhalten: %2</translation>
    </message>
    <message>
        <source>must divide the data-parallel degree (%1 = devices ÷ tensor × pipeline parallel), got %2</source>
        <translation>muss den Datenparallelitätsgrad teilen (%1 = Geräte ÷ Tensor- × Pipeline-Parallelität), erhalten: %2</translation>
    </message>
    <message>
        <source>not a setting of %1 (it is one of %2)</source>
        <translation>keine Einstellung von %1 (sie gehört zu %2)</translation>
    </message>
    <message>
        <source>give context_tokens or prompt_tokens and output_tokens, not both</source>
        <translation>context_tokens oder prompt_tokens und output_tokens angeben, nicht beides</translation>
    </message>
    <message>
        <source>run.serving holds the prompt and output tokens; remove run.generation</source>
        <translation>run.serving enthält die Prompt- und Ausgabe-Tokens; run.generation entfernen</translation>
    </message>
    <message>
        <source>cache type %1 is not available in %2 (it has: %3)</source>
        <translation>Cache-Typ %1 gibt es in %2 nicht (verfügbar: %3)</translation>
    </message>
    <message>
        <source>a unified-memory machine&apos;s GPU uses its host RAM; remove gpu or unified_memory</source>
        <translation>Die GPU eines Rechners mit Unified Memory nutzt dessen Arbeitsspeicher; gpu oder unified_memory entfernen</translation>
    </message>
    <message>
        <source>%1 concurrent sequences exceed %2 (%3): the rest wait in the queue, their memory is not held</source>
        <translation>%1 gleichzeitige Sequenzen überschreiten %2 (%3): der Rest wartet in der Warteschlange, sein Speicher wird nicht belegt</translation>
    </message>
    <message>
        <source>n_ctx (%1) is less than concurrent_sequences × context (%2): each of the %3 slots gets %4 tokens</source>
        <translation>n_ctx (%1) ist kleiner als concurrent_sequences × Kontext (%2): jeder der %3 Slots erhält %4 Tokens</translation>
    </message>
    <message>
        <source>use_mmap off: llama.cpp reads the GPU layers&apos; weights (%1) through host memory while loading</source>
        <translation>use_mmap aus: llama.cpp liest die Gewichte der GPU-Schichten (%1) beim Laden über den Arbeitsspeicher</translation>
    </message>
    <message>
        <source>each GPU needs %1, %2 takes %3 × %4</source>
        <translation>jede GPU braucht %1, %2 belegt %3 × %4</translation>
    </message>
    <message>
        <source>host and GPU together need %1 of its %2 unified memory</source>
        <translation>Host und GPU brauchen zusammen %1 seines gemeinsamen Speichers von %2</translation>
    </message>
    <message>
        <source>%1 stores %2 bits per weight, got %3</source>
        <translation>%1 speichert %2 Bit pro Gewicht, angegeben ist %3</translation>
    </message>
    <message>
        <source>must be 2, 3, 4 or 8, got %1</source>
        <translation>muss 2, 3, 4 oder 8 sein, ist aber %1</translation>
    </message>
    <message>
        <source>only for the weight formats %1, got %2</source>
        <translation>nur für die Gewichtsformate %1, angegeben ist %2</translation>
    </message>
    <message>
        <source>must be -1 (one group per row) or &gt;= 1, got %1</source>
        <translation>muss -1 (eine Gruppe pro Zeile) oder &gt;= 1 sein, ist aber %1</translation>
    </message>
    <message>
        <source>the %1 format quantises a transformer&apos;s linear layers; give the exact bytes for other networks</source>
        <translation>das Format %1 quantisiert die linearen Schichten eines Transformers; für andere Netze die genauen Bytes angeben</translation>
    </message>
    <message>
        <source>weights in %1 are frozen: training them needs LoRA adapters (finetune method lora), got %2</source>
        <translation>Gewichte in %1 sind eingefroren: ihr Training braucht LoRA-Adapter (finetune method lora), angegeben ist %2</translation>
    </message>
    <message>
        <source>%1 is a weight format of its own; with model.weights give the compute precision (fp16, bf16, fp32)</source>
        <translation>%1 ist selbst ein Gewichtsformat; mit model.weights die Rechengenauigkeit angeben (fp16, bf16, fp32)</translation>
    </message>
    <message>
        <source>must be a SHA-256 digest (64 lower-case hexadecimal digits), got %1</source>
        <translation>muss ein SHA-256-Hashwert sein (64 kleingeschriebene Hexadezimalziffern), ist aber %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is not a model file Headroom reads (config.json, *.safetensors, model.safetensors.index.json, *.gguf)</source>
        <translation>ist keine Modelldatei, die Headroom liest (config.json, *.safetensors, model.safetensors.index.json, *.gguf)</translation>
    </message>
    <message>
        <source>the file ends inside the %1 (at byte %2 of %3; truncated?)</source>
        <translation>die Datei endet innerhalb von %1 (bei Byte %2 von %3; abgeschnitten?)</translation>
    </message>
    <message>
        <source>the %1 is %2 bytes, more than the %3 bytes Headroom reads</source>
        <translation>%1 ist %2 Byte groß, mehr als die %3 Byte, die Headroom liest</translation>
    </message>
    <message>
        <source>the %1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>the %1 must be a JSON object</source>
        <translation>%1 muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the header length %1 runs past the end of the file (%2 bytes after the length field)</source>
        <translation>die Header-Länge %1 reicht über das Dateiende hinaus (%2 Byte nach dem Längenfeld)</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has an unknown dtype %2</source>
        <translation>Tensor „%1“ hat einen unbekannten dtype %2</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has an invalid shape %2</source>
        <translation>Tensor „%1“ hat eine ungültige Form %2</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: data offsets %2 do not hold its %3 bytes inside the file&apos;s %4 data bytes (truncated or corrupt)</source>
        <translation>Tensor „%1“: die Datenoffsets %2 fassen seine %3 Byte nicht innerhalb der %4 Datenbytes der Datei (abgeschnitten oder beschädigt)</translation>
    </message>
    <message>
        <source>is not a GGUF file: it starts with %1 instead of &quot;GGUF&quot;</source>
        <translation>ist keine GGUF-Datei: sie beginnt mit %1 statt „GGUF“</translation>
    </message>
    <message>
        <source>GGUF version %1 is not read (versions 2 and 3 are)</source>
        <translation>GGUF-Version %1 wird nicht gelesen (die Versionen 2 und 3 schon)</translation>
    </message>
    <message>
        <source>claims %1 tensors; the remaining %2 bytes of the file can hold at most %3</source>
        <translation>gibt %1 Tensoren an; die restlichen %2 Byte der Datei fassen höchstens %3</translation>
    </message>
    <message>
        <source>claims %1 metadata keys; the remaining %2 bytes of the file can hold at most %3</source>
        <translation>gibt %1 Metadatenschlüssel an; die restlichen %2 Byte der Datei fassen höchstens %3</translation>
    </message>
    <message>
        <source>a string of %1 bytes at byte %2 runs past the end of the file (%3 bytes)</source>
        <translation>eine Zeichenkette von %1 Byte bei Byte %2 reicht über das Dateiende hinaus (%3 Byte)</translation>
    </message>
    <message>
        <source>metadata key &quot;%1&quot; claims %2 array elements, more than the rest of the file can hold</source>
        <translation>Metadatenschlüssel „%1“ gibt %2 Array-Elemente an, mehr als der Rest der Datei fassen kann</translation>
    </message>
    <message>
        <source>metadata key &quot;%1&quot; has an unknown value type %2</source>
        <translation>Metadatenschlüssel „%1“ hat einen unbekannten Werttyp %2</translation>
    </message>
    <message>
        <source>metadata key &quot;%1&quot; nests arrays more than %2 deep</source>
        <translation>Metadatenschlüssel „%1“ verschachtelt Arrays tiefer als %2 Ebenen</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has %2 dimensions (1 to 4 allowed)</source>
        <translation>Tensor „%1“ hat %2 Dimensionen (1 bis 4 erlaubt)</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has an unknown GGML type %2</source>
        <translation>Tensor „%1“ hat einen unbekannten GGML-Typ %2</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: rows of %2 values do not fill whole %3 blocks of %4 values</source>
        <translation>Tensor „%1“: Zeilen mit %2 Werten füllen keine ganzen %3-Blöcke zu je %4 Werten</translation>
    </message>
    <message>
        <source>general.alignment must be a power of two up to 1 MiB, got %1</source>
        <translation>general.alignment muss eine Zweierpotenz bis 1 MiB sein, ist aber %1</translation>
    </message>
    <message>
        <source>the metadata key %1 is missing</source>
        <translation>der Metadatenschlüssel %1 fehlt</translation>
    </message>
    <message>
        <source>%1 is missing or not a positive integer</source>
        <translation>%1 fehlt oder ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, got %4</source>
        <translation>%1 muss zwischen %2 und %3 liegen, ist aber %4</translation>
    </message>
    <message>
        <source>unknown model type &quot;%1&quot;; Headroom reads %2</source>
        <translation>unbekannter Modelltyp „%1“; Headroom liest %2</translation>
    </message>
    <message>
        <source>holds no tensors</source>
        <translation>enthält keine Tensoren</translation>
    </message>
    <message>
        <source>the index has no weight_map object of tensor names and shard files</source>
        <translation>der Index hat kein weight_map-Objekt mit Tensornamen und Teildateien</translation>
    </message>
    <message>
        <source>has tensors but no architecture: put the model&apos;s config.json beside it</source>
        <translation>enthält Tensoren, aber keine Architektur: legen Sie die config.json des Modells daneben</translation>
    </message>
    <message>
        <source>the position table is counted with %1 rows, the file has %2</source>
        <translation>die Positionstabelle wird mit %1 Zeilen gezählt, die Datei hat %2</translation>
    </message>
    <message>
        <source>only the language model is counted, not the vision tower</source>
        <translation>nur das Sprachmodell wird gezählt, nicht der Bild-Encoder</translation>
    </message>
    <message>
        <source>quantization_config &quot;%1&quot; is not modelled; the weights are counted in the run&apos;s precision</source>
        <translation>quantization_config „%1“ wird nicht modelliert; die Gewichte werden in der Genauigkeit des Laufs gezählt</translation>
    </message>
    <message>
        <source>the shards are not beside the index: the weight bytes are its total_size</source>
        <translation>die Teildateien liegen nicht neben dem Index: die Gewichtsbytes sind dessen total_size</translation>
    </message>
    <message>
        <source>this is one part of a split GGUF model: only its tensors are counted</source>
        <translation>dies ist ein Teil eines aufgeteilten GGUF-Modells: nur seine Tensoren werden gezählt</translation>
    </message>
    <message>
        <source>the model it describes is refused: %1</source>
        <translation>das beschriebene Modell wird abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 linear-layer parameters in %2 (4 bits, blocks of 64, fp32 absmax) + %3 others × %4 B %5 + %6 LoRA adapter parameters (rank %7) × %8 B</source>
        <translation>%1 Parameter der linearen Schichten in %2 (4 Bit, Blöcke zu 64, fp32-Absmax) + %3 übrige × %4 B %5 + %6 LoRA-Adapter-Parameter (Rang %7) × %8 B</translation>
    </message>
    <message>
        <source>%1 linear-layer parameters in %2 (4 bits, blocks of 64, 8-bit absmax + fp32 per 256 blocks, double quantisation) + %3 others × %4 B %5 + %6 LoRA adapter parameters (rank %7) × %8 B</source>
        <translation>%1 Parameter der linearen Schichten in %2 (4 Bit, Blöcke zu 64, 8-Bit-Absmax + fp32 je 256 Blöcke, doppelte Quantisierung) + %3 übrige × %4 B %5 + %6 LoRA-Adapter-Parameter (Rang %7) × %8 B</translation>
    </message>
    <message>
        <source>%1 adapter parameters</source>
        <translation>%1 Adapter-Parameter</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 Parameter</translation>
    </message>
    <message>
        <source>%1 trainable parameters (%2)</source>
        <translation>%1 trainierbare Parameter (%2)</translation>
    </message>
    <message>
        <source>%1 × %2 B</source>
        <translation>%1 × %2 B</translation>
    </message>
    <message>
        <source>%1 (paged: unified memory, evicted to host RAM only under memory pressure)</source>
        <translation>%1 (paged: Unified Memory, nur bei Speicherdruck in den Arbeitsspeicher verdrängt)</translation>
    </message>
    <message>
        <source>%1 × 2 states × 1 B (8-bit, block-wise fp32 scales)</source>
        <translation>%1 × 2 Zustände × 1 B (8 Bit, blockweise fp32-Skalen)</translation>
    </message>
    <message>
        <source>%1 × 2 moments × %2 B</source>
        <translation>%1 × 2 Momente × %2 B</translation>
    </message>
    <message>
        <source>%1 × 1 state × %2 B</source>
        <translation>%1 × 1 Zustand × %2 B</translation>
    </message>
    <message>
        <source>fp32 (autocast keeps the model in fp32)</source>
        <translation>fp32 (Autocast hält das Modell in fp32)</translation>
    </message>
    <message>
        <source>%1 parameters × %2 B %3</source>
        <translation>%1 Parameter × %2 B %3</translation>
    </message>
    <message>
        <source>%1 quantised parameters × %2 B %3 + fp32 absmax per 64 (bitsandbytes 4-bit)</source>
        <translation>%1 quantisierte Parameter × %2 B %3 + fp32-Absmax je 64 (bitsandbytes 4 Bit)</translation>
    </message>
    <message>
        <source>%1 quantised parameters × %2 B %3 + 16-bit scales</source>
        <translation>%1 quantisierte Parameter × %2 B %3 + 16-Bit-Skalen</translation>
    </message>
    <message>
        <source>%1 + %2 embedding/LM-head parameters × 2 B (not quantised)</source>
        <translation>%1 + %2 Embedding-/LM-Head-Parameter × 2 B (nicht quantisiert)</translation>
    </message>
    <message>
        <source>%1 (the 16-bit copies autocast makes of the fp32 model)</source>
        <translation>%1 (die 16-Bit-Kopien, die Autocast vom fp32-Modell anlegt)</translation>
    </message>
    <message>
        <source>%1 + %2 LoRA adapter parameters (rank %3)</source>
        <translation>%1 + %2 LoRA-Adapter-Parameter (Rang %3)</translation>
    </message>
    <message>
        <source>%1 × 4 B fp32 master copy</source>
        <translation>%1 × 4 B fp32-Masterkopie</translation>
    </message>
    <message>
        <source>%1 × 1 momentum buffer × %2 B</source>
        <translation>%1 × 1 Momentum-Puffer × %2 B</translation>
    </message>
    <message>
        <source>%1 × 2 moments (exp_avg, exp_avg_sq) × %2 B</source>
        <translation>%1 × 2 Momente (exp_avg, exp_avg_sq) × %2 B</translation>
    </message>
    <message>
        <source>%1 × 1 sum of squares × %2 B</source>
        <translation>%1 × 1 Quadratsumme × %2 B</translation>
    </message>
    <message>
        <source>%1 × 1 square average × %2 B</source>
        <translation>%1 × 1 quadratischer Mittelwert × %2 B</translation>
    </message>
    <message>
        <source>%1 × 1 momentum × %2 B</source>
        <translation>%1 × 1 Momentum × %2 B</translation>
    </message>
    <message>
        <source>%1 factored row/column statistics × %2 B (Adafactor)</source>
        <translation>%1 faktorisierte Zeilen-/Spaltenstatistiken × %2 B (Adafactor)</translation>
    </message>
    <message>
        <source>fused Adam (Megatron, DeepSpeed): no temporaries</source>
        <translation>fusioniertes Adam (Megatron, DeepSpeed): keine Zwischenwerte</translation>
    </message>
    <message>
        <source>foreach step (PyTorch ≥ 2.0 on CUDA): one temporary of %1 values × %2 B (sqrt of the second moments)</source>
        <translation>foreach-Schritt (PyTorch ≥ 2.0 auf CUDA): ein Zwischentensor aus %1 Werten × %2 B (Wurzel der zweiten Momente)</translation>
    </message>
    <message>
        <source>%1 parameters × %2 B %3 (exact bytes of %4)</source>
        <translation>%1 Parameter × %2 B %3 (exakte Bytes von %4)</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>der Datei</translation>
    </message>
    <message>
        <source>%1 parameters in %2: %3, the exact tensor bytes of %4 (%5 bits per weight)</source>
        <translation>%1 Parameter in %2: %3, die exakten Tensor-Bytes von %4 (%5 Bit pro Gewicht)</translation>
    </message>
    <message>
        <source>%1 parameters in %2 (%3 bits per weight): %4</source>
        <translation>%1 Parameter in %2 (%3 Bit pro Gewicht): %4</translation>
    </message>
    <message>
        <source>%1 blocks for most tensors, 1-D tensors fp32</source>
        <translation>%1-Blöcke für die meisten Tensoren, 1-D-Tensoren fp32</translation>
    </message>
    <message>
        <source>%1 blocks for most tensors, other types for %2 weights as llama-quantize mixes them, 1-D tensors fp32</source>
        <translation>%1-Blöcke für die meisten Tensoren, andere Typen für %2 Gewichte, wie llama-quantize sie mischt, 1-D-Tensoren fp32</translation>
    </message>
    <message>
        <source>%1 weights of the blocks&apos; linear layers as %2; %3 others (embeddings, head, norms, biases) × 2 B</source>
        <translation>%1 Gewichte der linearen Schichten der Blöcke als %2; %3 übrige (Embeddings, Head, Normen, Biases) × 2 B</translation>
    </message>
    <message>
        <source>%1, %2 steps</source>
        <translation>%1, %2 Schritte</translation>
    </message>
    <message>
        <source>%1, seq %2</source>
        <translation>%1, Sequenz %2</translation>
    </message>
    <message>
        <source>%1 × %2 processes (one per device)</source>
        <translation>%1 × %2 Prozesse (einer pro Gerät)</translation>
    </message>
    <message>
        <source>Python + numpy + torch + torchvision, CPU build (measured)</source>
        <translation>Python + numpy + torch + torchvision, CPU-Build (gemessen)</translation>
    </message>
    <message>
        <source>Python + numpy + torch, CPU build (measured)</source>
        <translation>Python + numpy + torch, CPU-Build (gemessen)</translation>
    </message>
    <message>
        <source>Python + jax/jaxlib, CPU (estimate)</source>
        <translation>Python + jax/jaxlib, CPU (Schätzung)</translation>
    </message>
    <message>
        <source>Python + TensorFlow (~0.8 GB import)</source>
        <translation>Python + TensorFlow (~0,8 GB beim Import)</translation>
    </message>
    <message>
        <source>CUDA build of PyTorch (~1 GB per process)</source>
        <translation>CUDA-Build von PyTorch (~1 GB pro Prozess)</translation>
    </message>
    <message>
        <source>jaxlib with CUDA libraries (~1 GB per process, estimate)</source>
        <translation>jaxlib mit CUDA-Bibliotheken (~1 GB pro Prozess, Schätzung)</translation>
    </message>
    <message>
        <source>TensorFlow with CUDA (~0.8 GB per process; more with many GPUs)</source>
        <translation>TensorFlow mit CUDA (~0,8 GB pro Prozess; mehr bei vielen GPUs)</translation>
    </message>
    <message>
        <source>CUDA context with lazy module loading (CUDA ≥ 11.7, PyTorch ≥ 1.13): ~612 MiB (unsloth issue 9362)</source>
        <translation>CUDA-Kontext mit verzögertem Laden der Module (CUDA ≥ 11.7, PyTorch ≥ 1.13): ~612 MiB (unsloth-Issue 9362)</translation>
    </message>
    <message>
        <source>CUDA context with every library kernel loaded (no lazy loading): 1343 MiB measured on a V100 (Hugging Face performance guide)</source>
        <translation>CUDA-Kontext mit allen Bibliothekskernels geladen (ohne verzögertes Laden): 1343 MiB gemessen auf einer V100 (Hugging-Face-Leistungsleitfaden)</translation>
    </message>
    <message>
        <source>cuBLAS workspace 32 MiB (:4096:8 on Hopper, PyTorch ≥ 2.1) + cuBLASLt 1 MiB</source>
        <translation>cuBLAS-Arbeitsbereich 32 MiB (:4096:8 auf Hopper, PyTorch ≥ 2.1) + cuBLASLt 1 MiB</translation>
    </message>
    <message>
        <source>cuBLAS workspace (:4096:2:16:8 = 2 × 4 MiB + 8 × 16 KiB)</source>
        <translation>cuBLAS-Arbeitsbereich (:4096:2:16:8 = 2 × 4 MiB + 8 × 16 KiB)</translation>
    </message>
    <message>
        <source>%1 NCCL communicator(s) × %2 (16 channels × 2 ring peers × Simple 4 MiB + LL128 4.5 MiB + LL 256 KiB)</source>
        <translation>%1 NCCL-Kommunikator(en) × %2 (16 Kanäle × 2 Ring-Nachbarn × Simple 4 MiB + LL128 4,5 MiB + LL 256 KiB)</translation>
    </message>
    <message>
        <source>caching allocator: split-off segment tails of %1 tensors ≥ 10 MiB (%2) + half-used last 20 MiB / 2 MiB segments (%3) + the largest temporary freed before the peak, not reusable by it (%4)</source>
        <translation>Caching-Allocator: abgespaltene Segmentenden von %1 Tensoren ≥ 10 MiB (%2) + halb genutzte letzte 20-MiB-/2-MiB-Segmente (%3) + der größte vor der Spitze freigegebene Zwischentensor, von ihr nicht wiederverwendbar (%4)</translation>
    </message>
    <message>
        <source>%1 ÷ %2 (tensor × pipeline parallel)</source>
        <translation>%1 ÷ %2 (Tensor- × Pipeline-Parallelität)</translation>
    </message>
    <message>
        <source>%1 ÷ %2 (%3 shards)</source>
        <translation>%1 ÷ %2 (%3-Shards)</translation>
    </message>
    <message>
        <source>%1 ÷ %2 (tensor parallel)</source>
        <translation>%1 ÷ %2 (Tensor-Parallelität)</translation>
    </message>
    <message>
        <source>%1 layers × (%2 latent + %3 rotary key) values × %4 positions × %5 sequences × %6 B (latent attention caches the compressed latent)</source>
        <translation>%1 Schichten × (%2 latent + %3 rotierender Schlüssel) Werte × %4 Positionen × %5 Sequenzen × %6 B (latente Attention speichert das komprimierte Latent)</translation>
    </message>
    <message>
        <source>2 × %1 layers × %2 KV heads × %3 head dim × %4 positions × %5 sequences × %6 B</source>
        <translation>2 × %1 Schichten × %2 KV-Heads × %3 Head-Dimension × %4 Positionen × %5 Sequenzen × %6 B</translation>
    </message>
    <message>
        <source>2 × %1 KV heads × %2 head dim × (%3 global layers × %4 positions + %5 sliding-window layers × %6 positions) × %7 sequences × %8 B</source>
        <translation>2 × %1 KV-Heads × %2 Head-Dimension × (%3 globale Schichten × %4 Positionen + %5 Sliding-Window-Schichten × %6 Positionen) × %7 Sequenzen × %8 B</translation>
    </message>
    <message>
        <source>%1 (%2 parameters in all, %3 active per token: %4 of %5 experts)</source>
        <translation>%1 (%2 Parameter insgesamt, %3 aktiv pro Token: %4 von %5 Experten)</translation>
    </message>
    <message>
        <source>%1, routed experts (%2 of the parameters) ÷ %3 (expert parallel)</source>
        <translation>%1, geroutete Experten (%2 der Parameter) ÷ %3 (Experten-Parallelität)</translation>
    </message>
    <message>
        <source>2 layers&apos; weights gathered at a time (%1 each); the rest offloaded to host RAM</source>
        <translation>Gewichte von 2 Schichten gleichzeitig gesammelt (je %1); der Rest in den Arbeitsspeicher ausgelagert</translation>
    </message>
    <message>
        <source>ZeRO-3/FSDP all-gather of 2 layers&apos; full weights (current + prefetched), %1 per layer</source>
        <translation>ZeRO-3/FSDP-All-Gather der vollen Gewichte von 2 Schichten (aktuelle + vorgeladene), %1 pro Schicht</translation>
    </message>
    <message>
        <source>%1 16-bit copies autocast makes of the weights (2 B each, saved for backward)</source>
        <translation>%1 16-Bit-Kopien der Gewichte durch Autocast (je 2 B, für den Backward gespeichert)</translation>
    </message>
    <message>
        <source>%1 16-bit copies autocast makes of the weights (2 B each, saved for backward), embeddings excluded</source>
        <translation>%1 16-Bit-Kopien der Gewichte durch Autocast (je 2 B, für den Backward gespeichert), ohne Embeddings</translation>
    </message>
    <message>
        <source>2 layers&apos; gradients in flight (%1 each); the rest is moved to host RAM as it is reduced (offload)</source>
        <translation>Gradienten von 2 Schichten unterwegs (je %1); der Rest wird beim Reduzieren in den Arbeitsspeicher verschoben (Offload)</translation>
    </message>
    <message>
        <source>dequantised weight of the layer being computed: %1 weights × 2 B</source>
        <translation>dequantisiertes Gewicht der gerade berechneten Schicht: %1 Gewichte × 2 B</translation>
    </message>
    <message>
        <source>expert-parallel all-to-all send and receive buffers: %1 routed token copies × %2 × 2</source>
        <translation>Sende- und Empfangspuffer des expertenparallelen All-to-All: %1 geroutete Token-Kopien × %2 × 2</translation>
    </message>
    <message>
        <source>DDP gradient buckets: a second copy of the gradients for all-reduce (gradient_as_bucket_view=False, the default)</source>
        <translation>DDP-Gradienten-Buckets: eine zweite Kopie der Gradienten für All-Reduce (gradient_as_bucket_view=False, die Voreinstellung)</translation>
    </message>
    <message>
        <source>optimizer states + master weights offloaded, %1 per process × %2</source>
        <translation>Optimiererzustände + Master-Gewichte ausgelagert, %1 pro Prozess × %2</translation>
    </message>
    <message>
        <source>optimizer states + master weights + fp32 gradients offloaded, %1 per process × %2</source>
        <translation>Optimiererzustände + Master-Gewichte + fp32-Gradienten ausgelagert, %1 pro Prozess × %2</translation>
    </message>
    <message>
        <source>optimizer states + master weights + weights offloaded, %1 per process × %2</source>
        <translation>Optimiererzustände + Master-Gewichte + Gewichte ausgelagert, %1 pro Prozess × %2</translation>
    </message>
    <message>
        <source>optimizer states + master weights + fp32 gradients + weights offloaded, %1 per process × %2</source>
        <translation>Optimiererzustände + Master-Gewichte + fp32-Gradienten + Gewichte ausgelagert, %1 pro Prozess × %2</translation>
    </message>
    <message>
        <source>sequence parallel</source>
        <translation>Sequenz-Parallelität</translation>
    </message>
    <message>
        <source>%1 layers × %2 (Korthikanti et al. 2022 Table 2, %3) + output layer and loss %4</source>
        <translation>%1 Schichten × %2 (Korthikanti et al. 2022, Tabelle 2, %3) + Ausgabeschicht und Loss %4</translation>
    </message>
    <message>
        <source>%1 samples × %2 saved activations per sample (%3), at the backward peak (with gradient temporaries; gradients not yet made excluded)</source>
        <translation>%1 Samples × %2 gespeicherte Aktivierungen pro Sample (%3), an der Backward-Spitze (mit Gradienten-Zwischenwerten; noch nicht erzeugte Gradienten ausgenommen)</translation>
    </message>
    <message>
        <source>%1 samples × %2 saved activations per sample (%3), selective checkpointing, at the backward peak (with gradient temporaries; gradients not yet made excluded)</source>
        <translation>%1 Samples × %2 gespeicherte Aktivierungen pro Sample (%3), selektives Checkpointing, an der Backward-Spitze (mit Gradienten-Zwischenwerten; noch nicht erzeugte Gradienten ausgenommen)</translation>
    </message>
    <message>
        <source>%1 samples × %2 saved activations per sample (%3), full checkpointing, at the backward peak (with gradient temporaries; gradients not yet made excluded)</source>
        <translation>%1 Samples × %2 gespeicherte Aktivierungen pro Sample (%3), volles Checkpointing, an der Backward-Spitze (mit Gradienten-Zwischenwerten; noch nicht erzeugte Gradienten ausgenommen)</translation>
    </message>
    <message>
        <source>the optimizer step&apos;s temporaries, larger than the activations at the backward peak: %1</source>
        <translation>die Zwischenwerte des Optimiererschritts, größer als die Aktivierungen an der Backward-Spitze: %1</translation>
    </message>
    <message>
        <source>%1; the optimizer step&apos;s temporaries (%2) are smaller</source>
        <translation>%1; die Zwischenwerte des Optimiererschritts (%2) sind kleiner</translation>
    </message>
    <message>
        <source>%1 samples × %2 largest live set per sample (%3, no autograd)</source>
        <translation>%1 Samples × %2 größte gleichzeitig lebende Menge pro Sample (%3, ohne Autograd)</translation>
    </message>
    <message>
        <source>%1 samples × %2 largest live set per sample (%3, prefill of %4 tokens, no autograd)</source>
        <translation>%1 Samples × %2 größte gleichzeitig lebende Menge pro Sample (%3, Prefill von %4 Token, ohne Autograd)</translation>
    </message>
    <message>
        <source>dequantised 16-bit copy of the largest quantised matrix (%1 weights × 2 B) during prefill</source>
        <translation>dequantisierte 16-Bit-Kopie der größten quantisierten Matrix (%1 Gewichte × 2 B) während des Prefills</translation>
    </message>
    <message>
        <source>dequantised 16-bit copy of the largest quantised matrix (%1 × %2 × 2 B) during prefill</source>
        <translation>dequantisierte 16-Bit-Kopie der größten quantisierten Matrix (%1 × %2 × 2 B) während des Prefills</translation>
    </message>
    <message>
        <source>DynamicCache growth: torch.cat copies one layer&apos;s keys and values each step (one layer&apos;s cache)</source>
        <translation>DynamicCache-Wachstum: torch.cat kopiert bei jedem Schritt Schlüssel und Werte einer Schicht (der Cache einer Schicht)</translation>
    </message>
    <message>
        <source>model materialised on the host while loading: %1 process(es) × %2</source>
        <translation>Modell beim Laden auf dem Rechner materialisiert: %1 Prozess(e) × %2</translation>
    </message>
    <message>
        <source>model materialised on the host while loading: %1 process(es) × %2 (its tensor/pipeline shard)</source>
        <translation>Modell beim Laden auf dem Rechner materialisiert: %1 Prozess(e) × %2 (sein Tensor-/Pipeline-Shard)</translation>
    </message>
    <message>
        <source>checkpoint consolidated on one host: weights + master weights + optimizer states (%1), beyond the loading copies</source>
        <translation>Checkpoint auf einem Rechner zusammengeführt: Gewichte + Master-Gewichte + Optimiererzustände (%1), über die Kopien beim Laden hinaus</translation>
    </message>
    <message>
        <source>%1 [peak: %2]</source>
        <translation>%1 [Spitze: %2]</translation>
    </message>
    <message>
        <source>label encoding np.unique(y, return_inverse=True): 5 × %1 × 8 B (copy, argsort, sorted copy, cumsum, inverse) + %1 B mask</source>
        <translation>Label-Kodierung np.unique(y, return_inverse=True): 5 × %1 × 8 B (Kopie, argsort, sortierte Kopie, cumsum, Inverse) + %1 B Maske</translation>
    </message>
    <message>
        <source>%1 converts the CSR matrix %2 → %3 (scipy astype copies the indices too): %4 × (%5 + %6) B + row pointers</source>
        <translation>%1 wandelt die CSR-Matrix %2 → %3 um (scipy astype kopiert auch die Indizes): %4 × (%5 + %6) B + Zeilenzeiger</translation>
    </message>
    <message>
        <source>%1 converts X %2 → %3: %4 (%5 B)</source>
        <translation>%1 wandelt X %2 → %3 um: %4 (%5 B)</translation>
    </message>
    <message>
        <source>%1: CSR copy %2 × (%3 + %4) B + row pointers</source>
        <translation>%1: CSR-Kopie %2 × (%3 + %4) B + Zeilenzeiger</translation>
    </message>
    <message>
        <source>%1 distinct bootstrap rows</source>
        <translation>%1 verschiedene Bootstrap-Zeilen</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1, leaves of ~%2 rows</source>
        <translation>%1, Blätter zu ~%2 Zeilen</translation>
    </message>
    <message>
        <source>%1 × %2 nodes per row (pure leaves, %3 features per split)</source>
        <translation>%1 × %2 Knoten pro Zeile (reine Blätter, %3 Merkmale pro Split)</translation>
    </message>
    <message>
        <source>%1, max_leaf_nodes %2</source>
        <translation>%1, max_leaf_nodes %2</translation>
    </message>
    <message>
        <source>%1, cut at depth %2 (%3 % of the full tree)</source>
        <translation>%1, bei Tiefe %2 abgeschnitten (%3 % des vollen Baums)</translation>
    </message>
    <message>
        <source>label encoding</source>
        <translation>Label-Kodierung</translation>
    </message>
    <message>
        <source>%1 converts CSR → float32 CSC: %2 × (4 + 4) B + column pointers</source>
        <translation>%1 wandelt CSR → float32-CSC um: %2 × (4 + 4) B + Spaltenzeiger</translation>
    </message>
    <message>
        <source>building the last tree</source>
        <translation>Aufbau des letzten Baums</translation>
    </message>
    <message>
        <source>y as float64 %1 × 8 B</source>
        <translation>y als float64 %1 × 8 B</translation>
    </message>
    <message>
        <source>%1 finished tree × %2 nodes × %3 B (56 B node + %4 × 8 B value); nodes: %5</source>
        <translation>%1 fertiger Baum × %2 Knoten × %3 B (56 B Knoten + %4 × 8 B Wert); Knoten: %5</translation>
    </message>
    <message>
        <source>%1 finished tree × %2 nodes × %3 B (56 B node + %4 × 8 B value, 2 classes assumed); nodes: %5</source>
        <translation>%1 fertiger Baum × %2 Knoten × %3 B (56 B Knoten + %4 × 8 B Wert, 2 Klassen angenommen); Knoten: %5</translation>
    </message>
    <message>
        <source>%1 finished trees × %2 nodes × %3 B (56 B node + %4 × 8 B value); nodes: %5</source>
        <translation>%1 fertige Bäume × %2 Knoten × %3 B (56 B Knoten + %4 × 8 B Wert); Knoten: %5</translation>
    </message>
    <message>
        <source>%1 finished trees × %2 nodes × %3 B (56 B node + %4 × 8 B value, 2 classes assumed); nodes: %5</source>
        <translation>%1 fertige Bäume × %2 Knoten × %3 B (56 B Knoten + %4 × 8 B Wert, 2 Klassen angenommen); Knoten: %5</translation>
    </message>
    <message>
        <source>%1 tree being grown: %2 nodes × 56 B + value array at capacity %3 × %4 B</source>
        <translation>%1 Baum im Aufbau: %2 Knoten × 56 B + Wertearray bei Kapazität %3 × %4 B</translation>
    </message>
    <message>
        <source>%1 trees being grown: %2 nodes × 56 B + value array at capacity %3 × %4 B</source>
        <translation>%1 Bäume im Aufbau: %2 Knoten × 56 B + Wertearray bei Kapazität %3 × %4 B</translation>
    </message>
    <message>
        <source>%1 × splitter buffers %2 × (8 B index + 4 B value)</source>
        <translation>%1 × Splitter-Puffer %2 × (8 B Index + 4 B Wert)</translation>
    </message>
    <message>
        <source>%1 × splitter buffers %2 × (8 B index + 4 B value + 24 B bootstrap weights, draws and counts)</source>
        <translation>%1 × Splitter-Puffer %2 × (8 B Index + 4 B Wert + 24 B Bootstrap-Gewichte, Ziehungen und Zählungen)</translation>
    </message>
    <message>
        <source>boosting stages</source>
        <translation>Boosting-Stufen</translation>
    </message>
    <message>
        <source>%1 keeps float32 CSC and CSR copies of X</source>
        <translation>%1 hält float32-CSC- und -CSR-Kopien von X</translation>
    </message>
    <message>
        <source>y, sample_weight, raw predictions + copy, residual, apply/predict outputs, splitter %1</source>
        <translation>y, sample_weight, Rohvorhersagen + Kopie, Residuum, apply/predict-Ausgaben, Splitter %1</translation>
    </message>
    <message>
        <source>%1 stages × %2 nodes × %3 B (%4)</source>
        <translation>%1 Stufen × %2 Knoten × %3 B (%4)</translation>
    </message>
    <message>
        <source>Dataset construction</source>
        <translation>Aufbau des Datasets</translation>
    </message>
    <message>
        <source>X converted to float32: %1</source>
        <translation>X in float32 umgewandelt: %1</translation>
    </message>
    <message>
        <source>bin-boundary sample %1 rows × 8 B</source>
        <translation>Stichprobe für die Bin-Grenzen %1 Zeilen × 8 B</translation>
    </message>
    <message>
        <source>boosting</source>
        <translation>Boosting</translation>
    </message>
    <message>
        <source>binned Dataset: %1 values × %2 B</source>
        <translation>gebinntes Dataset: %1 Werte × %2 B</translation>
    </message>
    <message>
        <source>binned Dataset: %1 values × %2 B + 1 B row delta</source>
        <translation>gebinntes Dataset: %1 Werte × %2 B + 1 B Zeilendelta</translation>
    </message>
    <message>
        <source>gradients, hessians (4 B), scores (8 B), data partition (2 × 4 B) per row</source>
        <translation>Gradienten, Hessewerte (4 B), Scores (8 B), Datenpartition (2 × 4 B) pro Zeile</translation>
    </message>
    <message>
        <source>histogram pool %1 leaves × %2 bins × 16 B</source>
        <translation>Histogramm-Pool %1 Blätter × %2 Bins × 16 B</translation>
    </message>
    <message>
        <source>%1 trees × %2 nodes × 48 B</source>
        <translation>%1 Bäume × %2 Knoten × 48 B</translation>
    </message>
    <message>
        <source>%1 does not take sparse input in 1.2; densified as float64: %2</source>
        <translation>%1 nimmt in 1.2 keine dünnbesetzten Eingaben; als float64 verdichtet: %2</translation>
    </message>
    <message>
        <source>early stopping: train_test_split copies X into %1 training + %2 validation rows × %3 × 8 B</source>
        <translation>Early Stopping: train_test_split kopiert X in %1 Trainings- + %2 Validierungszeilen × %3 × 8 B</translation>
    </message>
    <message>
        <source>y as float64</source>
        <translation>y als float64</translation>
    </message>
    <message>
        <source>y as float64, and its split</source>
        <translation>y als float64 und seine Aufteilung</translation>
    </message>
    <message>
        <source>fitting the bin edges</source>
        <translation>Bestimmung der Bin-Grenzen</translation>
    </message>
    <message>
        <source>bin-edge subsample %1 × %2 × 8 B</source>
        <translation>Stichprobe für die Bin-Grenzen %1 × %2 × 8 B</translation>
    </message>
    <message>
        <source>per-feature column, unique and percentile temporaries 4 × %1 × 8 B</source>
        <translation>Zwischenwerte je Merkmal für Spalte, unique und Perzentile 4 × %1 × 8 B</translation>
    </message>
    <message>
        <source>boosting iterations</source>
        <translation>Boosting-Iterationen</translation>
    </message>
    <message>
        <source>binned data uint8 (%1 bins): %2 × %3 × 1 B</source>
        <translation>gebinnte Daten uint8 (%1 Bins): %2 × %3 × 1 B</translation>
    </message>
    <message>
        <source>raw predictions (8 B), gradients and hessians (4 B each): %1 × 16 B (+ validation predictions)</source>
        <translation>Rohvorhersagen (8 B), Gradienten und Hessewerte (je 4 B): %1 × 16 B (+ Validierungsvorhersagen)</translation>
    </message>
    <message>
        <source>grower partition and left/right buffers %1 × 3 × 4 B</source>
        <translation>Partition des Growers und Links-/Rechts-Puffer %1 × 3 × 4 B</translation>
    </message>
    <message>
        <source>%1 node histograms × %2 features × %3 bins × 20 B</source>
        <translation>%1 Knoten-Histogramme × %2 Merkmale × %3 Bins × 20 B</translation>
    </message>
    <message>
        <source>%1 trees × %2 nodes × 64 B</source>
        <translation>%1 Bäume × %2 Knoten × 64 B</translation>
    </message>
    <message>
        <source>%1 centres a copy of X (copy_X=True)</source>
        <translation>%1 zentriert eine Kopie von X (copy_X=True)</translation>
    </message>
    <message>
        <source>liblinear problem: %1 rows × %2 feature_node × 16 B</source>
        <translation>liblinear-Problem: %1 Zeilen × %2 feature_node × 16 B</translation>
    </message>
    <message>
        <source>least-squares solve</source>
        <translation>Kleinste-Quadrate-Lösung</translation>
    </message>
    <message>
        <source>lsqr vectors %1</source>
        <translation>lsqr-Vektoren %1</translation>
    </message>
    <message>
        <source>scipy.linalg.lstsq copies X to Fortran order for gelsd: %1</source>
        <translation>scipy.linalg.lstsq kopiert X für gelsd in Fortran-Reihenfolge: %1</translation>
    </message>
    <message>
        <source>ridge solve (%1)</source>
        <translation>Ridge-Lösung (%1)</translation>
    </message>
    <message>
        <source>SVD: Fortran copy of X + U, 2 × %1</source>
        <translation>SVD: Fortran-Kopie von X + U, 2 × %1</translation>
    </message>
    <message>
        <source>iterative solver vectors %1</source>
        <translation>Vektoren des iterativen Lösers %1</translation>
    </message>
    <message>
        <source>dual Cholesky kernel X Xᵀ: %1² × %2 B</source>
        <translation>duale Cholesky-Kernmatrix X Xᵀ: %1² × %2 B</translation>
    </message>
    <message>
        <source>Cholesky normal equations Xᵀ X: %1² × %2 B</source>
        <translation>Cholesky-Normalgleichungen Xᵀ X: %1² × %2 B</translation>
    </message>
    <message>
        <source>coordinate descent</source>
        <translation>Koordinatenabstieg</translation>
    </message>
    <message>
        <source>%1 converts CSR → CSC: %2 × (%3 + %4) B</source>
        <translation>%1 wandelt CSR → CSC um: %2 × (%3 + %4) B</translation>
    </message>
    <message>
        <source>%1 copies X to Fortran order (copy_X, fit_intercept)</source>
        <translation>%1 kopiert X in Fortran-Reihenfolge (copy_X, fit_intercept)</translation>
    </message>
    <message>
        <source>np.square(X) for the column norms: %1 × %2 B (transient)</source>
        <translation>np.square(X) für die Spaltennormen: %1 × %2 B (vorübergehend)</translation>
    </message>
    <message>
        <source>residual and y in X&apos;s dtype %1</source>
        <translation>Residuum und y im dtype von X %1</translation>
    </message>
    <message>
        <source>%1 + sample_weight and class weights 2 × %2 × 8 B</source>
        <translation>%1 + sample_weight und Klassengewichte 2 × %2 × 8 B</translation>
    </message>
    <message>
        <source>solver %1</source>
        <translation>Löser %1</translation>
    </message>
    <message>
        <source>TRON vectors (C, z, D, y) %1</source>
        <translation>TRON-Vektoren (C, z, D, y) %1</translation>
    </message>
    <message>
        <source>sample_weight, y, raw prediction, loss, gradient %1</source>
        <translation>sample_weight, y, Rohvorhersage, Verlust, Gradient %1</translation>
    </message>
    <message>
        <source>%1 × hessian-weighted copy hX = h[:, None] · X: %2</source>
        <translation>%1 × hessegewichtete Kopie hX = h[:, None] · X: %2</translation>
    </message>
    <message>
        <source>SAG gradient memory and squared row norms %1</source>
        <translation>SAG-Gradientenspeicher und quadrierte Zeilennormen %1</translation>
    </message>
    <message>
        <source>SGD epochs</source>
        <translation>SGD-Epochen</translation>
    </message>
    <message>
        <source>y as ±1, y in float64, sample_weight n × 8 B each, validation mask n × 1 B</source>
        <translation>y als ±1, y in float64, sample_weight je n × 8 B, Validierungsmaske n × 1 B</translation>
    </message>
    <message>
        <source>y, sample_weight n × 8 B each, validation mask n × 1 B</source>
        <translation>y, sample_weight je n × 8 B, Validierungsmaske n × 1 B</translation>
    </message>
    <message>
        <source>%1 + sample_weight</source>
        <translation>%1 + sample_weight</translation>
    </message>
    <message>
        <source>liblinear solve</source>
        <translation>liblinear-Lösung</translation>
    </message>
    <message>
        <source>dual coordinate descent (alpha, QD, index, y) %1</source>
        <translation>dualer Koordinatenabstieg (alpha, QD, index, y) %1</translation>
    </message>
    <message>
        <source>brute force keeps a reference to X (no index)</source>
        <translation>Brute Force hält nur einen Verweis auf X (kein Index)</translation>
    </message>
    <message>
        <source>%1 index: %2 indices × 8 B + %3 nodes × (32 B + 2 × %4 × 8 B bounds)</source>
        <translation>%1-Index: %2 Indizes × 8 B + %3 Knoten × (32 B + 2 × %4 × 8 B Grenzen)</translation>
    </message>
    <message>
        <source>%1 index: %2 indices × 8 B + %3 nodes × (32 B + %4 × 8 B bounds)</source>
        <translation>%1-Index: %2 Indizes × 8 B + %3 Knoten × (32 B + %4 × 8 B Grenzen)</translation>
    </message>
    <message>
        <source>the %1</source>
        <translation>der %1</translation>
    </message>
    <message>
        <source>%1 + encoded labels n × 8 B</source>
        <translation>%1 + kodierte Labels n × 8 B</translation>
    </message>
    <message>
        <source>index built, predicting</source>
        <translation>Index aufgebaut, Vorhersage</translation>
    </message>
    <message>
        <source>encoded labels %1 × 8 B</source>
        <translation>kodierte Labels %1 × 8 B</translation>
    </message>
    <message>
        <source>pairwise distance chunks (working_memory 1 GiB)</source>
        <translation>Blöcke paarweiser Distanzen (working_memory 1 GiB)</translation>
    </message>
    <message>
        <source>ArgKmin: squared norms of the fitted rows %1 × 8 B + distance blocks 1 MiB</source>
        <translation>ArgKmin: quadrierte Normen der angepassten Zeilen %1 × 8 B + Distanzblöcke 1 MiB</translation>
    </message>
    <message>
        <source>neighbourhoods</source>
        <translation>Nachbarschaften</translation>
    </message>
    <message>
        <source>the neighbour index</source>
        <translation>der Nachbarschaftsindex</translation>
    </message>
    <message>
        <source>%1 neighbourhoods × ~%2 neighbours × 8 B + 112 B array header each (eps %3, standardised features assumed)</source>
        <translation>%1 Nachbarschaften × ~%2 Nachbarn × 8 B + je 112 B Array-Kopf (eps %3, standardisierte Merkmale angenommen)</translation>
    </message>
    <message>
        <source>neighbour counts, labels (8 B each) and core mask (1 B)</source>
        <translation>Nachbarzahlen, Labels (je 8 B) und Kernmaske (1 B)</translation>
    </message>
    <message>
        <source>dbscan_inner expansion stack ~0.7 × the neighbour entries × 8 B</source>
        <translation>Expansionsstapel von dbscan_inner ~0,7 × die Nachbareinträge × 8 B</translation>
    </message>
    <message>
        <source>gamma=&apos;scale&apos; variance</source>
        <translation>Varianz für gamma=&apos;scale&apos;</translation>
    </message>
    <message>
        <source>X.var() for gamma=&apos;scale&apos;: temporary %1</source>
        <translation>X.var() für gamma=&apos;scale&apos;: vorübergehend %1</translation>
    </message>
    <message>
        <source>libsvm solve</source>
        <translation>libsvm-Lösung</translation>
    </message>
    <message>
        <source>kernel cache min(cache_size %1 MB, %2² × 4 B)</source>
        <translation>Kernel-Cache min(cache_size %1 MB, %2² × 4 B)</translation>
    </message>
    <message>
        <source>solver arrays %1 × 56 B + row nodes %2 × 16 B</source>
        <translation>Löser-Arrays %1 × 56 B + Zeilenknoten %2 × 16 B</translation>
    </message>
    <message>
        <source>libsvm sparse nodes (non-zeros + terminators) × 16 B</source>
        <translation>dünnbesetzte libsvm-Knoten (Nicht-Nullen + Endmarken) × 16 B</translation>
    </message>
    <message>
        <source>support vectors copied</source>
        <translation>Stützvektoren kopiert</translation>
    </message>
    <message>
        <source>support vectors (up to all %1 samples) × %2 × 8 B</source>
        <translation>Stützvektoren (bis zu allen %1 Samples) × %2 × 8 B</translation>
    </message>
    <message>
        <source>%1: np.var makes X − mean, %2 (transient)</source>
        <translation>%1: np.var bildet X − Mittelwert, %2 (vorübergehend)</translation>
    </message>
    <message>
        <source>tolerance (np.var)</source>
        <translation>Toleranz (np.var)</translation>
    </message>
    <message>
        <source>k-means++ and Lloyd iterations</source>
        <translation>k-means++ und Lloyd-Iterationen</translation>
    </message>
    <message>
        <source>k-means++ candidate distances, closest distances, squared norms, sample_weight %1</source>
        <translation>k-means++-Kandidatendistanzen, nächste Distanzen, quadrierte Normen, sample_weight %1</translation>
    </message>
    <message>
        <source>labels and previous labels %1 × 2 × 4 B</source>
        <translation>Labels und vorherige Labels %1 × 2 × 4 B</translation>
    </message>
    <message>
        <source>k-means++ sparse product: Xᵀ converted to CSR (a copy of X) + an index copy %1 × 4 B</source>
        <translation>dünnbesetztes Produkt von k-means++: Xᵀ in CSR umgewandelt (eine Kopie von X) + eine Indexkopie %1 × 4 B</translation>
    </message>
    <message>
        <source>Elkan bounds %1 × (%2 + 1) × %3 B</source>
        <translation>Elkan-Schranken %1 × (%2 + 1) × %3 B</translation>
    </message>
    <message>
        <source>%1 centroids × %2 features</source>
        <translation>%1 Zentroide × %2 Merkmale</translation>
    </message>
    <message>
        <source>mini-batch steps</source>
        <translation>Mini-Batch-Schritte</translation>
    </message>
    <message>
        <source>squared norms and sample_weight %1 + init subsample %2 rows</source>
        <translation>quadrierte Normen und sample_weight %1 + Init-Stichprobe %2 Zeilen</translation>
    </message>
    <message>
        <source>SVD (%1)</source>
        <translation>SVD (%1)</translation>
    </message>
    <message>
        <source>PCA centres a copy of X</source>
        <translation>PCA zentriert eine Kopie von X</translation>
    </message>
    <message>
        <source>PCA densifies X: %1</source>
        <translation>PCA verdichtet X: %1</translation>
    </message>
    <message>
        <source>scipy.linalg.svd copies X for gesdd: %1</source>
        <translation>scipy.linalg.svd kopiert X für gesdd: %1</translation>
    </message>
    <message>
        <source>U %1 × %2 × %3 B</source>
        <translation>U %1 × %2 × %3 B</translation>
    </message>
    <message>
        <source>ARPACK Lanczos vectors %1 × %2 × 8 B</source>
        <translation>ARPACK-Lanczos-Vektoren %1 × %2 × 8 B</translation>
    </message>
    <message>
        <source>randomized SVD: 4 × %1 × %2 × %3 B (range, LU, U)</source>
        <translation>randomisierte SVD: 4 × %1 × %2 × %3 B (Bild, LU, U)</translation>
    </message>
    <message>
        <source>%1 components × %2 × 8 B</source>
        <translation>%1 Komponenten × %2 × 8 B</translation>
    </message>
    <message>
        <source>randomized SVD</source>
        <translation>randomisierte SVD</translation>
    </message>
    <message>
        <source>ARPACK Lanczos vectors</source>
        <translation>ARPACK-Lanczos-Vektoren</translation>
    </message>
    <message>
        <source>explained variance</source>
        <translation>erklärte Varianz</translation>
    </message>
    <message>
        <source>U %1 × %2 and X_transformed %1 × %3</source>
        <translation>U %1 × %2 und X_transformed %1 × %3</translation>
    </message>
    <message>
        <source>%1 transformed copy (kept as the result)</source>
        <translation>%1 transformierte Kopie (als Ergebnis behalten)</translation>
    </message>
    <message>
        <source>fit: incremental mean and variance</source>
        <translation>Fit: inkrementeller Mittelwert und Varianz</translation>
    </message>
    <message>
        <source>np.isnan(X) mask %1 × %2 × 1 B</source>
        <translation>np.isnan(X)-Maske %1 × %2 × 1 B</translation>
    </message>
    <message>
        <source>X − mean in float64: %1 (transient)</source>
        <translation>X − Mittelwert in float64: %1 (vorübergehend)</translation>
    </message>
    <message>
        <source>fit: np.abs(X)</source>
        <translation>Fit: np.abs(X)</translation>
    </message>
    <message>
        <source>np.abs(X) temporary (transient)</source>
        <translation>np.abs(X)-Zwischenergebnis (vorübergehend)</translation>
    </message>
    <message>
        <source>transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>per-class statistics</source>
        <translation>Statistiken je Klasse</translation>
    </message>
    <message>
        <source>X[y == c] and its np.var temporary, 2 × half of %1 (2 balanced classes assumed)</source>
        <translation>X[y == c] und sein np.var-Zwischenergebnis, 2 × die Hälfte von %1 (2 ausgeglichene Klassen angenommen)</translation>
    </message>
    <message>
        <source>np.unique(y) for the classes</source>
        <translation>np.unique(y) für die Klassen</translation>
    </message>
    <message>
        <source>CUDA context + xgboost kernels (typical)</source>
        <translation>CUDA-Kontext + xgboost-Kernels (typisch)</translation>
    </message>
    <message>
        <source>ELLPACK page: %1 rows × %2 values × %3 bits</source>
        <translation>ELLPACK-Seite: %1 Zeilen × %2 Werte × %3 Bit</translation>
    </message>
    <message>
        <source>gradient pairs, predictions, labels, row partition: %1 × 28 B</source>
        <translation>Gradientenpaare, Vorhersagen, Labels, Zeilenpartition: %1 × 28 B</translation>
    </message>
    <message>
        <source>%1 node histograms × %2 bins × 16 B</source>
        <translation>%1 Knoten-Histogramme × %2 Bins × 16 B</translation>
    </message>
    <message>
        <source>booster trees (device copy)</source>
        <translation>Booster-Bäume (Kopie auf dem Gerät)</translation>
    </message>
    <message>
        <source>boosting (%1)</source>
        <translation>Boosting (%1)</translation>
    </message>
    <message>
        <source>DMatrix SparsePage: %1 values × 8 B (uint32 index + float) + row offsets</source>
        <translation>DMatrix SparsePage: %1 Werte × 8 B (uint32-Index + float) + Zeilenoffsets</translation>
    </message>
    <message>
        <source>sorted column-major copy for exact greedy splits: %1 × 8 B</source>
        <translation>spaltenweise sortierte Kopie für exakte gierige Splits: %1 × 8 B</translation>
    </message>
    <message>
        <source>bin index %1 × %2 B (%3 bins per feature) + row pointers + hit counts</source>
        <translation>Bin-Index %1 × %2 B (%3 Bins pro Merkmal) + Zeilenzeiger + Trefferzähler</translation>
    </message>
    <message>
        <source>QuantileDMatrix: %1</source>
        <translation>QuantileDMatrix: %1</translation>
    </message>
    <message>
        <source>column matrix: %1 × (%2 B bin + 1 B missing flag)</source>
        <translation>Spaltenmatrix: %1 × (%2 B Bin + 1 B Fehlwert-Flag)</translation>
    </message>
    <message>
        <source>column matrix: %1 × (%2 B bin + 1 B missing flag + 8 B row index)</source>
        <translation>Spaltenmatrix: %1 × (%2 B Bin + 1 B Fehlwert-Flag + 8 B Zeilenindex)</translation>
    </message>
    <message>
        <source>SortedCSCPage for the hessian-weighted sketch: %1 × 8 B</source>
        <translation>SortedCSCPage für die hessegewichtete Skizze: %1 × 8 B</translation>
    </message>
    <message>
        <source>gradient index: %1</source>
        <translation>Gradientenindex: %1</translation>
    </message>
    <message>
        <source>2 × gradient index: %1 (old and regenerated)</source>
        <translation>2 × Gradientenindex: %1 (alt und neu erzeugt)</translation>
    </message>
    <message>
        <source>sampled gradient copy and hessians %1 × 12 B</source>
        <translation>Kopie der gesampelten Gradienten und Hessewerte %1 × 12 B</translation>
    </message>
    <message>
        <source>%1 node histograms (+ %2 thread buffers) × %3 bins × 16 B</source>
        <translation>%1 Knoten-Histogramme (+ %2 Thread-Puffer) × %3 Bins × 16 B</translation>
    </message>
    <message>
        <source>gradient pairs, prediction cache, labels, row partition: %1 × 40 B</source>
        <translation>Gradientenpaare, Vorhersage-Cache, Labels, Zeilenpartition: %1 × 40 B</translation>
    </message>
    <message>
        <source>%1 trees × %2 nodes × 36 B</source>
        <translation>%1 Bäume × %2 Knoten × 36 B</translation>
    </message>
    <message>
        <source>QuantileDMatrix sketch</source>
        <translation>QuantileDMatrix-Skizze</translation>
    </message>
    <message>
        <source>quantile sketches %1 features × %2 written (limit %3 entries, %4 level(s))</source>
        <translation>Quantil-Skizzen %1 Merkmale × %2 geschrieben (Grenze %3 Einträge, %4 Ebene(n))</translation>
    </message>
    <message>
        <source>freed heap-allocated sketches kept resident by malloc: %1 × %2</source>
        <translation>freigegebene Skizzen auf dem Heap, von malloc resident gehalten: %1 × %2</translation>
    </message>
    <message>
        <source>label check</source>
        <translation>Label-Prüfung</translation>
    </message>
    <message>
        <source>np.unique(y) for classes_: copy + sort, 2 × %1 × 8 B</source>
        <translation>np.unique(y) für classes_: Kopie + Sortierung, 2 × %1 × 8 B</translation>
    </message>
    <message>
        <source>host side</source>
        <translation>Rechnerseite</translation>
    </message>
    <message>
        <source>labels and predictions copied back %1 × 12 B</source>
        <translation>zurückkopierte Labels und Vorhersagen %1 × 12 B</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 Merkmale</translation>
    </message>
    <message>
        <source>%1 steps × %2 features</source>
        <translation>%1 Schritte × %2 Merkmale</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Token</translation>
    </message>
    <message>
        <source>%1 rows × %2 non-zeros × (%3 B %4 + %5 B index) + row pointers (CSR, density %6)</source>
        <translation>%1 Zeilen × %2 Nicht-Nullen × (%3 B %4 + %5 B Index) + Zeilenzeiger (CSR, Dichte %6)</translation>
    </message>
    <message>
        <source>memory-mapped: pages of %1 batch(es) of %2 samples × %3 resident (file %4)</source>
        <translation>speichergemappt: Seiten von %1 Batch(es) zu %2 Samples × %3 resident (Datei %4)</translation>
    </message>
    <message>
        <source>memory-mapped, every page touched by the fit: %1</source>
        <translation>speichergemappt, jede Seite vom Fit berührt: %1</translation>
    </message>
    <message>
        <source>%1 extra copy of %2 (one batch)</source>
        <translation>%1 zusätzliche Kopie von %2 (ein Batch)</translation>
    </message>
    <message>
        <source>%1 extra copy of %2 (the input data)</source>
        <translation>%1 zusätzliche Kopie von %2 (die Eingabedaten)</translation>
    </message>
    <message>
        <source>%1 extra copies of %2 (one batch)</source>
        <translation>%1 zusätzliche Kopien von %2 (ein Batch)</translation>
    </message>
    <message>
        <source>%1 extra copies of %2 (the input data)</source>
        <translation>%1 zusätzliche Kopien von %2 (die Eingabedaten)</translation>
    </message>
    <message>
        <source>%1 samples × %2</source>
        <translation>%1 Samples × %2</translation>
    </message>
    <message>
        <source>%1 samples × %2 + targets</source>
        <translation>%1 Samples × %2 + Zielwerte</translation>
    </message>
    <message>
        <source>1 batch being used: %1</source>
        <translation>1 Batch in Verwendung: %1</translation>
    </message>
    <message>
        <source>1 batch being used: %1, plus its pinned-memory copy</source>
        <translation>1 Batch in Verwendung: %1, dazu seine Kopie im gepinnten Speicher</translation>
    </message>
    <message>
        <source>%1 batches (%2 workers × %3 prefetched + 1 in use) × %4</source>
        <translation>%1 Batches (%2 Worker × %3 vorgeladen + 1 in Verwendung) × %4</translation>
    </message>
    <message>
        <source>%1 batches (%2 workers × %3 prefetched + 1 in use + 1 pinned copy) × %4</source>
        <translation>%1 Batches (%2 Worker × %3 vorgeladen + 1 in Verwendung + 1 gepinnte Kopie) × %4</translation>
    </message>
    <message>
        <source>cross-validation is modelled for scikit-learn, XGBoost and LightGBM estimators, not %1</source>
        <translation>Kreuzvalidierung wird für Schätzer von scikit-learn, XGBoost und LightGBM modelliert, nicht für %1</translation>
    </message>
    <message>
        <source>must be -1 (every fit at once) or at least 1, got %1</source>
        <translation>muss -1 (alle Fits auf einmal) oder mindestens 1 sein, erhalten: %1</translation>
    </message>
    <message>
        <source>%1 folds × %2 candidates, one fit at a time: each fit&apos;s X[train] and X[test] are a copy of the data and targets, %3</source>
        <translation>%1 Folds × %2 Kandidaten, ein Fit nach dem anderen: X[train] und X[test] jedes Fits sind eine Kopie der Daten und Zielwerte, %3</translation>
    </message>
    <message>
        <source>%1 fits at once (n_jobs; %2 folds × %3 candidates), each in its own worker process: %1 × (runtime with joblib&apos;s worker machinery %4 + its X[train] and X[test] copy %5) + %6 more × the fit&apos;s working memory %7 (one is counted above)</source>
        <translation>%1 Fits gleichzeitig (n_jobs; %2 Folds × %3 Kandidaten), jeder in einem eigenen Worker-Prozess: %1 × (Laufzeit mit der Worker-Maschinerie von joblib %4 + seine Kopie X[train] und X[test] %5) + %6 weitere × Arbeitsspeicher des Fits %7 (einer ist oben gezählt)</translation>
    </message>
    <message>
        <source>loky&apos;s and multiprocessing&apos;s resource-tracker processes, %1 (measured)</source>
        <translation>Resource-Tracker-Prozesse von loky und multiprocessing, %1 (gemessen)</translation>
    </message>
    <message>
        <source>the data and targets memory-mapped for the workers in /dev/shm (joblib, arrays over 1 MB), %1</source>
        <translation>Daten und Zielwerte für die Worker in /dev/shm eingeblendet (joblib, Arrays über 1 MB), %1</translation>
    </message>
    <message>
        <source>pandas.read_csv of a %1 file: the parsed values, %2 rows × %3 columns × 8 B = %4, held twice while its chunks are joined (tracemalloc peak 2.00 × on pandas 1.5.3) and up to once more in the tokenizer&apos;s buffers and freed chunks malloc keeps (measured 0.15–0.9 ×): %5 before the fit; the fit&apos;s own memory is %6</source>
        <translation>pandas.read_csv einer Datei von %1: die gelesenen Werte, %2 Zeilen × %3 Spalten × 8 B = %4, doppelt gehalten, während ihre Blöcke zusammengefügt werden (tracemalloc-Spitze 2,00 × mit pandas 1.5.3), und bis zu einmal mehr in den Puffern des Tokenizers und freigegebenen Blöcken, die malloc behält (gemessen 0,15–0,9 ×): %5 vor dem Fit; der Fit selbst braucht %6</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 processes (API server, engine) × ~1 GB CUDA build of PyTorch; safetensors are memory-mapped (page cache, not counted)</source>
        <translation>%1 Prozesse (API-Server, Engine) × ~1 GB CUDA-Build von PyTorch; safetensors-Dateien sind speichereingeblendet (Seitencache, nicht gezählt)</translation>
    </message>
    <message>
        <source>%1 processes (API server, engine, tensor-parallel workers) × ~1 GB CUDA build of PyTorch; safetensors are memory-mapped (page cache, not counted)</source>
        <translation>%1 Prozesse (API-Server, Engine, Tensor-Parallel-Worker) × ~1 GB CUDA-Build von PyTorch; safetensors-Dateien sind speichereingeblendet (Seitencache, nicht gezählt)</translation>
    </message>
    <message>
        <source>non-torch memory (CUDA context, cuBLAS): 1.79 GiB measured by vLLM on an H100</source>
        <translation>Speicher außerhalb von torch (CUDA-Kontext, cuBLAS): 1,79 GiB, von vLLM auf einer H100 gemessen</translation>
    </message>
    <message>
        <source>non-torch memory (CUDA context, cuBLAS, NCCL): 1.79 GiB measured by vLLM on an H100, doubled with tensor parallel (3.58 GiB measured)</source>
        <translation>Speicher außerhalb von torch (CUDA-Kontext, cuBLAS, NCCL): 1,79 GiB, von vLLM auf einer H100 gemessen, bei Tensor-Parallelität verdoppelt (3,58 GiB gemessen)</translation>
    </message>
    <message>
        <source>start-up profile: forward pass of %1 batched tokens (%2 live) + sampling %3 sequences × %4 vocabulary × 14 B (16-bit logits, fp32 logits, probabilities, log-probabilities)</source>
        <translation>Start-Profilierung: Vorwärtsdurchlauf über %1 gebündelte Token (%2 gleichzeitig lebend) + Sampling von %3 Sequenzen × %4 Vokabular × 14 B (16-Bit-Logits, fp32-Logits, Wahrscheinlichkeiten, Log-Wahrscheinlichkeiten)</translation>
    </message>
    <message>
        <source>%1 CUDA graphs (decode batches up to %2) × ~6 MiB + the decode live set at %2 sequences</source>
        <translation>%1 CUDA-Graphen (Decode-Batches bis %2) × ~6 MiB + die im Decode gleichzeitig lebende Menge bei %2 Sequenzen</translation>
    </message>
    <message>
        <source>%1 sequences × %2 blocks of %3 tokens (%4-token context) × %5 per block; per sequence %6; %7 fills the rest of its share with free blocks</source>
        <translation>%1 Sequenzen × %2 Blöcke zu %3 Token (Kontext von %4 Token) × %5 je Block; je Sequenz %6; %7 füllt den Rest seines Anteils mit freien Blöcken</translation>
    </message>
    <message>
        <source>%1 sequences × %2 blocks of %3 tokens (%4-token context) × %5 per block; per sequence %6; cached prefixes reuse these blocks; %7 fills the rest of its share with free blocks</source>
        <translation>%1 Sequenzen × %2 Blöcke zu %3 Token (Kontext von %4 Token) × %5 je Block; je Sequenz %6; zwischengespeicherte Präfixe nutzen diese Blöcke wieder; %7 füllt den Rest seines Anteils mit freien Blöcken</translation>
    </message>
    <message>
        <source>memory-mapped from the model file (page cache: shared, reclaimable, not private)</source>
        <translation>aus der Modelldatei speichereingeblendet (Seitencache: geteilt, freigebbar, nicht privat)</translation>
    </message>
    <message>
        <source>read into private memory (use_mmap off)</source>
        <translation>in privaten Speicher gelesen (use_mmap aus)</translation>
    </message>
    <message>
        <source>llama.cpp with the CUDA runtime and cuBLAS loaded (~0.3 GB, estimate)</source>
        <translation>llama.cpp mit geladener CUDA-Laufzeit und cuBLAS (~0,3 GB, Schätzung)</translation>
    </message>
    <message>
        <source>llama.cpp process (~50 MB, estimate)</source>
        <translation>llama.cpp-Prozess (~50 MB, Schätzung)</translation>
    </message>
    <message>
        <source>token embedding on the CPU, %1</source>
        <translation>Token-Embedding auf der CPU, %1</translation>
    </message>
    <message>
        <source>token embedding + output layer on the CPU, %1</source>
        <translation>Token-Embedding + Ausgabeschicht auf der CPU, %1</translation>
    </message>
    <message>
        <source>token embedding + %1 layers × %2 on the CPU, %3</source>
        <translation>Token-Embedding + %1 Schichten × %2 auf der CPU, %3</translation>
    </message>
    <message>
        <source>token embedding + %1 layers × %2 + output layer on the CPU, %3</source>
        <translation>Token-Embedding + %1 Schichten × %2 + Ausgabeschicht auf der CPU, %3</translation>
    </message>
    <message>
        <source>%1 CPU layers × (%2) ÷ %3 layers</source>
        <translation>%1 CPU-Schichten × (%2) ÷ %3 Schichten</translation>
    </message>
    <message>
        <source>%1 GPU layers × (%2) ÷ %3 layers</source>
        <translation>%1 GPU-Schichten × (%2) ÷ %3 Schichten</translation>
    </message>
    <message>
        <source>CPU compute buffer: max(attention %1, output %2) for n_ubatch %3 and n_ctx %4</source>
        <translation>CPU-Rechenpuffer: max(Attention %1, Ausgabe %2) für n_ubatch %3 und n_ctx %4</translation>
    </message>
    <message>
        <source>CPU compute buffer: max(attention %1, output %2) for n_ubatch %3 and n_ctx %4, flash attention</source>
        <translation>CPU-Rechenpuffer: max(Attention %1, Ausgabe %2) für n_ubatch %3 und n_ctx %4, Flash Attention</translation>
    </message>
    <message>
        <source>host compute buffer: input embeddings (n_ubatch × hidden × 4 B) + KQ mask (n_ctx × n_ubatch × %1 B)</source>
        <translation>Host-Rechenpuffer: Eingabe-Embeddings (n_ubatch × hidden × 4 B) + KQ-Maske (n_ctx × n_ubatch × %1 B)</translation>
    </message>
    <message>
        <source>output buffer: %1 sequences&apos; logits × %2 × 4 B</source>
        <translation>Ausgabepuffer: Logits von %1 Sequenzen × %2 × 4 B</translation>
    </message>
    <message>
        <source>CUDA context, cuBLAS and the ggml CUDA pool (~0.3 GB, estimate)</source>
        <translation>CUDA-Kontext, cuBLAS und der CUDA-Pool von ggml (~0,3 GB, Schätzung)</translation>
    </message>
    <message>
        <source>%1 of %2 layers × %3 (n_gpu_layers %4); %5</source>
        <translation>%1 von %2 Schichten × %3 (n_gpu_layers %4); %5</translation>
    </message>
    <message>
        <source>%1 of %2 layers × %3 + output layer (n_gpu_layers %4); %5</source>
        <translation>%1 von %2 Schichten × %3 + Ausgabeschicht (n_gpu_layers %4); %5</translation>
    </message>
    <message>
        <source>GPU compute buffer: max(attention %1) for n_ubatch %2 and n_ctx %3, KQ scores heads × n_ubatch × n_ctx × 4 B + KQ mask n_ctx × n_ubatch × 4 B</source>
        <translation>GPU-Rechenpuffer: max(Attention %1) für n_ubatch %2 und n_ctx %3, KQ-Scores Heads × n_ubatch × n_ctx × 4 B + KQ-Maske n_ctx × n_ubatch × 4 B</translation>
    </message>
    <message>
        <source>GPU compute buffer: max(attention %1) for n_ubatch %2 and n_ctx %3, flash attention (no KQ scores), KQ mask n_ctx × n_ubatch × 2 B</source>
        <translation>GPU-Rechenpuffer: max(Attention %1) für n_ubatch %2 und n_ctx %3, Flash Attention (keine KQ-Scores), KQ-Maske n_ctx × n_ubatch × 2 B</translation>
    </message>
    <message>
        <source>GPU compute buffer: max(attention %1, output %2) for n_ubatch %3 and n_ctx %4, KQ scores heads × n_ubatch × n_ctx × 4 B + KQ mask n_ctx × n_ubatch × 4 B</source>
        <translation>GPU-Rechenpuffer: max(Attention %1, Ausgabe %2) für n_ubatch %3 und n_ctx %4, KQ-Scores Heads × n_ubatch × n_ctx × 4 B + KQ-Maske n_ctx × n_ubatch × 4 B</translation>
    </message>
    <message>
        <source>GPU compute buffer: max(attention %1, output %2) for n_ubatch %3 and n_ctx %4, flash attention (no KQ scores), KQ mask n_ctx × n_ubatch × 2 B</source>
        <translation>GPU-Rechenpuffer: max(Attention %1, Ausgabe %2) für n_ubatch %3 und n_ctx %4, Flash Attention (keine KQ-Scores), KQ-Maske n_ctx × n_ubatch × 2 B</translation>
    </message>
    <message>
        <source>%1; yet every gradient exists through the step: before PyTorch 2.0 zero_grad() fills them with zeros instead of freeing them</source>
        <translation>%1; doch jeder Gradient besteht während des ganzen Schritts: vor PyTorch 2.0 füllt zero_grad() sie mit Nullen, statt sie freizugeben</translation>
    </message>
    <message>
        <source>the optimizer step&apos;s temporaries, larger than the activations at the backward peak with the autocast weight copies: %1, less those copies (counted above and freed before the step)</source>
        <translation>die temporären Tensoren des Optimiererschritts, größer als die Aktivierungen an der Rückwärtsspitze samt den Autocast-Gewichtskopien: %1, abzüglich dieser Kopien (oben gezählt und vor dem Schritt freigegeben)</translation>
    </message>
    <message>
        <source>caching allocator: split-off segment tails of %1 tensors ≥ 10 MiB (%2) + holes that %3 tensors of 1–10 MiB leave in the 20 MiB segments they share (%4) + half-used last 20 MiB / 2 MiB segments (%5) + the largest temporary freed before the peak, not reusable by it (%6)</source>
        <translation>Caching-Allocator: abgetrennte Segmentreste von %1 Tensoren ≥ 10 MiB (%2) + Lücken, die %3 Tensoren von 1–10 MiB in ihren gemeinsamen 20-MiB-Segmenten lassen (%4) + halb genutzte letzte 20-MiB-/2-MiB-Segmente (%5) + das größte vor der Spitze freigegebene Zwischenergebnis, von ihr nicht wiederverwendbar (%6)</translation>
    </message>
    <message>
        <source>the engine&apos;s running batch</source>
        <translation>den laufenden Batch der Engine</translation>
    </message>
    <message>
        <source>only with task train</source>
        <translation>nur mit task train</translation>
    </message>
    <message>
        <source>in_backward steps and frees each gradient as backward makes it, so nothing accumulates: gradient_accumulation must be 1, got %1</source>
        <translation>in_backward führt den Schritt für jeden Gradienten aus und gibt ihn frei, sobald der Backward-Pass ihn erzeugt, also wird nichts akkumuliert: gradient_accumulation muss 1 sein, erhalten %1</translation>
    </message>
    <message>
        <source>in_backward is PyTorch&apos;s per-parameter hook; %1 steps its own optimizer after backward</source>
        <translation>in_backward ist der Hook von PyTorch pro Parameter; %1 führt seinen eigenen Optimiererschritt nach dem Backward-Pass aus</translation>
    </message>
    <message>
        <source>foreach step: one temporary of %1 values × %2 B (sqrt of the second moments)</source>
        <translation>foreach-Schritt: ein Zwischenspeicher aus %1 Werten × %2 B (Wurzel der zweiten Momente)</translation>
    </message>
    <message>
        <source>fused step (fused=True): one kernel per group, no temporaries</source>
        <translation>fusionierter Schritt (fused=True): ein Kernel pro Gruppe, keine Zwischenspeicher</translation>
    </message>
    <message>
        <source>step in backward: each parameter stepped by a fused kernel as its gradient is made, no temporaries</source>
        <translation>Schritt im Backward-Pass: jeder Parameter wird von einem fusionierten Kernel aktualisiert, sobald sein Gradient entsteht, keine Zwischenspeicher</translation>
    </message>
    <message>
        <source>one gradient at a time, the largest parameter&apos;s (%1 values × %2 B): the optimizer steps each in backward and frees it</source>
        <translation>ein Gradient zur Zeit, der des größten Parameters (%1 Werte × %2 B): der Optimierer aktualisiert jeden im Backward-Pass und gibt ihn frei</translation>
    </message>
    <message>
        <source>%1, output and loss in %2 chunks</source>
        <translation>%1, Ausgabe und Loss in %2 Blöcken</translation>
    </message>
    <message>
        <source>%1, output and loss in %2 compiled chunks</source>
        <translation>%1, Ausgabe und Loss in %2 kompilierten Blöcken</translation>
    </message>
    <message>
        <source>saved activations in pinned host RAM (activation offloading): %1 per process × %2</source>
        <translation>gespeicherte Aktivierungen im gepinnten Host-RAM (Auslagern der Aktivierungen): %1 pro Prozess × %2</translation>
    </message>
    <message>
        <source>selective_op is PyTorch&apos;s op-level policy (torchtitan); Megatron recomputes by its own rules (selective or full)</source>
        <translation>selective_op ist die Richtlinie von PyTorch auf Operationsebene (torchtitan); Megatron berechnet nach eigenen Regeln neu (selective oder full)</translation>
    </message>
    <message>
        <source>%1 samples × %2 saved activations per sample (%3), op-level selective checkpointing (every other matmul and the attention kept), at the backward peak (with gradient temporaries; gradients not yet made excluded)</source>
        <translation>%1 Samples × %2 gespeicherte Aktivierungen pro Sample (%3), selektives Checkpointing auf Operationsebene (jede zweite Matrixmultiplikation und die Attention behalten), an der Backward-Spitze (mit Gradienten-Zwischenwerten; noch nicht erzeugte Gradienten ausgenommen)</translation>
    </message>
    <message>
        <source>glibc heap retention: the %1 of 128 KiB–32 MiB blocks a batch holds, once more (each batch asks for the same sizes, and a freed block cannot hold a same-size request aligned to 64 bytes) + half of %2 of temporaries</source>
        <translation>glibc-Heap-Rückhalt: die %1 an Blöcken zu 128 KiB–32 MiB, die ein Batch hält, ein weiteres Mal (jeder Batch fordert dieselben Größen an, und ein freigegebener Block fasst keine gleich große, auf 64 Byte ausgerichtete Anforderung) + die Hälfte von %2 an Zwischentensoren</translation>
    </message>
    <message>
        <source>per-parameter step: %1 values at most, the square root and the quotient of one parameter&apos;s denominator with the previous parameter&apos;s denominator, still bound</source>
        <translation>Schritt je Parameter: höchstens %1 Werte, Wurzel und Quotient des Nenners eines Parameters mit dem noch gebundenen Nenner des vorigen Parameters</translation>
    </message>
    <message>
        <source>%1; activation offloading moves %2 of them to host RAM; the device keeps the loss layer&apos;s until its backward, then those of the two layers in transfer</source>
        <translation>%1; das Auslagern der Aktivierungen verschiebt %2 davon in den Host-RAM; das Gerät behält die der Loss-Schicht bis zu deren Backward, danach die der zwei gerade übertragenen Schichten</translation>
    </message>
    <message>
        <source>must be &quot;attention&quot;, &quot;all_linear&quot; or a list of layer names (%1), got %2</source>
        <translation>muss &quot;attention&quot;, &quot;all_linear&quot; oder eine Liste von Schichtnamen (%1) sein, ist aber %2</translation>
    </message>
    <message>
        <source>names no layer; list at least one of %1</source>
        <translation>nennt keine Schicht; geben Sie mindestens eine von %1 an</translation>
    </message>
    <message>
        <source>a sum of the outputs has no cross-entropy to chunk: loss_chunks must be 1, got %1</source>
        <translation>eine Summe der Ausgaben hat keine Kreuzentropie, die sich in Blöcke teilen ließe: loss_chunks muss 1 sein, ist aber %1</translation>
    </message>
    <message>
        <source>the LoRA targets (%1) name no linear layer of this model, so nothing is trained; choose q, k, v, o, up or down</source>
        <translation>die LoRA-Ziele (%1) nennen keine lineare Schicht dieses Modells, daher wird nichts trainiert; wählen Sie q, k, v, o, up oder down</translation>
    </message>
    <message>
        <source>%1, loss = the outputs&apos; sum (no cross-entropy: the output and one gradient of its size)</source>
        <translation>%1, Loss = Summe der Ausgaben (keine Kreuzentropie: die Ausgabe und ein Gradient ihrer Größe)</translation>
    </message>
    <message>
        <source>%1; larger still at the forward&apos;s end, where the previous step&apos;s outputs (%2: its logits and KV cache) are alive too, since a loop `outputs = model(x)` holds them until the call returns</source>
        <translation>%1; noch größer am Ende des Vorwärtsdurchlaufs, wo auch die Ausgaben des vorigen Schritts (%2: seine Logits und sein KV-Cache) leben, denn eine Schleife `outputs = model(x)` hält sie, bis der Aufruf zurückkehrt</translation>
    </message>
    <message>
        <source>%1, twice: the backward runs on the autograd engine&apos;s device thread, whose cuBLAS handle has its own workspace</source>
        <translation>%1, zweimal: der Rückwärtsdurchlauf läuft im Gerätethread der Autograd-Engine, dessen cuBLAS-Handle einen eigenen Arbeitsbereich hat</translation>
    </message>
    <message>
        <source>glibc heap retention: %1 of the %2 of 128 KiB–32 MiB blocks freed each step (saved activations, gradients, each layer&apos;s backward gradients) that no hole of the step before fits: a 64-byte-aligned request needs 96 bytes more than a freed block of its size, so a hole takes only smaller tensors</source>
        <translation>glibc-Heap-Rückhalt: %1 der %2 an Blöcken zu 128 KiB–32 MiB, die jeder Schritt freigibt (gespeicherte Aktivierungen, Gradienten, die Backward-Gradienten jeder Schicht), für die keine Lücke des vorigen Schritts passt: eine auf 64 Byte ausgerichtete Anforderung braucht 96 Byte mehr, als ein freigegebener Block ihrer Größe fasst, daher nimmt eine Lücke nur kleinere Tensoren auf</translation>
    </message>
    <message>
        <source>glibc heap retention: %1 of the %2 of 128 KiB–32 MiB blocks freed each step (saved activations, gradients, each layer&apos;s backward gradients) that no hole of the step before fits: a 64-byte-aligned request needs 96 bytes more than a freed block of its size, so a hole takes only smaller tensors; + %3 rebuilt by checkpointing (%4 blocks)</source>
        <translation>glibc-Heap-Rückhalt: %1 der %2 an Blöcken zu 128 KiB–32 MiB, die jeder Schritt freigibt (gespeicherte Aktivierungen, Gradienten, die Backward-Gradienten jeder Schicht), für die keine Lücke des vorigen Schritts passt: eine auf 64 Byte ausgerichtete Anforderung braucht 96 Byte mehr, als ein freigegebener Block ihrer Größe fasst, daher nimmt eine Lücke nur kleinere Tensoren auf; + %3 durch Checkpointing neu aufgebaut (%4 Blöcke)</translation>
    </message>
</context>
<context>
    <name>headroom::ModelKey</name>
    <message>
        <source>Learned</source>
        <translation>Gelernt</translation>
    </message>
    <message>
        <source>Rotary</source>
        <translation>Rotary</translation>
    </message>
    <message>
        <source>Eager (scores materialised)</source>
        <translation>Eager (Scores materialisiert)</translation>
    </message>
    <message>
        <source>Flash (scores not materialised)</source>
        <translation>Flash (Scores nicht materialisiert)</translation>
    </message>
    <message>
        <source>&amp;Layers:</source>
        <translation>&amp;Schichten:</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <source>&amp;Hidden size:</source>
        <translation>&amp;Verborgene Größe:</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>&amp;Attention heads:</source>
        <translation>&amp;Attention-Heads:</translation>
    </message>
    <message>
        <source>heads</source>
        <translation>Heads</translation>
    </message>
    <message>
        <source>&amp;Key/value heads:</source>
        <translation>&amp;Key/Value-Heads:</translation>
    </message>
    <message>
        <source>Head &amp;dimension:</source>
        <translation>Kopf&amp;dimension:</translation>
    </message>
    <message>
        <source>per head</source>
        <translation>pro Kopf</translation>
    </message>
    <message>
        <source>&amp;Feed-forward size:</source>
        <translation>&amp;Feed-Forward-Größe:</translation>
    </message>
    <message>
        <source>&amp;Vocabulary:</source>
        <translation>V&amp;okabular:</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>&amp;Sequence length:</source>
        <translation>&amp;Sequenzlänge:</translation>
    </message>
    <message>
        <source>&amp;Causal (decoder):</source>
        <translation>&amp;Kausal (Decoder):</translation>
    </message>
    <message>
        <source>&amp;Normalisation:</source>
        <translation>&amp;Normalisierung:</translation>
    </message>
    <message>
        <source>Feed-forward &amp;type:</source>
        <translation>Feed-Forward-&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Positions:</source>
        <translation>&amp;Positionen:</translation>
    </message>
    <message>
        <source>&amp;Tied embeddings:</source>
        <translation>&amp;Gekoppelte Embeddings:</translation>
    </message>
    <message>
        <source>Atte&amp;ntion:</source>
        <translation>Atte&amp;ntion:</translation>
    </message>
    <message>
        <source>&amp;Dropout:</source>
        <translation>&amp;Dropout:</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Q/K/V &amp;biases:</source>
        <translation>Q/K/V-&amp;Biases:</translation>
    </message>
    <message>
        <source>&amp;QK-norm:</source>
        <translation>&amp;QK-Norm:</translation>
    </message>
    <message>
        <source>&amp;Experts:</source>
        <translation>&amp;Experten:</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>Experten</translation>
    </message>
    <message>
        <source>Experts per &amp;token:</source>
        <translation>Experten pro &amp;Token:</translation>
    </message>
    <message>
        <source>E&amp;xpert feed-forward size:</source>
        <translation>Feed-Forward-Größe pro E&amp;xperte:</translation>
    </message>
    <message>
        <source>Shared e&amp;xperts:</source>
        <translation>Gemeinsame E&amp;xperten:</translation>
    </message>
    <message>
        <source>Shared expert feed-forward size:</source>
        <translation>Feed-Forward-Größe gemeinsamer Experten:</translation>
    </message>
    <message>
        <source>First dense layers:</source>
        <translation>Erste dichte Schichten:</translation>
    </message>
    <message>
        <source>Expert biases:</source>
        <translation>Experten-Biases:</translation>
    </message>
    <message>
        <source>Query rank:</source>
        <translation>Query-Rang:</translation>
    </message>
    <message>
        <source>0 = no compression</source>
        <translation>0 = keine Kompression</translation>
    </message>
    <message>
        <source>Key/value latent rank:</source>
        <translation>Rang des Key/Value-Latents:</translation>
    </message>
    <message>
        <source>Rotary head dimension:</source>
        <translation>Rotary-Kopfdimension:</translation>
    </message>
    <message>
        <source>Non-rotary head dimension:</source>
        <translation>Nicht-Rotary-Kopfdimension:</translation>
    </message>
    <message>
        <source>Value head dimension:</source>
        <translation>Value-Kopfdimension:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenster:</translation>
    </message>
    <message>
        <source>Every Nth layer global:</source>
        <translation>Jede N-te Schicht global:</translation>
    </message>
    <message>
        <source>0 = all local</source>
        <translation>0 = alle lokal</translation>
    </message>
    <message>
        <source>Mixture of experts</source>
        <translation>Mixture of Experts</translation>
    </message>
    <message>
        <source>Latent attention (MLA)</source>
        <translation>Latent Attention (MLA)</translation>
    </message>
    <message>
        <source>Sliding-window attention</source>
        <translation>Sliding-Window-Attention</translation>
    </message>
    <message>
        <source>Transformer</source>
        <translation>Transformer</translation>
    </message>
    <message>
        <source>SDPA (flash or memory-efficient kernel)</source>
        <translation>SDPA (Flash- oder speichereffizienter Kernel)</translation>
    </message>
    <message>
        <source>SDPA memory-efficient kernel</source>
        <translation>SDPA, speichereffizienter Kernel</translation>
    </message>
    <message>
        <source>SDPA (default)</source>
        <translation>SDPA (Standard)</translation>
    </message>
</context>
<context>
    <name>headroom::ui::AboutDialog</name>
    <message numerus="yes">
        <source>&lt;p&gt;Measured accuracy of this version: host RAM within a median %1 (worst %2) of %n measured CPU run(s); memory per GPU within a median %3 (90th percentile %4, worst %5) of %6 published GPU runs.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Gemessene Genauigkeit dieser Version: Arbeitsspeicher im Median auf %1 genau (schlechtester Fall %2) bei %n gemessenen CPU-Lauf; Speicher je GPU im Median auf %3 genau (90. Perzentil %4, schlechtester Fall %5) bei %6 veröffentlichten GPU-Läufen.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Gemessene Genauigkeit dieser Version: Arbeitsspeicher im Median auf %1 genau (schlechtester Fall %2) bei %n gemessenen CPU-Läufen; Speicher je GPU im Median auf %3 genau (90. Perzentil %4, schlechtester Fall %5) bei %6 veröffentlichten GPU-Läufen.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>About Headroom</source>
        <translation>Über Headroom</translation>
    </message>
    <message>
        <source>&lt;p&gt;How much memory does a machine-learning job need, why, and which machine should you buy? Headroom estimates host RAM and memory per GPU component by component, compares candidate machines and writes a report for procurement.&lt;/p&gt;&lt;p&gt;Built with Qt %1 and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wie viel Speicher braucht ein Machine-Learning-Job, warum, und welche Maschine sollten Sie kaufen? Headroom schätzt Arbeitsspeicher und Speicher je GPU Komponente für Komponente, vergleicht Kandidaten und schreibt einen Bericht für den Einkauf.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %1 und QCustomPlot.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>headroom::ui::AdvisorPanel</name>
    <message>
        <source>Host RAM saved: %1</source>
        <translation>Eingesparter Host-RAM: %1</translation>
    </message>
    <message>
        <source>Host RAM: %1 more needed</source>
        <translation>Host-RAM: %1 mehr benötigt</translation>
    </message>
    <message>
        <source>Host RAM saved: none</source>
        <translation>Eingesparter Host-RAM: keiner</translation>
    </message>
    <message>
        <source>per device saved: %1</source>
        <translation>pro Gerät eingespart: %1</translation>
    </message>
    <message>
        <source>per device: %1 more needed</source>
        <translation>pro Gerät: %1 mehr benötigt</translation>
    </message>
    <message>
        <source>per device saved: none</source>
        <translation>pro Gerät eingespart: nichts</translation>
    </message>
    <message>
        <source>No suggestions: the scenario cannot be estimated.</source>
        <translation>Keine Vorschläge: Das Szenario kann nicht geschätzt werden.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>No change the advisor knows would lower this scenario&apos;s memory.</source>
        <translation>Dem Berater ist keine Änderung bekannt, die den Speicherbedarf dieses Szenarios senken würde.</translation>
    </message>
    <message numerus="yes">
        <source>Ways to need less memory (%n in all), those that make more candidates fit first. Each saving is the difference between two estimates.</source>
        <translation>
            <numerusform>Wege zu weniger Speicherbedarf (%n insgesamt), zuerst diejenigen, mit denen mehr Kandidaten passen. Jede Einsparung ist die Differenz zwischen zwei Schätzungen.</numerusform>
            <numerusform>Wege zu weniger Speicherbedarf (%n insgesamt), zuerst diejenigen, mit denen mehr Kandidaten passen. Jede Einsparung ist die Differenz zwischen zwei Schätzungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>host saving · device saving</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Makes fit: %1</source>
        <translation>Danach passend: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Nachteil: %1</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Change the scenario as described (undoable)</source>
        <translation>Szenario wie beschrieben ändern (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Apply suggestion: %1</source>
        <translation>Vorschlag anwenden: %1</translation>
    </message>
</context>
<context>
    <name>headroom::ui::AppActions</name>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Preview the PDF report for procurement and save or print it</source>
        <translation>Den PDF-Bericht für den Einkauf ansehen und speichern oder drucken</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Headroom &amp;User Guide</source>
        <translation>Headroom-&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About Headroom</source>
        <translation>Ü&amp;ber Headroom</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>headroom-report</source>
        <translation>headroom-bericht</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Kein Bericht</translation>
    </message>
    <message>
        <source>The scenario cannot be estimated, so there is nothing to report yet.</source>
        <translation>Das Szenario lässt sich nicht schätzen, daher gibt es noch nichts zu berichten.</translation>
    </message>
    <message>
        <source>Report Preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>headroom::ui::Autosave</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Headroom did not close normally last time. Recover the unsaved changes?</source>
        <translation>Headroom wurde beim letzten Mal nicht normal beendet. Nicht gespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>The scenario had not been saved yet.</source>
        <translation>Das Szenario war noch nicht gespeichert worden.</translation>
    </message>
    <message>
        <source>They were changes to %1.</source>
        <translation>Es handelte sich um Änderungen an %1.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>headroom::ui::BatchChart</name>
    <message>
        <source>Memory per device (nvidia-smi)</source>
        <translation>Speicher pro Gerät (nvidia-smi)</translation>
    </message>
    <message>
        <source>Memory against batch size</source>
        <translation>Speicher in Abhängigkeit von der Batchgröße</translation>
    </message>
    <message>
        <source>This model does not train in batches; its memory does not depend on the batch size.</source>
        <translation>Dieses Modell trainiert nicht in Batches; sein Speicherbedarf hängt nicht von der Batchgröße ab.</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>Host-RAM</translation>
    </message>
    <message>
        <source>Batch size (samples per step per device)</source>
        <translation>Batchgröße (Samples pro Schritt und Gerät)</translation>
    </message>
    <message>
        <source>%1: %2 per GPU</source>
        <extracomment>Legend entry of a candidate&apos;s capacity line: machine name, then its memory.</extracomment>
        <translation>%1: %2 pro GPU</translation>
    </message>
    <message>
        <source>%1: %2 RAM</source>
        <translation>%1: %2 RAM</translation>
    </message>
    <message>
        <source>↑ %1 (%2, above this view)</source>
        <translation>↑ %1 (%2, oberhalb dieser Ansicht)</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>max. %1</translation>
    </message>
    <message>
        <source>Set batch size to %1</source>
        <translation>Batchgröße auf %1 setzen</translation>
    </message>
    <message>
        <source>Total per device</source>
        <translation>Gesamt pro Gerät</translation>
    </message>
    <message>
        <source>Total host RAM needed</source>
        <translation>Insgesamt benötigter Host-RAM</translation>
    </message>
    <message>
        <source>Per device</source>
        <translation>Pro Gerät</translation>
    </message>
    <message>
        <source>Host RAM needed</source>
        <translation>Benötigter Host-RAM</translation>
    </message>
    <message>
        <source>Batch size %1</source>
        <translation>Batchgröße %1</translation>
    </message>
    <message>
        <source>Fits: %1</source>
        <translation>Passt: %1</translation>
    </message>
    <message>
        <source>Does not fit: %1</source>
        <translation>Passt nicht: %1</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Per device: %1</source>
        <translation>Pro Gerät: %1</translation>
    </message>
    <message>
        <source>Per device total</source>
        <translation>Gesamt pro Gerät</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>Host total</source>
        <translation>Host gesamt</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <source>measured %1</source>
        <extracomment>Label of a measured point on the batch chart: the metric, e.g. &quot;host peak&quot;.</extracomment>
        <translation>gemessen: %1</translation>
    </message>
    <message>
        <source>Memory against context length</source>
        <translation>Speicher über Kontextlänge</translation>
    </message>
    <message>
        <source>Memory against concurrent sequences</source>
        <translation>Speicher über gleichzeitigen Sequenzen</translation>
    </message>
    <message>
        <source>Context per sequence (tokens, logarithmic)</source>
        <translation>Kontext je Sequenz (Tokens, logarithmisch)</translation>
    </message>
    <message>
        <source>Concurrent sequences</source>
        <translation>Gleichzeitige Sequenzen</translation>
    </message>
    <message>
        <source>Context %1 tokens</source>
        <translation>Kontext %1 Tokens</translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent sequence(s)</source>
        <translation>
            <numerusform>%n gleichzeitige Sequenz</numerusform>
            <numerusform>%n gleichzeitige Sequenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up serving (Batch page) to see memory against context length.</source>
        <translation>Bereitstellung einrichten (Seite Batch), um den Speicher über der Kontextlänge zu sehen.</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>Kontext %1</translation>
    </message>
    <message>
        <source>%1 sequences</source>
        <translation>%1 Sequenzen</translation>
    </message>
    <message>
        <source>Set context to %1 tokens</source>
        <translation>Kontext auf %1 Tokens setzen</translation>
    </message>
    <message>
        <source>Set concurrent sequences to %1</source>
        <translation>Gleichzeitige Sequenzen auf %1 setzen</translation>
    </message>
    <message>
        <source>Context tokens</source>
        <translation>Kontext-Tokens</translation>
    </message>
</context>
<context>
    <name>headroom::ui::BreakdownChart</name>
    <message>
        <source>Memory by component</source>
        <translation>Speicher nach Komponente</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>Host-RAM</translation>
    </message>
    <message numerus="yes">
        <source>Per device (%n device(s))</source>
        <translation>
            <numerusform>Pro Gerät (%n Gerät)</numerusform>
            <numerusform>Pro Gerät (%n Geräte)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (capacity)</source>
        <translation>%1 (Kapazität)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 RAM</source>
        <translation>%1 RAM</translation>
    </message>
    <message>
        <source>%1 per GPU</source>
        <translation>%1 pro GPU</translation>
    </message>
    <message>
        <source>↑ %1 (%2, above this view)</source>
        <translation>↑ %1 (%2, oberhalb dieser Ansicht)</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>headroom::ui::BreakdownModel</name>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Derivation</source>
        <translation>Herleitung</translation>
    </message>
</context>
<context>
    <name>headroom::ui::BreakdownView</name>
    <message>
        <source>&lt;b&gt;No estimate:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Keine Schätzung:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Host RAM&lt;/b&gt;: peak %1 · minimum %2 · recommended %3 · buy %4</source>
        <translation>&lt;b&gt;Arbeitsspeicher&lt;/b&gt;: Spitze %1 · Minimum %2 · empfohlen %3 · kaufen %4</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Per device&lt;/b&gt; (%n device(s)): peak %1 · recommended %2 · smallest GPU that fits: %3</source>
        <translation>
            <numerusform>&lt;b&gt;Je Gerät&lt;/b&gt; (%n Gerät): Spitze %1 · empfohlen %2 · kleinste passende GPU: %3</numerusform>
            <numerusform>&lt;b&gt;Je Gerät&lt;/b&gt; (%n Geräte): Spitze %1 · empfohlen %2 · kleinste passende GPU: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>none on sale</source>
        <translation>keine im Handel</translation>
    </message>
</context>
<context>
    <name>headroom::ui::CandidateEditModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host RAM (GiB)</source>
        <translation>Host-RAM (GiB)</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU-Modell</translation>
    </message>
    <message>
        <source>GPU memory (GiB)</source>
        <translation>GPU-Speicher (GiB)</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>From the catalogue entry %1. Editing a cell makes the machine this scenario&apos;s own copy.</source>
        <translation>Aus dem Katalogeintrag %1. Wenn Sie eine Zelle ändern, wird die Maschine eine eigene Kopie dieses Szenarios.</translation>
    </message>
    <message>
        <source>%1 (catalogue)</source>
        <translation>%1 (Katalog)</translation>
    </message>
    <message>
        <source>%1 (not in the catalogue)</source>
        <translation>%1 (nicht im Katalog)</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a number.</source>
        <translation>Zeile %1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Machine name</source>
        <translation>Maschinenname</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>Host-RAM</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>GPU-Speicher</translation>
    </message>
    <message>
        <source>GPU count</source>
        <translation>GPU-Anzahl</translation>
    </message>
    <message>
        <source>Add machine</source>
        <translation>Maschine hinzufügen</translation>
    </message>
    <message>
        <source>Machine %1</source>
        <translation>Maschine %1</translation>
    </message>
    <message>
        <source>Remove machine</source>
        <translation>Maschine entfernen</translation>
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
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>Host-RAM</translation>
    </message>
    <message>
        <source>Host free</source>
        <translation>Host frei</translation>
    </message>
    <message>
        <source>Per device</source>
        <translation>Pro Gerät</translation>
    </message>
    <message>
        <source>Device free</source>
        <translation>Gerät frei</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <source>Most sequences</source>
        <translation>Meiste Sequenzen</translation>
    </message>
    <message>
        <source>Largest batch</source>
        <translation>Größter Batch</translation>
    </message>
    <message>
        <source>Longest context</source>
        <translation>Längster Kontext</translation>
    </message>
    <message>
        <source>Most samples in memory</source>
        <translation>Meiste Samples im Speicher</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Price per usable GiB</source>
        <translation>Preis pro nutzbarem GiB</translation>
    </message>
    <message>
        <source>Host RAM left once the job, the OS reserve and other programs are in</source>
        <translation>Verbleibender Host-RAM nach Job, Betriebssystemreserve und anderen Programmen</translation>
    </message>
    <message>
        <source>Memory left on each GPU at the job&apos;s peak</source>
        <translation>Verbleibender Speicher auf jeder GPU bei der Spitzenlast des Jobs</translation>
    </message>
    <message>
        <source>Price divided by the memory the job can use: all GPU memory for a GPU job, otherwise the RAM left after the OS reserve</source>
        <translation>Preis geteilt durch den vom Job nutzbaren Speicher: der gesamte GPU-Speicher bei einem GPU-Job, sonst der nach der Betriebssystemreserve verbleibende RAM</translation>
    </message>
    <message>
        <source>Catalogue entry %1</source>
        <translation>Katalogeintrag %1</translation>
    </message>
    <message>
        <source>★ %1 (recommended)</source>
        <translation>★ %1 (empfohlen)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>GPUs in a machine: count × memory each (&quot;2 × 22.35 GiB&quot;).</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Yes, with %1 % headroom</source>
        <translation>Ja, mit %1 % Reserve</translation>
    </message>
    <message>
        <source>Yes, but with less than %1 % headroom</source>
        <translation>Ja, aber mit weniger als %1 % Reserve</translation>
    </message>
    <message>
        <source>No: %1</source>
        <extracomment>Why a candidate does not fit; %1 is a list of reasons.</extracomment>
        <translation>Nein: %1</translation>
    </message>
    <message>
        <source>Not even one sequence fits</source>
        <translation>Nicht einmal eine Sequenz passt</translation>
    </message>
    <message>
        <source>Not even a batch of one fits</source>
        <translation>Nicht einmal ein Batch der Größe 1 passt</translation>
    </message>
    <message>
        <source>This model does not train in batches</source>
        <translation>Dieses Modell trainiert nicht in Batches</translation>
    </message>
    <message>
        <source>The engine takes %1 per GPU at start-up; its KV cache holds %2 tokens</source>
        <translation>Die Engine belegt beim Start %1 je GPU; ihr KV-Cache fasst %2 Tokens</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>The most concurrent sequences of the scenario&apos;s context that fit this machine, without the safety margin</source>
        <translation>Die meisten gleichzeitigen Sequenzen mit dem Kontext des Szenarios, die auf diesen Rechner passen, ohne Sicherheitsaufschlag</translation>
    </message>
    <message>
        <source>The largest batch size that fits this machine, without the safety margin (Fits counts the margin)</source>
        <translation>Die größte Batchgröße, die auf diese Maschine passt, ohne Sicherheitsaufschlag („Passt“ rechnet ihn ein)</translation>
    </message>
    <message>
        <source>The longest context per sequence (tokens) at the scenario&apos;s concurrency, without the safety margin</source>
        <translation>Der längste Kontext je Sequenz (Tokens) bei der Parallelität des Szenarios, ohne Sicherheitsaufschlag</translation>
    </message>
    <message>
        <source>The most samples that fit with the data held in memory, without the safety margin</source>
        <translation>Die meisten Samples, die passen, wenn die Daten im Speicher gehalten werden, ohne Sicherheitsaufschlag</translation>
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
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Cloud instance</source>
        <translation>Cloud-Instanz</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Add Candidates from the Catalogue</source>
        <translation>Kandidaten aus dem Katalog hinzufügen</translation>
    </message>
    <message>
        <source>Hardware Catalogue</source>
        <translation>Hardwarekatalog</translation>
    </message>
    <message>
        <source>Filter by name, id or GPU</source>
        <translation>Nach Name, ID oder GPU filtern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>Host-RAM</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>&amp;Add to Comparison</source>
        <translation>Zum Vergleich &amp;hinzufügen</translation>
    </message>
    <message>
        <source>%1 × %2 %3</source>
        <translation>%1 × %2 %3</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Yours, over the built-in entry</source>
        <translation>Eigener Eintrag, ersetzt den integrierten</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigener</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <source>Re&amp;vert to Built-in</source>
        <translation>Auf integrierten Eintrag &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>My machine</source>
        <translation>Mein Rechner</translation>
    </message>
    <message>
        <source>There is already an entry with the id &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Eintrag mit der ID „%1“.</translation>
    </message>
    <message>
        <source>Import Hardware Catalogue</source>
        <translation>Hardwarekatalog importieren</translation>
    </message>
    <message>
        <source>Hardware catalogues (*.json);;All files (*)</source>
        <translation>Hardwarekataloge (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The catalogue was not imported; nothing changed.

%1</source>
        <translation>Der Katalog wurde nicht importiert; es wurde nichts geändert.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entry(s).</source>
        <translation>
            <numerusform>%n Eintrag importiert.</numerusform>
            <numerusform>%n Einträge importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Hardware Catalogue</source>
        <translation>Hardwarekatalog exportieren</translation>
    </message>
    <message>
        <source>Hardware catalogues (*.json)</source>
        <translation>Hardwarekataloge (*.json)</translation>
    </message>
</context>
<context>
    <name>headroom::ui::CatalogEntryDialog</name>
    <message>
        <source>Catalogue Entry</source>
        <translation>Katalogeintrag</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Cloud instance</source>
        <translation>Cloud-Instanz</translation>
    </message>
    <message>
        <source>As the vendor states it: GPU makers give decimal GB, cloud providers often GiB</source>
        <translation>Wie vom Hersteller angegeben: GPU-Hersteller nennen dezimale GB, Cloud-Anbieter oft GiB</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Host RAM:</source>
        <translation>&amp;Host-RAM:</translation>
    </message>
    <message>
        <source>&amp;GPUs:</source>
        <translation>&amp;GPUs:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Preis:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Last checked:</source>
        <translation>&amp;Zuletzt geprüft:</translation>
    </message>
</context>
<context>
    <name>headroom::ui::CatalogStore</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A catalogue file was refused: the file, then &quot;json.path: problem&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not save the hardware catalogue to %1: %2</source>
        <translation>Der Hardwarekatalog konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>There is no catalogue entry &quot;%1&quot;.</source>
        <translation>Es gibt keinen Katalogeintrag „%1“.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in entry; only your own entries can be deleted.</source>
        <translation>„%1“ ist ein integrierter Eintrag; nur eigene Einträge können gelöscht werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is a bare GPU: its machine was given %2 GiB of host RAM, the size the job needs with its safety margin. Edit Host RAM in the candidate table if the machine has more or less.</source>
        <translation>%1 ist eine einzelne GPU: Ihre Maschine hat %2 GiB Host-RAM erhalten, so viel, wie der Job mit seinem Sicherheitsaufschlag braucht. Ändern Sie Host-RAM in der Tabelle der Kandidaten, wenn die Maschine mehr oder weniger hat.</translation>
    </message>
    <message>
        <source>Add candidate %1</source>
        <translation>Kandidat %1 hinzufügen</translation>
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
        <translation>Von Headroom exportiertes Diagramm</translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: choose a .png, .svg or .pdf file.</source>
        <translation>Export nach „%1“ nicht möglich: Wählen Sie eine .png-, .svg- oder .pdf-Datei.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>No estimate: the scenario needs fixing first.</source>
        <translation>Keine Schätzung: Das Szenario muss zuerst korrigiert werden.</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ChartsPanel</name>
    <message>
        <source>&amp;Logarithmic memory axis</source>
        <translation>&amp;Logarithmische Speicherachse</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Als &amp;Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Dataset size</source>
        <translation>Datensatzgröße</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Draw memory on a logarithmic axis, to see small and large components together</source>
        <translation>Speicher auf einer logarithmischen Achse darstellen, um kleine und große Komponenten gemeinsam zu sehen</translation>
    </message>
    <message>
        <source>Show the plotted numbers as a table</source>
        <translation>Die dargestellten Zahlen als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>Ansicht &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the whole chart (or double-click the chart)</source>
        <translation>Zurück zum gesamten Diagramm (oder doppelklicken Sie auf das Diagramm)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>Diagramm als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Concurrent sequences</source>
        <translation>Gleichzeitige Sequenzen</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ComparisonView</name>
    <message>
        <source>&amp;Add from Catalogue…</source>
        <translation>Aus Katalog &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Edit &amp;Catalogue…</source>
        <translation>&amp;Katalog bearbeiten…</translation>
    </message>
    <message>
        <source>Add a machine from the hardware catalogue</source>
        <translation>Eine Maschine aus dem Hardwarekatalog hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>The comparison holds at most %n candidates</source>
        <translation>
            <numerusform>Der Vergleich umfasst höchstens %n Kandidaten</numerusform>
            <numerusform>Der Vergleich umfasst höchstens %n Kandidaten</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No comparison:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kein Vergleich:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended: %1&lt;/b&gt;, the cheapest candidate that fits with the scenario&apos;s %2 % headroom, at %3.</source>
        <translation>&lt;b&gt;Empfohlen: %1&lt;/b&gt;, der günstigste Kandidat, der mit der Reserve des Szenarios von %2 % passt, für %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended: %1&lt;/b&gt;, the candidate with the least memory that fits with the scenario&apos;s %2 % headroom (no prices are given).</source>
        <translation>&lt;b&gt;Empfohlen: %1&lt;/b&gt;, der Kandidat mit dem wenigsten Speicher, der mit der Reserve des Szenarios von %2 % passt (keine Preise angegeben).</translation>
    </message>
    <message>
        <source>&lt;b&gt;No candidate fits with the scenario&apos;s %1 % headroom.&lt;/b&gt; The job needs %2 of host RAM and %3 on each GPU.</source>
        <translation>&lt;b&gt;Kein Kandidat passt mit der Reserve des Szenarios von %1 %.&lt;/b&gt; Der Job benötigt %2 Host-RAM und %3 auf jeder GPU.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No candidate fits with the scenario&apos;s %1 % headroom.&lt;/b&gt; The job needs %2 of host RAM.</source>
        <translation>&lt;b&gt;Kein Kandidat passt mit der Reserve des Szenarios von %1 %.&lt;/b&gt; Der Job benötigt %2 Host-RAM.</translation>
    </message>
    <message>
        <source>Add at least two candidates to compare them side by side.</source>
        <translation>Fügen Sie mindestens zwei Kandidaten hinzu, um sie nebeneinander zu vergleichen.</translation>
    </message>
    <message>
        <source>Host RAM free</source>
        <translation>Freier Host-RAM</translation>
    </message>
    <message>
        <source>Per-GPU memory free</source>
        <translation>Freier Speicher pro GPU</translation>
    </message>
    <message>
        <source>Memory free at the job&apos;s peak (% of the machine&apos;s)</source>
        <translation>Freier Speicher bei der Spitzenlast des Jobs (in % der Maschine)</translation>
    </message>
    <message>
        <source>%1 % headroom</source>
        <translation>%1 % Reserve</translation>
    </message>
    <message>
        <source>Remove candidate %1</source>
        <translation>Kandidat %1 entfernen</translation>
    </message>
    <message>
        <source>Reorder candidates</source>
        <translation>Kandidaten neu anordnen</translation>
    </message>
</context>
<context>
    <name>headroom::ui::DatasetChart</name>
    <message>
        <source>Held in memory</source>
        <translation>Im Speicher gehalten</translation>
    </message>
    <message>
        <source>Memory-mapped</source>
        <translation>Speicherabgebildet</translation>
    </message>
    <message>
        <source>Streamed</source>
        <translation>Gestreamt</translation>
    </message>
    <message>
        <source>Host memory against dataset size</source>
        <translation>Hostspeicher im Verhältnis zur Datensatzgröße</translation>
    </message>
    <message>
        <source>%1 (this scenario)</source>
        <translation>%1 (dieses Szenario)</translation>
    </message>
    <message>
        <source>Host RAM needed</source>
        <translation>Benötigter Host-RAM</translation>
    </message>
    <message>
        <source>Samples in the dataset</source>
        <translation>Samples im Datensatz</translation>
    </message>
    <message>
        <source>%1: %2 RAM</source>
        <translation>%1: %2 RAM</translation>
    </message>
    <message>
        <source>↑ %1 (%2, above this view)</source>
        <translation>↑ %1 (%2, oberhalb dieser Ansicht)</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>max. %1</translation>
    </message>
    <message>
        <source>%1 samples</source>
        <translation>%1 Samples</translation>
    </message>
    <message>
        <source>Held in memory, fits none of the candidates&apos; RAM</source>
        <translation>Im Speicher gehalten, passt in den RAM keines Kandidaten</translation>
    </message>
    <message>
        <source>Held in memory, fits the RAM of: %1</source>
        <translation>Im Speicher gehalten, passt in den RAM von: %1</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>Held in memory, fits</source>
        <translation>Im Speicher gehalten, passt</translation>
    </message>
</context>
<context>
    <name>headroom::ui::DatasetForm</name>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>Choose a common dataset…</source>
        <translation>Gängigen Datensatz auswählen…</translation>
    </message>
    <message>
        <source>ImageNet-1k (1.28 million 224×224 images)</source>
        <translation>ImageNet-1k (1,28 Millionen Bilder mit 224×224)</translation>
    </message>
    <message>
        <source>CIFAR-10 (50,000 32×32 images)</source>
        <translation>CIFAR-10 (50.000 Bilder mit 32×32)</translation>
    </message>
    <message>
        <source>Token corpus (1 million × 2,048 tokens)</source>
        <translation>Token-Korpus (1 Million × 2.048 Tokens)</translation>
    </message>
    <message>
        <source>Wide table (1 million rows × 2,000 features)</source>
        <translation>Breite Tabelle (1 Million Zeilen × 2.000 Merkmale)</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Dataset preset</source>
        <translation>Datensatzvorlage</translation>
    </message>
    <message>
        <source>&amp;Samples:</source>
        <translation>&amp;Samples:</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>&amp;Eingabe:</translation>
    </message>
    <message>
        <source>Table row (features)</source>
        <translation>Tabellenzeile (Merkmale)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Sequence (time steps × features)</source>
        <translation>Sequenz (Zeitschritte × Merkmale)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation>&amp;Merkmale:</translation>
    </message>
    <message>
        <source>values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>&amp;Kanäle:</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>&amp;Element type:</source>
        <translation>&amp;Elementtyp:</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>La&amp;yout:</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>Dicht</translation>
    </message>
    <message>
        <source>Sparse (compressed rows, CSR)</source>
        <translation>Dünnbesetzt (komprimierte Zeilen, CSR)</translation>
    </message>
    <message>
        <source>&amp;Density:</source>
        <translation>&amp;Dichte:</translation>
    </message>
    <message>
        <source>of values non-zero</source>
        <translation>der Werte ungleich null</translation>
    </message>
    <message>
        <source>Inde&amp;x type:</source>
        <translation>Inde&amp;xtyp:</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>&amp;Targets:</source>
        <translation>&amp;Zielwerte:</translation>
    </message>
    <message>
        <source>per sample</source>
        <translation>pro Sample</translation>
    </message>
    <message>
        <source>Target t&amp;ype:</source>
        <translation>Zielt&amp;yp:</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>St&amp;orage:</source>
        <translation>Speicher&amp;ung:</translation>
    </message>
    <message>
        <source>Whole set held in memory</source>
        <translation>Gesamter Datensatz im Speicher</translation>
    </message>
    <message>
        <source>Memory-mapped file (read on demand)</source>
        <translation>Speicherabgebildete Datei (Lesen bei Bedarf)</translation>
    </message>
    <message>
        <source>Streaming (only in-flight batches held)</source>
        <translation>Streaming (nur laufende Batches im Speicher)</translation>
    </message>
    <message>
        <source>Preprocessing &amp;copies:</source>
        <translation>Vorverarbeitungs&amp;kopien:</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>Kopien</translation>
    </message>
    <message>
        <source>time steps</source>
        <translation>Zeitschritte</translation>
    </message>
    <message>
        <source>Dense equivalent: %1 per sample, %2 for the whole set (before sparsity).</source>
        <translation>Dichtes Äquivalent: %1 pro Sample, %2 für den gesamten Datensatz (vor Dünnbesetzung).</translation>
    </message>
    <message>
        <source>Raw data: %1 per sample, %2 for the whole set.</source>
        <translation>Rohdaten: %1 pro Sample, %2 für den gesamten Datensatz.</translation>
    </message>
    <message>
        <source>Read &amp;from:</source>
        <translation>Gelesen &amp;aus:</translation>
    </message>
    <message>
        <source>Already in memory</source>
        <translation>Bereits im Speicher</translation>
    </message>
    <message>
        <source>CSV file (pandas.read_csv)</source>
        <translation>CSV-Datei (pandas.read_csv)</translation>
    </message>
    <message>
        <source>NumPy .npy file (np.load)</source>
        <translation>NumPy-.npy-Datei (np.load)</translation>
    </message>
    <message>
        <source>File si&amp;ze on disk:</source>
        <translation>Datei&amp;größe auf dem Datenträger:</translation>
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
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>How many samples, what one sample looks like, and how the data is held.</source>
        <translation>Wie viele Samples, wie ein Sample aussieht und wie die Daten gehalten werden.</translation>
    </message>
</context>
<context>
    <name>headroom::ui::FieldBinder</name>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>Enter a number, such as %1.</source>
        <translation>Geben Sie eine Zahl ein, z. B. %1.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to %1.</source>
        <translation>Geben Sie einen Prozentwert von 0 bis %1 ein.</translation>
    </message>
</context>
<context>
    <name>headroom::ui::FileActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Size a new job with the wizard</source>
        <translation>Neuen Job mit dem Assistenten dimensionieren</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Headroom scenarios (*.headroom.json *.json)</source>
        <translation>Headroom-Szenarien (*.headroom.json *.json)</translation>
    </message>
    <message>
        <source>Cannot open scenario</source>
        <translation>Szenario kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 was not opened; what you had open is unchanged.</source>
        <translation>%1 wurde nicht geöffnet; das aktuell Geöffnete bleibt unverändert.</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Headroom scenarios (*.headroom.json)</source>
        <translation>Headroom-Szenarien (*.headroom.json)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>The scenario has a problem to fix first:
%1</source>
        <translation>Das Szenario hat zuerst ein Problem, das behoben werden muss:
%1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 enthält ungespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>Import &amp;Measurement…</source>
        <translation>&amp;Messung importieren…</translation>
    </message>
    <message>
        <source>Show a measured run (headroom_probe) beside the estimate</source>
        <translation>Einen gemessenen Lauf (headroom_probe) neben der Schätzung zeigen</translation>
    </message>
    <message>
        <source>Import measurement</source>
        <translation>Messung importieren</translation>
    </message>
    <message>
        <source>Headroom measurements (*.headroom-measure.json *.json)</source>
        <translation>Headroom-Messungen (*.headroom-measure.json *.json)</translation>
    </message>
    <message>
        <source>Cannot import measurement</source>
        <translation>Messung kann nicht importiert werden</translation>
    </message>
    <message>
        <source>%1 was not imported; the scenario is unchanged.</source>
        <translation>%1 wurde nicht importiert; das Szenario ist unverändert.</translation>
    </message>
</context>
<context>
    <name>headroom::ui::HardwareForm</name>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <source>machines</source>
        <translation>Maschinen</translation>
    </message>
    <message>
        <source>&amp;GPUs per node:</source>
        <translation>&amp;GPUs pro Knoten:</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>&amp;Data parallel:</source>
        <translation>&amp;Datenparallelität:</translation>
    </message>
    <message>
        <source>DDP (full replica per device)</source>
        <translation>DDP (vollständige Kopie pro Gerät)</translation>
    </message>
    <message>
        <source>ZeRO stage 1 (optimizer states sharded)</source>
        <translation>ZeRO Stufe 1 (Optimiererzustände verteilt)</translation>
    </message>
    <message>
        <source>ZeRO stage 2 (+ gradients sharded)</source>
        <translation>ZeRO Stufe 2 (+ Gradienten verteilt)</translation>
    </message>
    <message>
        <source>ZeRO stage 3 (+ parameters sharded)</source>
        <translation>ZeRO Stufe 3 (+ Parameter verteilt)</translation>
    </message>
    <message>
        <source>FSDP (as ZeRO stage 3)</source>
        <translation>FSDP (wie ZeRO Stufe 3)</translation>
    </message>
    <message>
        <source>&amp;Tensor parallel:</source>
        <translation>&amp;Tensorparallelität:</translation>
    </message>
    <message>
        <source>degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>&amp;Pipeline parallel:</source>
        <translation>&amp;Pipeline-Parallelität:</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>&amp;Sequence parallel (with tensor parallel)</source>
        <translation>&amp;Sequenzparallelität (mit Tensorparallelität)</translation>
    </message>
    <message>
        <source>&amp;Offload to host:</source>
        <translation>&amp;Auslagern auf Host:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation>Optimiererzustände</translation>
    </message>
    <message>
        <source>Optimizer states and parameters</source>
        <translation>Optimiererzustände und Parameter</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Operating system &amp;reserve:</source>
        <translation>&amp;Reserve für Betriebssystem:</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>Other &amp;processes:</source>
        <translation>Andere &amp;Prozesse:</translation>
    </message>
    <message>
        <source>Candidate machines</source>
        <translation>Kandidatenmaschinen</translation>
    </message>
    <message>
        <source>&amp;Add machine</source>
        <translation>Maschine &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add from &amp;catalogue</source>
        <translation>Aus &amp;Katalog hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>E&amp;xpert parallel:</source>
        <translation>E&amp;xperten-Parallelität:</translation>
    </message>
    <message>
        <source>Safety &amp;margin:</source>
        <translation>Sicherheits&amp;reserve:</translation>
    </message>
</context>
<context>
    <name>headroom::ui::HardwarePage</name>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>How many devices and how the job is split over them, and the machines to judge it against.</source>
        <translation>Wie viele Geräte, wie der Job auf sie verteilt wird und die Maschinen, an denen er gemessen wird.</translation>
    </message>
</context>
<context>
    <name>headroom::ui::MainWindow</name>
    <message>
        <source>&amp;Breakdown</source>
        <translation>&amp;Aufschlüsselung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>%1[*] — Headroom</source>
        <translation>%1[*] — Headroom</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Scenario Editor</source>
        <translation>&amp;Szenario-Editor</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Co&amp;mparison</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>&amp;Advisor</source>
        <translation>&amp;Berater</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>headroom::ui::MeasurementPanel</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Detach the measurement from the scenario</source>
        <translation>Die Messung vom Szenario lösen</translation>
    </message>
    <message>
        <source>No estimate to compare with.</source>
        <translation>Keine Schätzung zum Vergleich.</translation>
    </message>
    <message>
        <source>Measured against estimated</source>
        <translation>Gemessen gegenüber geschätzt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Outside the engine&apos;s stated accuracy of ±10 %</source>
        <translation>Außerhalb der angegebenen Genauigkeit der Schätzung von ±10 %</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Abweichung</translation>
    </message>
</context>
<context>
    <name>headroom::ui::MemoryGauge</name>
    <message>
        <source>&lt;b&gt;Memory&lt;/b&gt; against:</source>
        <translation>&lt;b&gt;Speicher&lt;/b&gt; im Vergleich zu:</translation>
    </message>
    <message>
        <source>Host RAM: no estimate</source>
        <translation>Host-RAM: keine Schätzung</translation>
    </message>
    <message>
        <source>Fix the scenario first: %1</source>
        <translation>Korrigieren Sie zuerst das Szenario: %1</translation>
    </message>
    <message>
        <source>%1 fits with %2 % headroom.</source>
        <translation>%1 passt mit %2 % Reserve.</translation>
    </message>
    <message>
        <source>%1 fits, but with less than %2 % headroom.</source>
        <translation>%1 passt, aber mit weniger als %2 % Reserve.</translation>
    </message>
    <message>
        <source>Host RAM: %1 of %2</source>
        <translation>Host-RAM: %1 von %2</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>Host-RAM</translation>
    </message>
    <message>
        <source>Host RAM: %1 needed, buy %2</source>
        <translation>Host-RAM: %1 benötigt, %2 kaufen</translation>
    </message>
    <message>
        <source>Per GPU: %1 of %2</source>
        <translation>Pro GPU: %1 von %2</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>GPU-Speicher</translation>
    </message>
    <message>
        <source>Per GPU: %1 needed; this machine has no GPU</source>
        <translation>Pro GPU: %1 benötigt; diese Maschine hat keine GPU</translation>
    </message>
    <message>
        <source>The job needs a GPU.</source>
        <translation>Der Job benötigt eine GPU.</translation>
    </message>
    <message>
        <source>Per GPU: %1 needed, smallest GPU %2</source>
        <translation>Pro GPU: %1 benötigt, kleinste GPU %2</translation>
    </message>
    <message>
        <source>Per GPU: %1 needed; no single GPU is large enough</source>
        <translation>Pro GPU: %1 benötigt; keine einzelne GPU ist groß genug</translation>
    </message>
    <message>
        <source>Add a candidate machine on the Hardware page to check the fit.</source>
        <translation>Fügen Sie auf der Seite „Hardware“ eine Kandidatenmaschine hinzu, um die Eignung zu prüfen.</translation>
    </message>
    <message>
        <source>It does not fit: %1.</source>
        <extracomment>%1 lists why, as the comparison does (&quot;each GPU is 2 GiB short (needs …, has …)&quot;).</extracomment>
        <translation>Passt nicht: %1.</translation>
    </message>
    <message>
        <source>Unified memory (host + GPU): %1 of %2</source>
        <translation>Unified Memory (Host + GPU): %1 von %2</translation>
    </message>
    <message>
        <source>Unified memory</source>
        <translation>Unified Memory</translation>
    </message>
    <message>
        <source>Per GPU: %1 of the engine&apos;s %2 share of %3</source>
        <translation>Je GPU: %1 vom %2-Anteil der Engine an %3</translation>
    </message>
    <message>
        <source>no candidate machine</source>
        <translation>keine Kandidatenmaschine</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ModelForm</name>
    <message>
        <source>%1 B parameters</source>
        <translation>%1 Mrd. Parameter</translation>
    </message>
    <message>
        <source>%1 M parameters</source>
        <translation>%1 Mio. Parameter</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 Parameter</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Framework:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netz:</translation>
    </message>
    <message>
        <source>Named network (preset)</source>
        <translation>Benanntes Netz (Vorlage)</translation>
    </message>
    <message>
        <source>Fully connected (MLP)</source>
        <translation>Vollständig verbunden (MLP)</translation>
    </message>
    <message>
        <source>Recurrent (RNN, LSTM, GRU)</source>
        <translation>Rekurrent (RNN, LSTM, GRU)</translation>
    </message>
    <message>
        <source>Transformer</source>
        <translation>Transformer</translation>
    </message>
    <message>
        <source>Custom: parameters and activation bytes</source>
        <translation>Benutzerdefiniert: Parameter und Aktivierungsbytes</translation>
    </message>
    <message>
        <source>Search networks, e.g. llama</source>
        <translation>Netze suchen, z. B. llama</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Outputs:</source>
        <translation>&amp;Ausgaben:</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>widths, e.g. 1024, 512</source>
        <translation>Breiten, z. B. 1024, 512</translation>
    </message>
    <message>
        <source>&amp;Hidden layers:</source>
        <translation>&amp;Verborgene Schichten:</translation>
    </message>
    <message>
        <source>Enter layer widths separated by commas, such as 1024, 512.</source>
        <translation>Geben Sie die Schichtbreiten durch Kommas getrennt ein, z. B. 1024, 512.</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Verborgene Schichten</translation>
    </message>
    <message>
        <source>&amp;Activation:</source>
        <translation>&amp;Aktivierung:</translation>
    </message>
    <message>
        <source>&amp;Dropout:</source>
        <translation>&amp;Dropout:</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Zelle:</translation>
    </message>
    <message>
        <source>Plain RNN</source>
        <translation>Einfaches RNN</translation>
    </message>
    <message>
        <source>&amp;Layers:</source>
        <translation>&amp;Schichten:</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Hidden &amp;size:</source>
        <translation>Verborgene &amp;Größe:</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>&amp;Bidirectional</source>
        <translation>&amp;Bidirektional</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Activation &amp;memory:</source>
        <translation>Aktivierungs&amp;speicher:</translation>
    </message>
    <message>
        <source>bytes per sample</source>
        <translation>Bytes pro Sample</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Estimator</source>
        <translation>Estimator</translation>
    </message>
    <message>
        <source>&amp;Estimator class:</source>
        <translation>&amp;Estimator-Klasse:</translation>
    </message>
    <message>
        <source>As &amp;JSON:</source>
        <translation>Als &amp;JSON:</translation>
    </message>
    <message>
        <source>Not valid JSON yet; write it as in Python, with null, true, false.</source>
        <translation>Noch kein gültiges JSON; schreiben Sie es wie in Python, mit null, true, false.</translation>
    </message>
    <message>
        <source>Write the parameters as one JSON object: {&quot;name&quot;: value, …}.</source>
        <translation>Schreiben Sie die Parameter als ein JSON-Objekt: {&quot;name&quot;: value, …}.</translation>
    </message>
    <message>
        <source>Estimator parameters</source>
        <translation>Estimator-Parameter</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add &amp;parameter</source>
        <translation>&amp;Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve parameter</source>
        <translation>Parameter ent&amp;fernen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Transformer (overrides of the preset)</source>
        <translation>Transformer (Überschreibungen der Vorlage)</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 total, %2 active per token</source>
        <translation>%1 insgesamt, %2 aktiv pro Token</translation>
    </message>
    <message>
        <source>%1 — %2, %3 active</source>
        <translation>%1 — %2, %3 aktiv</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ModelImport</name>
    <message>
        <source>&amp;Import Model…</source>
        <translation>Modell &amp;importieren…</translation>
    </message>
    <message>
        <source>Read a model&apos;s config.json, safetensors or GGUF file (headers only) into the scenario</source>
        <translation>Die config.json-, safetensors- oder GGUF-Datei eines Modells (nur die Header) ins Szenario lesen</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>Modell importieren</translation>
    </message>
    <message>
        <source>Model files (config.json *.safetensors *.safetensors.index.json *.gguf);;All files (*)</source>
        <translation>Modelldateien (config.json *.safetensors *.safetensors.index.json *.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The model file could not be imported:
%1</source>
        <translation>Die Modelldatei konnte nicht importiert werden:
%1</translation>
    </message>
    <message>
        <source>The imported model does not fit the open scenario:
%1</source>
        <translation>Das importierte Modell passt nicht zum geöffneten Szenario:
%1</translation>
    </message>
    <message>
        <source>%1 was imported. Please note:
%2</source>
        <translation>%1 wurde importiert. Bitte beachten:
%2</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ModelPage</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The framework, then a named network, your own network, or a classical estimator.</source>
        <translation>Das Framework, dann ein benanntes Netz, ein eigenes Netz oder ein klassischer Estimator.</translation>
    </message>
</context>
<context>
    <name>headroom::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>New scenarios</source>
        <translation>Neue Szenarien</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and reports.</source>
        <translation>Die Sprache von Menüs, Dialogen und Berichten.</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Einheiten:</translation>
    </message>
    <message>
        <source>GiB (1 GiB = 1024³ bytes)</source>
        <translation>GiB (1 GiB = 1024³ Byte)</translation>
    </message>
    <message>
        <source>GB (1 GB = 1000³ bytes)</source>
        <translation>GB (1 GB = 1000³ Byte)</translation>
    </message>
    <message>
        <source>Safety &amp;margin:</source>
        <translation>Sicherheits&amp;aufschlag:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Added on top of the estimate when recommending memory.</source>
        <translation>Wird bei der Empfehlung auf die Schätzung aufgeschlagen.</translation>
    </message>
    <message>
        <source>&amp;OS reserve:</source>
        <translation>&amp;Reserve des Betriebssystems:</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Memory the operating system and desktop keep for themselves.</source>
        <translation>Speicher, den Betriebssystem und Desktop für sich behalten.</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>Printed on the title page</source>
        <translation>Wird auf dem Titelblatt gedruckt</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>O&amp;rganisation:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>From the locale</source>
        <translation>Aus den Regionaleinstellungen</translation>
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
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
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
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>headroom::ui::RecommendationView</name>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Next size to buy</source>
        <translation>Nächste Kaufgröße</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>Host-RAM</translation>
    </message>
    <message>
        <source>Recommended (+%1 %)</source>
        <translation>Empfohlen (+%1 %)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No estimate until the scenario is valid.</source>
        <translation>Keine Schätzung, bis das Szenario gültig ist.</translation>
    </message>
    <message numerus="yes">
        <source>Per GPU (%n device(s))</source>
        <translation>
            <numerusform>Pro GPU (%n Gerät)</numerusform>
            <numerusform>Pro GPU (%n Geräte)</numerusform>
        </translation>
    </message>
    <message>
        <source>none on sale</source>
        <translation>nicht im Handel</translation>
    </message>
    <message>
        <source>No candidate machines: add some on the Hardware page.</source>
        <translation>Keine Kandidatenmaschinen: Fügen Sie auf der Seite „Hardware“ welche hinzu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Buy:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kaufen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;None of the candidates fits with %1 % headroom.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Keiner der Kandidaten passt mit %1 % Reserve.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>The memory the job needs, component by component, and what to buy.</source>
        <translation>Der Speicher, den der Job benötigt, nach Komponenten aufgeschlüsselt, und was zu kaufen ist.</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ScenarioEditor</name>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ScenarioForm</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ScenarioModel</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>headroom::ui::SizingWizard</name>
    <message>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
</context>
<context>
    <name>headroom::ui::TrainingForm</name>
    <message>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>Default (GPU for deep learning, else CPU)</source>
        <translation>Standard (GPU für Deep Learning, sonst CPU)</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Nur CPU</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <source>samples per device</source>
        <translation>Samples pro Gerät</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Genauigkeit:</translation>
    </message>
    <message>
        <source>mixed fp16 (fp32 master weights)</source>
        <translation>gemischt fp16 (fp32-Master-Gewichte)</translation>
    </message>
    <message>
        <source>mixed bf16 (fp32 master weights)</source>
        <translation>gemischt bf16 (fp32-Master-Gewichte)</translation>
    </message>
    <message>
        <source>int8 weights (inference)</source>
        <translation>int8-Gewichte (Inferenz)</translation>
    </message>
    <message>
        <source>int4 weights (inference)</source>
        <translation>int4-Gewichte (Inferenz)</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>&amp;Optimierer:</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD mit Momentum</translation>
    </message>
    <message>
        <source>Adam 8-bit</source>
        <translation>Adam 8-Bit</translation>
    </message>
    <message>
        <source>Activation &amp;checkpointing:</source>
        <translation>Aktivierungs-&amp;Checkpointing:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Selective (attention recomputed)</source>
        <translation>Selektiv (Attention neu berechnet)</translation>
    </message>
    <message>
        <source>Full (only block inputs kept)</source>
        <translation>Vollständig (nur Blockeingaben behalten)</translation>
    </message>
    <message>
        <source>Gradient &amp;accumulation:</source>
        <translation>Gradienten&amp;akkumulation:</translation>
    </message>
    <message>
        <source>micro-batches</source>
        <translation>Micro-Batches</translation>
    </message>
    <message>
        <source>&amp;Fine-tuning:</source>
        <translation>&amp;Feinabstimmung:</translation>
    </message>
    <message>
        <source>Full (every weight trained)</source>
        <translation>Vollständig (alle Gewichte trainiert)</translation>
    </message>
    <message>
        <source>Frozen (a fraction trained)</source>
        <translation>Eingefroren (ein Anteil trainiert)</translation>
    </message>
    <message>
        <source>LoRA adapters</source>
        <translation>LoRA-Adapter</translation>
    </message>
    <message>
        <source>T&amp;rainable fraction:</source>
        <translation>T&amp;rainierbarer Anteil:</translation>
    </message>
    <message>
        <source>of parameters</source>
        <translation>der Parameter</translation>
    </message>
    <message>
        <source>LoRA ra&amp;nk:</source>
        <translation>LoRA-Ra&amp;ng:</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generierung</translation>
    </message>
    <message>
        <source>&amp;Generate text (language-model inference)</source>
        <translation>Text &amp;generieren (Sprachmodell-Inferenz)</translation>
    </message>
    <message>
        <source>Pro&amp;mpt:</source>
        <translation>Pro&amp;mpt:</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>New t&amp;okens:</source>
        <translation>Neue T&amp;okens:</translation>
    </message>
    <message>
        <source>Data loader</source>
        <translation>Datenlader</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Worker:</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Pre&amp;fetch factor:</source>
        <translation>Pre&amp;fetch-Faktor:</translation>
    </message>
    <message>
        <source>batches per worker</source>
        <translation>Batches pro Worker</translation>
    </message>
    <message>
        <source>&amp;Pin memory (page-locked batches)</source>
        <translation>Speicher &amp;pinnen (seitengesperrte Batches)</translation>
    </message>
    <message>
        <source>QLoRA (adapters over a 4-bit base)</source>
        <translation>QLoRA (Adapter über einer 4-Bit-Basis)</translation>
    </message>
    <message>
        <source>4-bit &amp;base:</source>
        <translation>4-Bit-&amp;Basis:</translation>
    </message>
    <message>
        <source>&amp;Double quantisation of the constants</source>
        <translation>&amp;Doppelte Quantisierung der Konstanten</translation>
    </message>
    <message>
        <source>Pa&amp;ged optimizer</source>
        <translation>Pa&amp;ging-Optimierer</translation>
    </message>
    <message>
        <source>Parallel work</source>
        <translation>Parallele Arbeit</translation>
    </message>
    <message>
        <source>Parallel &amp;jobs (n_jobs):</source>
        <translation>Parallele &amp;Jobs (n_jobs):</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>1 (None); −1 for every core</source>
        <translation>1 (None); −1 für jeden Kern</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>&amp;Serve with an inference engine (concurrent requests)</source>
        <translation>Mit einer Inferenz-Engine &amp;bereitstellen (gleichzeitige Anfragen)</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <source>&amp;Concurrent sequences:</source>
        <translation>&amp;Gleichzeitige Sequenzen:</translation>
    </message>
    <message>
        <source>requests at once</source>
        <translation>Anfragen gleichzeitig</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>P&amp;rompt:</translation>
    </message>
    <message>
        <source>tokens per sequence</source>
        <translation>Tokens je Sequenz</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>O&amp;utput:</source>
        <translation>A&amp;usgabe:</translation>
    </message>
    <message>
        <source>Con&amp;text instead:</source>
        <translation>Statt dessen Kon&amp;text:</translation>
    </message>
    <message>
        <source>prompt + output</source>
        <translation>Prompt + Ausgabe</translation>
    </message>
    <message>
        <source>&amp;KV cache type:</source>
        <translation>&amp;KV-Cache-Typ:</translation>
    </message>
    <message>
        <source>Default (the weights&apos; 16-bit type)</source>
        <translation>Standard (der 16-Bit-Typ der Gewichte)</translation>
    </message>
    <message>
        <source>GPU &amp;share taken:</source>
        <translation>Belegter GPU-&amp;Anteil:</translation>
    </message>
    <message>
        <source>gpu_memory_utilization / mem_fraction_static / cuda_memory_fraction</source>
        <translation>gpu_memory_utilization / mem_fraction_static / cuda_memory_fraction</translation>
    </message>
    <message>
        <source>Most &amp;running sequences:</source>
        <translation>Höchstens &amp;laufende Sequenzen:</translation>
    </message>
    <message>
        <source>max_num_seqs</source>
        <translation>max_num_seqs</translation>
    </message>
    <message>
        <source>Prefill &amp;chunk:</source>
        <translation>Prefill-&amp;Block:</translation>
    </message>
    <message>
        <source>tokens (max_num_batched_tokens)</source>
        <translation>Tokens (max_num_batched_tokens)</translation>
    </message>
    <message>
        <source>engine default</source>
        <translation>Vorgabe der Engine</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>&amp;GPU-Schichten:</translation>
    </message>
    <message>
        <source>n_gpu_layers (−1: all)</source>
        <translation>n_gpu_layers (−1: alle)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Context &amp;cells:</source>
        <translation>Kontext&amp;zellen:</translation>
    </message>
    <message>
        <source>n_ctx, shared by all sequences</source>
        <translation>n_ctx, von allen Sequenzen geteilt</translation>
    </message>
    <message>
        <source>sequences × context</source>
        <translation>Sequenzen × Kontext</translation>
    </message>
    <message>
        <source>&amp;Micro-batch:</source>
        <translation>&amp;Mikro-Batch:</translation>
    </message>
    <message>
        <source>n_ubatch tokens</source>
        <translation>n_ubatch Tokens</translation>
    </message>
    <message>
        <source>&amp;Flash attention:</source>
        <translation>&amp;Flash Attention:</translation>
    </message>
    <message>
        <source>Memory-map the &amp;model file:</source>
        <translation>&amp;Modelldatei einblenden (mmap):</translation>
    </message>
    <message>
        <source>C&amp;ache:</source>
        <translation>C&amp;ache:</translation>
    </message>
    <message>
        <source>Default (dynamic)</source>
        <translation>Standard (dynamisch)</translation>
    </message>
    <message>
        <source>dynamic (grows each step)</source>
        <translation>dynamisch (wächst mit jedem Schritt)</translation>
    </message>
    <message>
        <source>static (allocated for the whole context)</source>
        <translation>statisch (für den ganzen Kontext angelegt)</translation>
    </message>
    <message>
        <source>Cross-validation &amp;folds:</source>
        <translation>&amp;Folds der Kreuzvalidierung:</translation>
    </message>
    <message>
        <source>folds</source>
        <translation>Folds</translation>
    </message>
    <message>
        <source>none (one fit)</source>
        <translation>keine (ein Fit)</translation>
    </message>
    <message>
        <source>Fits at &amp;once (n_jobs):</source>
        <translation>&amp;Gleichzeitige Fits (n_jobs):</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>Fits</translation>
    </message>
    <message>
        <source>1 (None); −1 for every fit</source>
        <translation>1 (None); −1 für alle Fits auf einmal</translation>
    </message>
    <message>
        <source>Parameter &amp;candidates:</source>
        <translation>Parameter-&amp;Kandidaten:</translation>
    </message>
    <message>
        <source>searched</source>
        <translation>durchsucht</translation>
    </message>
    <message>
        <source>1 (plain cross-validation)</source>
        <translation>1 (einfache Kreuzvalidierung)</translation>
    </message>
    <message>
        <source>Optimizer &amp;step:</source>
        <translation>Optimierer&amp;schritt:</translation>
    </message>
    <message>
        <source>foreach (one temporary the size of the states)</source>
        <translation>foreach (ein Zwischenspeicher so groß wie die Zustände)</translation>
    </message>
    <message>
        <source>fused (no temporaries)</source>
        <translation>fusioniert (keine Zwischenspeicher)</translation>
    </message>
    <message>
        <source>per parameter</source>
        <translation>pro Parameter</translation>
    </message>
    <message>
        <source>in backward (each gradient freed as it is made)</source>
        <translation>im Backward-Pass (jeder Gradient wird freigegeben, sobald er entsteht)</translation>
    </message>
    <message>
        <source>&amp;Loss chunks:</source>
        <translation>&amp;Loss-Blöcke:</translation>
    </message>
    <message>
        <source>torch.co&amp;mpile (the chunked loss is fused)</source>
        <translation>torch.co&amp;mpile (der Loss in Blöcken wird fusioniert)</translation>
    </message>
    <message>
        <source>Offload activations to &amp;host RAM</source>
        <translation>Aktivierungen in den &amp;Host-RAM auslagern</translation>
    </message>
    <message>
        <source>Adapted la&amp;yers:</source>
        <translation>Angepasste Sch&amp;ichten:</translation>
    </message>
    <message>
        <source>LoRA dropo&amp;ut:</source>
        <translation>LoRA-Dropo&amp;ut:</translation>
    </message>
    <message>
        <source>probability (lora_dropout)</source>
        <translation>Wahrscheinlichkeit (lora_dropout)</translation>
    </message>
    <message>
        <source>Default (foreach on CUDA)</source>
        <translation>Standard (foreach auf CUDA)</translation>
    </message>
    <message>
        <source>chunks of the output</source>
        <translation>Blöcke der Ausgabe</translation>
    </message>
    <message>
        <source>Op-level selective (every other matmul kept)</source>
        <translation>Selektiv auf Operationsebene (jede zweite Matmul behalten)</translation>
    </message>
    <message>
        <source>Loss funct&amp;ion:</source>
        <translation>Loss-Fun&amp;ktion:</translation>
    </message>
    <message>
        <source>Cross-entropy over the outputs</source>
        <translation>Kreuzentropie über die Ausgaben</translation>
    </message>
    <message>
        <source>Sum of the outputs (a benchmark&apos;s logits.sum())</source>
        <translation>Summe der Ausgaben (logits.sum() eines Benchmarks)</translation>
    </message>
    <message>
        <source>Query projection (q_proj)</source>
        <translation>Query-Projektion (q_proj)</translation>
    </message>
    <message>
        <source>Key projection (k_proj)</source>
        <translation>Key-Projektion (k_proj)</translation>
    </message>
    <message>
        <source>Value projection (v_proj)</source>
        <translation>Value-Projektion (v_proj)</translation>
    </message>
    <message>
        <source>Attention output projection (o_proj)</source>
        <translation>Ausgabeprojektion der Attention (o_proj)</translation>
    </message>
    <message>
        <source>FFN gate projection (gate_proj; SwiGLU FFNs only)</source>
        <translation>Gate-Projektion des FFN (gate_proj; nur SwiGLU-FFNs)</translation>
    </message>
    <message>
        <source>FFN up projection (up_proj; a GELU FFN&apos;s first layer, fc1)</source>
        <translation>Up-Projektion des FFN (up_proj; die erste Schicht eines GELU-FFN, fc1)</translation>
    </message>
    <message>
        <source>FFN down projection (down_proj; a GELU FFN&apos;s second layer, fc2)</source>
        <translation>Down-Projektion des FFN (down_proj; die zweite Schicht eines GELU-FFN, fc2)</translation>
    </message>
    <message>
        <source>The linear layers of each block that get LoRA adapters: q, k, v and o by default; every one is PEFT&apos;s &quot;all-linear&quot;. A mixture&apos;s experts are not adapted.</source>
        <translation>Die linearen Schichten jedes Blocks, die LoRA-Adapter erhalten: standardmäßig q, k, v und o; alle zusammen entsprechen PEFTs &quot;all-linear&quot;. Die Experten einer Mixture werden nicht angepasst.</translation>
    </message>
    <message>
        <source>At least one layer must get adapters.</source>
        <translation>Mindestens eine Schicht muss Adapter erhalten.</translation>
    </message>
    <message>
        <source>Adapted layers</source>
        <translation>Angepasste Schichten</translation>
    </message>
</context>
<context>
    <name>headroom::ui::TrainingPage</name>
    <message>
        <source>Batch and training</source>
        <translation>Batch und Training</translation>
    </message>
    <message>
        <source>What the job does each step: batch, precision, optimizer and memory savers.</source>
        <translation>Was der Job in jedem Schritt tut: Batch, Genauigkeit, Optimierer und Speichersparmaßnahmen.</translation>
    </message>
    <message>
        <source>What the estimator does: fit or predict, and how many jobs run at once.</source>
        <translation>Was der Schätzer tut: anpassen oder vorhersagen, und wie viele Jobs gleichzeitig laufen.</translation>
    </message>
</context>
<context>
    <name>headroom::ui::UserGuideDialog</name>
    <message>
        <source>Headroom User Guide</source>
        <translation>Headroom-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Memory capacity planner for machine-learning jobs</source>
        <translation>Speicher-Kapazitätsplaner für Machine-Learning-Jobs</translation>
    </message>
    <message>
        <source>A scenario file to open.</source>
        <translation>Eine zu öffnende Szenariodatei.</translation>
    </message>
</context>
</TS>
