<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>Against %n published GPU run(s) whose per-GPU memory was measured (each compared with the figure of the monitor it was read from: allocated, reserved or nvidia-smi), this version estimates with a median error of %1, a 90th percentile of %2 and a worst case of %3; %4 of them are under-estimated.</source>
        <translation>
            <numerusform>Against %n published GPU run whose per-GPU memory was measured (compared with the figure of the monitor it was read from: allocated, reserved or nvidia-smi), this version estimates with an error of %1 (90th percentile %2, worst %3); %4 of them are under-estimated.</numerusform>
            <numerusform>Against %n published GPU runs whose per-GPU memory was measured (each compared with the figure of the monitor it was read from: allocated, reserved or nvidia-smi), this version estimates with a median error of %1, a 90th percentile of %2 and a worst case of %3; %4 of them are under-estimated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Memory per GPU: %1 recommended (peak %2), %n GPU(s)</source>
        <translation>
            <numerusform>Memory per GPU: %1 recommended (peak %2), %n GPU</numerusform>
            <numerusform>Memory per GPU: %1 recommended (peak %2), %n GPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %n candidate machine(s), it is the least expensive that holds the job with the %1 safety margin.</source>
        <translation>
            <numerusform>It is the only candidate machine, and it holds the job with the %1 safety margin.</numerusform>
            <numerusform>Of the %n candidate machines, it is the least expensive that holds the job with the %1 safety margin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %n candidate machine(s), it is the one with the least memory that holds the job with the %1 safety margin.</source>
        <translation>
            <numerusform>It is the only candidate machine, and it holds the job with the %1 safety margin.</numerusform>
            <numerusform>Of the %n candidate machines, it is the one with the least memory that holds the job with the %1 safety margin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %1 of host RAM and %n GPU(s) with %2 each.</source>
        <translation>
            <numerusform>It has %1 of host RAM and %n GPU with %2.</numerusform>
            <numerusform>It has %1 of host RAM and %n GPUs with %2 each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;None of the %n candidate machine(s)&lt;/b&gt; holds the job with the %1 safety margin.</source>
        <translation>
            <numerusform>&lt;b&gt;The only candidate machine&lt;/b&gt; does not hold the job with the %1 safety margin.</numerusform>
            <numerusform>&lt;b&gt;None of the %n candidate machines&lt;/b&gt; holds the job with the %1 safety margin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Per GPU (%n GPU(s))</source>
        <translation>
            <numerusform>Per GPU (%n GPU)</numerusform>
            <numerusform>Per GPU (%n GPUs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n micro-batch(es) per step</source>
        <translation>
            <numerusform>%n micro-batch per step</numerusform>
            <numerusform>%n micro-batches per step</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The busiest of the job&apos;s %n GPU(s).</source>
        <translation>
            <numerusform>The job&apos;s only GPU.</numerusform>
            <numerusform>The busiest of the job&apos;s %n GPUs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The calibration set holds %n real workload(s) (PyTorch on CPU, scikit-learn, XGBoost) whose peak resident memory was measured. This version of Headroom estimates their host peak with a median error of %1, a 90th percentile of %2 and a worst case of %3 of the measured peak.</source>
        <translation>
            <numerusform>The calibration set holds %n real workload (PyTorch on CPU, scikit-learn, XGBoost) whose peak resident memory was measured. This version of Headroom estimates its host peak with an error of %1 of the measured peak.</numerusform>
            <numerusform>The calibration set holds %n real workloads (PyTorch on CPU, scikit-learn, XGBoost) whose peak resident memory was measured. This version of Headroom estimates their host peak with a median error of %1, a 90th percentile of %2 and a worst case of %3 of the measured peak.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::ui::AboutDialog</name>
    <message numerus="yes">
        <source>&lt;p&gt;Measured accuracy of this version: host RAM within a median %1 (worst %2) of %n measured CPU run(s); memory per GPU within a median %3 (90th percentile %4, worst %5) of %6 published GPU runs.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Measured accuracy of this version: host RAM within a median %1 (worst %2) of %n measured CPU run; memory per GPU within a median %3 (90th percentile %4, worst %5) of %6 published GPU runs.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Measured accuracy of this version: host RAM within a median %1 (worst %2) of %n measured CPU runs; memory per GPU within a median %3 (90th percentile %4, worst %5) of %6 published GPU runs.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::ui::AdvisorPanel</name>
    <message numerus="yes">
        <source>Ways to need less memory (%n in all), those that make more candidates fit first. Each saving is the difference between two estimates.</source>
        <translation>
            <numerusform>Ways to need less memory (%n in all), those that make more candidates fit first. Each saving is the difference between two estimates.</numerusform>
            <numerusform>Ways to need less memory (%n in all), those that make more candidates fit first. Each saving is the difference between two estimates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::ui::BatchChart</name>
    <message numerus="yes">
        <source>%n concurrent sequence(s)</source>
        <translation>
            <numerusform>%n concurrent sequence</numerusform>
            <numerusform>%n concurrent sequences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::ui::BreakdownChart</name>
    <message numerus="yes">
        <source>Per device (%n device(s))</source>
        <translation>
            <numerusform>Per device (%n device)</numerusform>
            <numerusform>Per device (%n devices)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::ui::BreakdownView</name>
    <message numerus="yes">
        <source>&lt;b&gt;Per device&lt;/b&gt; (%n device(s)): peak %1 · recommended %2 · smallest GPU that fits: %3</source>
        <translation>
            <numerusform>&lt;b&gt;Per device&lt;/b&gt; (%n device): peak %1 · recommended %2 · smallest GPU that fits: %3</numerusform>
            <numerusform>&lt;b&gt;Per device&lt;/b&gt; (%n devices): peak %1 · recommended %2 · smallest GPU that fits: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::ui::CatalogDialog</name>
    <message numerus="yes">
        <source>Imported %n entry(s).</source>
        <translation>
            <numerusform>Imported %n entry.</numerusform>
            <numerusform>Imported %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::ui::ComparisonView</name>
    <message numerus="yes">
        <source>The comparison holds at most %n candidates</source>
        <translation>
            <numerusform>The comparison holds at most %n candidate</numerusform>
            <numerusform>The comparison holds at most %n candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::ui::RecommendationView</name>
    <message numerus="yes">
        <source>Per GPU (%n device(s))</source>
        <translation>
            <numerusform>Per GPU (%n device)</numerusform>
            <numerusform>Per GPU (%n devices)</numerusform>
        </translation>
    </message>
</context>
</TS>
