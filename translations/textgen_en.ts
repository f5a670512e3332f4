<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>textgen::DistributionChart</name>
    <message>
        <source>at temperature 1</source>
        <comment>softmax temperature</comment>
        <translation>at temperature 1</translation>
    </message>
    <message>
        <source>after the sampler</source>
        <translation>after the sampler</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>sampled</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probability</translation>
    </message>
    <message>
        <source>Click a word of a sample to see the distribution it was drawn from.</source>
        <translation>Click a word of a sample to see the distribution it was drawn from.</translation>
    </message>
    <message>
        <source>forced (a branch)</source>
        <translation>forced (a branch)</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>drawn</translation>
    </message>
    <message>
        <source>%1 · entropy %2 bits · outside these %3: %4% · %5</source>
        <translation>%1 · entropy %2 bits · outside these %3: %4% · %5</translation>
    </message>
</context>
<context>
    <name>textgen::GenerationPanel</name>
    <message>
        <source>The checkpoint to sample: the latest, or the end of any epoch</source>
        <translation>The checkpoint to sample: the latest, or the end of any epoch</translation>
    </message>
    <message>
        <source>A prompt to continue (the chapter&apos;s model has no start token: type a word or more)</source>
        <translation>A prompt to continue (the chapter's model has no start token: type a word or more)</translation>
    </message>
    <message>
        <source>off</source>
        <comment>top-k disabled</comment>
        <translation>off</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>New seed</translation>
    </message>
    <message>
        <source>Columns at the chapter&apos;s temperatures</source>
        <translation>Columns at the chapter's temperatures</translation>
    </message>
    <message>
        <source>Columns with different seeds</source>
        <translation>Columns with different seeds</translation>
    </message>
    <message>
        <source>columns: </source>
        <translation>columns: </translation>
    </message>
    <message>
        <source>Colour by probability</source>
        <translation>Colour by probability</translation>
    </message>
    <message>
        <source>Undo branch</source>
        <translation>Undo branch</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Temperature</source>
        <comment>sampling softmax temperature</comment>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>top-k</source>
        <translation>top-k</translation>
    </message>
    <message>
        <source>top-p</source>
        <translation>top-p</translation>
    </message>
    <message>
        <source>length</source>
        <translation>length</translation>
    </message>
    <message>
        <source>seed</source>
        <comment>random seed</comment>
        <translation>seed</translation>
    </message>
    <message>
        <source>Sampling %1, epoch %2, step %3</source>
        <translation>Sampling %1, epoch %2, step %3</translation>
    </message>
    <message>
        <source>This run has no checkpoint yet: train it to sample from it.</source>
        <translation>This run has no checkpoint yet: train it to sample from it.</translation>
    </message>
    <message>
        <source>latest checkpoint</source>
        <translation>latest checkpoint</translation>
    </message>
    <message>
        <source>after epoch %1</source>
        <translation>after epoch %1</translation>
    </message>
    <message>
        <source>T = %1 · seed %2</source>
        <translation>T = %1 · seed %2</translation>
    </message>
    <message>
        <source> · top-k %1</source>
        <translation> · top-k %1</translation>
    </message>
    <message>
        <source> · top-p %1</source>
        <translation> · top-p %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source> · not in the vocabulary: %1</source>
        <translation> · not in the vocabulary: %1</translation>
    </message>
    <message>
        <source>column %1, word %2 “%3”</source>
        <translation>column %1, word %2 “%3”</translation>
    </message>
    <message>
        <source>Branch: column %1 takes “%2” at word %3</source>
        <translation>Branch: column %1 takes “%2” at word %3</translation>
    </message>
</context>
<context>
    <name>textgen::GenerationWorker</name>
    <message>
        <source>No checkpoint is loaded: choose a run that has been trained.</source>
        <translation>No checkpoint is loaded: choose a run that has been trained.</translation>
    </message>
</context>
<context>
    <name>textgen::LossPlot</name>
    <message>
        <source>%1 (validation)</source>
        <translation>%1 (validation)</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>tokens seen</source>
        <translation>tokens seen</translation>
    </message>
    <message>
        <source>wall time (s)</source>
        <translation>wall time (s)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>perplexity</source>
        <translation>perplexity</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>training loss</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>validation loss</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (perplexity) %2</source>
        <translation>%1 (perplexity) %2</translation>
    </message>
    <message>
        <source>%1 — %2 %3: %4</source>
        <translation>%1 — %2 %3: %4</translation>
    </message>
    <message>
        <source>Cannot write %1:
%2</source>
        <translation>Cannot write %1:
%2</translation>
    </message>
</context>
<context>
    <name>textgen::MainWindow</name>
    <message>
        <source>not trained yet</source>
        <translation>not trained yet</translation>
    </message>
    <message>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>textgen studio</source>
        <translation>textgen studio</translation>
    </message>
    <message>
        <source>Training finished.</source>
        <translation>Training finished.</translation>
    </message>
    <message>
        <source>Training stopped; a checkpoint was saved.</source>
        <translation>Training stopped; a checkpoint was saved.</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Training failed</translation>
    </message>
    <message>
        <source>&amp;New run…</source>
        <translation>&amp;New run…</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <comment>start or resume training</comment>
        <translation>&amp;Train</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <comment>pause training</comment>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <comment>stop training</comment>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Export &amp;samples…</source>
        <translation>Export &amp;samples…</translation>
    </message>
    <message>
        <source>Export &amp;epoch samples…</source>
        <translation>Export &amp;epoch samples…</translation>
    </message>
    <message>
        <source>Export loss as &amp;CSV…</source>
        <translation>Export loss as &amp;CSV…</translation>
    </message>
    <message>
        <source>Export loss as &amp;PNG…</source>
        <translation>Export loss as &amp;PNG…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>T&amp;raining</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No training runs yet&lt;/h2&gt;&lt;p&gt;A run trains a language model on a corpus and keeps its loss curve and checkpoints. Start with a small model on the fortune corpus: its loss falls within seconds, and you can then sample it at any temperature.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No training runs yet&lt;/h2&gt;&lt;p&gt;A run trains a language model on a corpus and keeps its loss curve and checkpoints. Start with a small model on the fortune corpus: its loss falls within seconds, and you can then sample it at any temperature.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Train a small model on the fortune corpus</source>
        <translation>Train a small model on the fortune corpus</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>Cannot start</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>steps</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <source>tokens seen</source>
        <translation>tokens seen</translation>
    </message>
    <message>
        <source>wall time</source>
        <translation>wall time</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>perplexity</source>
        <translation>perplexity</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>log scale</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>Smoothing</translation>
    </message>
    <message>
        <source>x:</source>
        <translation>x:</translation>
    </message>
    <message>
        <source>y:</source>
        <translation>y:</translation>
    </message>
    <message>
        <source>Runs</source>
        <comment>training runs</comment>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Best validation loss</source>
        <translation>Best validation loss</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <source>Samples by epoch</source>
        <translation>Samples by epoch</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <comment>resume training</comment>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Check to overlay its curve on the plot</source>
        <translation>Check to overlay its curve on the plot</translation>
    </message>
    <message>
        <source>device: %1</source>
        <translation>device: %1</translation>
    </message>
    <message>
        <source>epoch %1 · step %2 · loss %3 · %4 tokens/s · ETA %5</source>
        <translation>epoch %1 · step %2 · loss %3 · %4 tokens/s · ETA %5</translation>
    </message>
    <message>
        <source>T = %1</source>
        <translation>T = %1</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>epoch %1</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Duplicate settings into a new run</source>
        <translation>Duplicate settings into a new run</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>Open its folder</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>Rename run</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Delete run</translation>
    </message>
    <message>
        <source>%1

Delete %2 for good?</source>
        <translation>%1

Delete %2 for good?</translation>
    </message>
    <message>
        <source>There are no samples to export yet.</source>
        <translation>There are no samples to export yet.</translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation>Export samples</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>Samples written to %1</source>
        <translation>Samples written to %1</translation>
    </message>
    <message>
        <source>This run has no epoch samples yet.</source>
        <translation>This run has no epoch samples yet.</translation>
    </message>
    <message>
        <source>Export epoch samples</source>
        <translation>Export epoch samples</translation>
    </message>
    <message>
        <source>Export loss as CSV</source>
        <translation>Export loss as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export loss as PNG</source>
        <translation>Export loss as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
</context>
<context>
    <name>textgen::NewRunDialog</name>
    <message>
        <source>New training run</source>
        <translation>New training run</translation>
    </message>
    <message>
        <source>my run</source>
        <translation>my run</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <source>Scan</source>
        <comment>read the corpus and report on it</comment>
        <translation>Scan</translation>
    </message>
    <message>
        <source>words (the chapter&apos;s)</source>
        <translation>words (the chapter's)</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>characters</translation>
    </message>
    <message>
        <source>first tokens of each document (the chapter&apos;s)</source>
        <translation>first tokens of each document (the chapter's)</translation>
    </message>
    <message>
        <source>one stream, nothing wasted</source>
        <translation>one stream, nothing wasted</translation>
    </message>
    <message>
        <source>seed: the chapter&apos;s Transformer decoder</source>
        <translation>seed: the chapter's Transformer decoder</translation>
    </message>
    <message>
        <source>gpt: a modern GPT</source>
        <translation>gpt: a modern GPT</translation>
    </message>
    <message>
        <source>lstm: a recurrent network</source>
        <translation>lstm: a recurrent network</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA device %1</source>
        <translation>CUDA device %1</translation>
    </message>
    <message>
        <source>Create and train</source>
        <translation>Create and train</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Sequences</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>Attention heads</translation>
    </message>
    <message>
        <source>Feed-forward</source>
        <translation>Feed-forward</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Sequence length</translation>
    </message>
    <message>
        <source>Vocabulary size</source>
        <translation>Vocabulary size</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>Seed</source>
        <comment>random seed</comment>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Press Scan to read the corpus.</source>
        <translation>Press Scan to read the corpus.</translation>
    </message>
    <message>
        <source>Choose a corpus folder</source>
        <translation>Choose a corpus folder</translation>
    </message>
    <message>
        <source>Choose a corpus file</source>
        <translation>Choose a corpus file</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Give the run a name.</source>
        <translation>Give the run a name.</translation>
    </message>
    <message>
        <source>The corpus cannot be used yet: scan it, or choose another one.</source>
        <translation>The corpus cannot be used yet: scan it, or choose another one.</translation>
    </message>
    <message>
        <source>fortunes, small gpt</source>
        <translation>fortunes, small gpt</translation>
    </message>
</context>
<context>
    <name>textgen::RunLibrary</name>
    <message>
        <source>%1 is being trained by %2: stop it before deleting it.</source>
        <translation>%1 is being trained by %2: stop it before deleting it.</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>Cannot delete %1.</translation>
    </message>
    <message>
        <source>There is no trash for %1: confirm to delete it for good.</source>
        <translation>There is no trash for %1: confirm to delete it for good.</translation>
    </message>
</context>
<context>
    <name>textgen::SampleGrid</name>
    <message>
        <source>Prompt: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Prompt: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: probability %2%3</source>
        <translation>"%1": probability %2%3</translation>
    </message>
    <message>
        <source> (forced)</source>
        <translation> (forced)</translation>
    </message>
    <message>
        <source>%1 — branch</source>
        <translation>%1 — branch</translation>
    </message>
</context>
<context>
    <name>textgen::TemperatureSlider</name>
    <message>
        <source>Softmax temperature: 0 is greedy, 1 is the model&apos;s own distribution, above 1 is flatter</source>
        <translation>Softmax temperature: 0 is greedy, 1 is the model's own distribution, above 1 is flatter</translation>
    </message>
    <message>
        <source>Temperature</source>
        <comment>sampling softmax temperature</comment>
        <translation>Temperature</translation>
    </message>
</context>
<context>
    <name>textgen::TrainingController</name>
    <message>
        <source>A run is already training (%1): stop it first.</source>
        <translation>A run is already training (%1): stop it first.</translation>
    </message>
    <message>
        <source>Another run is training on %1: one run trains at a time per device.</source>
        <translation>Another run is training on %1: one run trains at a time per device.</translation>
    </message>
</context>
</TS>
