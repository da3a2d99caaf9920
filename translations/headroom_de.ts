<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Report</name>
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
        <source>Price: %1 %2</source>
        <translation>Preis: %1 %2</translation>
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
        <source>Framework runtime</source>
        <translation>Framework-Laufzeit</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Targets (labels)</source>
        <translation>Zielwerte (Labels)</translation>
    </message>
    <message>
        <source>Preprocessing copies</source>
        <translation>Kopien bei der Vorverarbeitung</translation>
    </message>
    <message>
        <source>Batch buffers</source>
        <translation>Batch-Puffer</translation>
    </message>
    <message>
        <source>Data-loader workers</source>
        <translation>Datenlader-Prozesse</translation>
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
        <translation>KV-Cache</translation>
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
        <source>Allocator fragmentation</source>
        <translation>Fragmentierung des Allokators</translation>
    </message>
    <message>
        <source>host RAM is %1 short</source>
        <translation>dem Arbeitsspeicher fehlen %1</translation>
    </message>
    <message>
        <source>it has no GPU</source>
        <translation>sie hat keine GPU</translation>
    </message>
    <message numerus="yes">
        <source>it has %n GPU(s); the job needs %1 per machine</source>
        <translation>
            <numerusform>sie hat %n GPU; der Job braucht %1 je Maschine</numerusform>
            <numerusform>sie hat %n GPUs; der Job braucht %1 je Maschine</numerusform>
        </translation>
    </message>
    <message>
        <source>each GPU is %1 short</source>
        <translation>jeder GPU fehlen %1</translation>
    </message>
    <message>
        <source>it fits, but leaves less than the %1 safety margin of host RAM</source>
        <translation>sie reicht, lässt aber weniger als den Sicherheitsaufschlag von %1 im Arbeitsspeicher frei</translation>
    </message>
    <message>
        <source>it fits, but leaves less than the %1 safety margin on each GPU</source>
        <translation>sie reicht, lässt aber auf jeder GPU weniger als den Sicherheitsaufschlag von %1 frei</translation>
    </message>
    <message>
        <source>it fits with the margin too, but costs %1 %2 more</source>
        <translation>sie reicht auch mit Aufschlag, kostet aber %1 %2 mehr</translation>
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
        <source>On this machine the largest batch that fits is &lt;b&gt;%1&lt;/b&gt; samples per device; the scenario uses %2.</source>
        <translation>Auf dieser Maschine passt ein Batch von höchstens &lt;b&gt;%1&lt;/b&gt; Beispielen je Gerät; das Szenario nutzt %2.</translation>
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
        <source>Free memory is what remains at the job&apos;s peak, after the OS reserve and other programs; a machine fits with margin when it also covers the %1 safety margin.</source>
        <translation>Frei ist, was zur Spitze des Jobs nach der Reserve des Betriebssystems und anderer Programme bleibt; eine Maschine passt mit Aufschlag, wenn sie auch den Sicherheitsaufschlag von %1 abdeckt.</translation>
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
</context>
<context>
    <name>headroom::ui::AboutDialog</name>
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
    <name>headroom::ui::BreakdownView</name>
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
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
</context>
<context>
    <name>headroom::ui::ExtraMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
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
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
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
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
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
        <source>Cannot open scenario</source>
        <translation>Szenario kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 was not opened; what you had open is unchanged.</source>
        <translation>%1 wurde nicht geöffnet; was Sie geöffnet hatten, ist unverändert.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
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
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
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
    <name>headroom::ui::ScenarioModel</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
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
