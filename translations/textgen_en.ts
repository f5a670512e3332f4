<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>textgen::DistributionChart</name>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="53"/>
        <source>at temperature 1</source>
        <comment>softmax temperature</comment>
        <translation>at temperature 1</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="54"/>
        <source>after the sampler</source>
        <translation>after the sampler</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="55"/>
        <location filename="../widgets/distribution_chart.cpp" line="127"/>
        <source>sampled</source>
        <translation>sampled</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="56"/>
        <source>probability</source>
        <translation>probability</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="93"/>
        <source>Click a word of a sample to see the distribution it was drawn from.</source>
        <translation>Click a word of a sample to see the distribution it was drawn from.</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="55"/>
        <location filename="../widgets/distribution_chart.cpp" line="94"/>
        <location filename="../widgets/distribution_chart.cpp" line="127"/>
        <source>forced (a branch)</source>
        <translation>forced (a branch)</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="94"/>
        <source>drawn</source>
        <translation>drawn</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="95"/>
        <source>%1 · entropy %2 bits · outside these %3: %4% · %5</source>
        <translation>%1 · entropy %2 bits · outside these %3: %4% · %5</translation>
    </message>
</context>
<context>
    <name>textgen::GenerationPanel</name>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="145"/>
        <source>The checkpoint to sample: the latest, or the end of any epoch</source>
        <translation>The checkpoint to sample: the latest, or the end of any epoch</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="146"/>
        <source>A prompt to continue (the chapter&apos;s model has no start token: type a word or more)</source>
        <translation>A prompt to continue (the chapter&apos;s model has no start token: type a word or more)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="147"/>
        <source>off</source>
        <comment>top-k disabled</comment>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="148"/>
        <source>New seed</source>
        <translation>New seed</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="152"/>
        <source>Side by side</source>
        <comment>samples laid out as columns</comment>
        <translation>Side by side</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="153"/>
        <source>One under another</source>
        <comment>samples laid out as rows</comment>
        <translation>One under another</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="154"/>
        <source>Columns side by side, or each sample as a full-width paragraph</source>
        <translation>Columns side by side, or each sample as a full-width paragraph</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="155"/>
        <source>columns: </source>
        <translation>columns: </translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="156"/>
        <source>Colour by probability</source>
        <translation>Colour by probability</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="158"/>
        <source>Undo branch</source>
        <translation>Undo branch</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="159"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="160"/>
        <source>Temperature</source>
        <comment>sampling softmax temperature</comment>
        <translation>Temperature</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="147"/>
        <location filename="../app/studio/generation_panel.cpp" line="162"/>
        <source>top-k</source>
        <translation>top-k</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="149"/>
        <source>The chapter&apos;s temperatures</source>
        <comment>one column per temperature</comment>
        <translation>The chapter&apos;s temperatures</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="150"/>
        <source>Different seeds</source>
        <comment>one column per seed, at one temperature</comment>
        <translation>Different seeds</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="151"/>
        <source>One column per temperature of the chapter (one seed), or one column per seed (one temperature)</source>
        <translation>One column per temperature of the chapter (one seed), or one column per seed (one temperature)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="157"/>
        <source>Shade each word by the probability it was drawn with: pale words were unlikely</source>
        <translation>Shade each word by the probability it was drawn with: pale words were unlikely</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="163"/>
        <source>top-p</source>
        <translation>top-p</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="164"/>
        <source>length</source>
        <translation>length</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="165"/>
        <source>seed</source>
        <comment>random seed</comment>
        <translation>seed</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="175"/>
        <source>Keep only the k most likely words before drawing (off: keep them all)</source>
        <translation>Keep only the k most likely words before drawing (off: keep them all)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="176"/>
        <source>Keep the most likely words whose probabilities add up to p (1: keep them all)</source>
        <translation>Keep the most likely words whose probabilities add up to p (1: keep them all)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="177"/>
        <source>Words to generate after the prompt</source>
        <translation>Words to generate after the prompt</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="178"/>
        <source>The random seed: the same seed draws the same words at the same temperature</source>
        <translation>The random seed: the same seed draws the same words at the same temperature</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="347"/>
        <source>T %1 · seed %2</source>
        <translation>T %1 · seed %2</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="349"/>
        <source> · epoch %1</source>
        <translation> · epoch %1</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="124"/>
        <source>Sampling %1, epoch %2, step %3</source>
        <translation>Sampling %1, epoch %2, step %3</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="182"/>
        <location filename="../app/studio/generation_panel.cpp" line="249"/>
        <source>This run has no checkpoint yet: train it to sample from it.</source>
        <translation>This run has no checkpoint yet: train it to sample from it.</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="262"/>
        <source>latest checkpoint</source>
        <translation>latest checkpoint</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="265"/>
        <source>after epoch %1</source>
        <translation>after epoch %1</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="351"/>
        <source> · top-k %1</source>
        <translation> · top-k %1</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="353"/>
        <source> · top-p %1</source>
        <translation> · top-p %1</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="333"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="335"/>
        <source> · not in the vocabulary: %1</source>
        <translation> · not in the vocabulary: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="416"/>
        <source>column %1, word %2 “%3”</source>
        <translation>column %1, word %2 “%3”</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="476"/>
        <source>Branch: column %1 takes “%2” at word %3</source>
        <translation>Branch: column %1 takes “%2” at word %3</translation>
    </message>
</context>
<context>
    <name>textgen::GenerationWorker</name>
    <message>
        <location filename="../app/core/generation_service.cpp" line="161"/>
        <source>No checkpoint is loaded: choose a run that has been trained.</source>
        <translation>No checkpoint is loaded: choose a run that has been trained.</translation>
    </message>
</context>
<context>
    <name>textgen::LossPlot</name>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="106"/>
        <location filename="../widgets/loss_plot.cpp" line="263"/>
        <source>%1 (validation)</source>
        <translation>%1 (validation)</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="265"/>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="266"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="267"/>
        <source>tokens seen</source>
        <translation>tokens seen</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="268"/>
        <source>wall time (s)</source>
        <translation>wall time (s)</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="270"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="270"/>
        <source>perplexity</source>
        <translation>perplexity</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="353"/>
        <source>training loss</source>
        <translation>training loss</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="353"/>
        <source>validation loss</source>
        <translation>validation loss</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="354"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="355"/>
        <source>%1 (perplexity) %2</source>
        <translation>%1 (perplexity) %2</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="356"/>
        <source>%1 — %2 %3: %4</source>
        <translation>%1 — %2 %3: %4</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="427"/>
        <location filename="../widgets/loss_plot.cpp" line="462"/>
        <source>Cannot write %1:
%2</source>
        <translation>Cannot write %1:
%2</translation>
    </message>
</context>
<context>
    <name>textgen::MainWindow</name>
    <message>
        <location filename="../app/studio/main_window.cpp" line="70"/>
        <source>not trained yet</source>
        <translation>not trained yet</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="72"/>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="74"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="76"/>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="78"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="80"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="81"/>
        <source>damaged</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="349"/>
        <source>textgen studio</source>
        <translation>textgen studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="114"/>
        <source>Training finished.</source>
        <translation>Training finished.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="114"/>
        <source>Training stopped; a checkpoint was saved.</source>
        <translation>Training stopped; a checkpoint was saved.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="120"/>
        <source>Training failed</source>
        <translation>Training failed</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="142"/>
        <source>Reading the corpus…</source>
        <translation>Reading the corpus…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="143"/>
        <source>Building the vocabulary…</source>
        <translation>Building the vocabulary…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="144"/>
        <source>Loading the latest checkpoint…</source>
        <translation>Loading the latest checkpoint…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="145"/>
        <source>Encoding the corpus…</source>
        <translation>Encoding the corpus…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="146"/>
        <source>Building the model…</source>
        <translation>Building the model…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="354"/>
        <source>&amp;New run…</source>
        <translation>&amp;New run…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="355"/>
        <source>&amp;Train</source>
        <comment>start or resume training</comment>
        <translation>&amp;Train</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="356"/>
        <location filename="../app/studio/main_window.cpp" line="541"/>
        <source>&amp;Pause</source>
        <comment>pause training</comment>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="357"/>
        <source>S&amp;top</source>
        <comment>stop training</comment>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="358"/>
        <source>Export &amp;samples…</source>
        <translation>Export &amp;samples…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="359"/>
        <source>Export &amp;epoch samples…</source>
        <translation>Export &amp;epoch samples…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="360"/>
        <source>Export loss as &amp;CSV…</source>
        <translation>Export loss as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="361"/>
        <source>Export loss as &amp;PNG…</source>
        <translation>Export loss as &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="362"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="363"/>
        <source>&amp;Bigger text</source>
        <translation>&amp;Bigger text</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="364"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="365"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="366"/>
        <source>Epoch samples at &amp;full size</source>
        <translation>Epoch samples at &amp;full size</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="367"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="368"/>
        <source>T&amp;raining</source>
        <translation>T&amp;raining</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="369"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="370"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="371"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="372"/>
        <source>&lt;h2&gt;No training runs yet&lt;/h2&gt;&lt;p&gt;A run trains a language model on a corpus and keeps its loss curve and checkpoints. Start with a small model on the fortune corpus: its loss falls within seconds, and you can then sample it at any temperature.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No training runs yet&lt;/h2&gt;&lt;p&gt;A run trains a language model on a corpus and keeps its loss curve and checkpoints. Start with a small model on the fortune corpus: its loss falls within seconds, and you can then sample it at any temperature.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="375"/>
        <source>Train a small model on the fortune corpus</source>
        <translation>Train a small model on the fortune corpus</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="729"/>
        <source>T %1</source>
        <translation>T %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="238"/>
        <location filename="../app/studio/main_window.cpp" line="507"/>
        <location filename="../app/studio/main_window.cpp" line="521"/>
        <source>Cannot start</source>
        <translation>Cannot start</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="380"/>
        <source>steps</source>
        <translation>steps</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="380"/>
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="380"/>
        <source>tokens seen</source>
        <translation>tokens seen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="380"/>
        <source>wall time</source>
        <translation>wall time</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="383"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="384"/>
        <source>perplexity</source>
        <translation>perplexity</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="385"/>
        <source>log scale</source>
        <translation>log scale</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="376"/>
        <source>Smoothing</source>
        <translation>Smoothing</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="377"/>
        <source>How much the bold curve is smoothed (TensorBoard&apos;s moving average); the faint curve is every step</source>
        <translation>How much the bold curve is smoothed (TensorBoard&apos;s moving average); the faint curve is every step</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="378"/>
        <source>x:</source>
        <translation>x:</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="379"/>
        <source>y:</source>
        <translation>y:</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="386"/>
        <source>Follow</source>
        <comment>the plot follows the newest step</comment>
        <translation>Follow</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="387"/>
        <source>Keep the newest step in view (a zoom or a drag stops following; a double-click follows again)</source>
        <translation>Keep the newest step in view (a zoom or a drag stops following; a double-click follows again)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="388"/>
        <source>Runs</source>
        <comment>training runs</comment>
        <translation>Runs</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="389"/>
        <location filename="../app/studio/main_window.cpp" line="782"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="389"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="389"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="389"/>
        <source>Best validation loss</source>
        <translation>Best validation loss</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="389"/>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="390"/>
        <source>Distribution</source>
        <comment>the probability distribution a word was drawn from</comment>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="391"/>
        <source>Samples by epoch</source>
        <translation>Samples by epoch</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="356"/>
        <location filename="../app/studio/main_window.cpp" line="541"/>
        <source>&amp;Resume</source>
        <comment>resume training</comment>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="571"/>
        <source>Check to overlay its curve on the plot</source>
        <translation>Check to overlay its curve on the plot</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="684"/>
        <source>device: %1</source>
        <translation>device: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="685"/>
        <source>epoch %1 · step %2 · loss %3 · %4 tokens/s · ETA %5</source>
        <translation>epoch %1 · step %2 · loss %3 · %4 tokens/s · ETA %5</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="733"/>
        <source>epoch %1</source>
        <translation>epoch %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="755"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="756"/>
        <source>Duplicate settings into a new run</source>
        <translation>Duplicate settings into a new run</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="757"/>
        <source>Open its folder</source>
        <translation>Open its folder</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="759"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="764"/>
        <source>Rename run</source>
        <translation>Rename run</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="764"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="768"/>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="774"/>
        <location filename="../app/studio/main_window.cpp" line="776"/>
        <source>Delete run</source>
        <translation>Delete run</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="774"/>
        <source>%1

Delete %2 for good?</source>
        <translation>%1

Delete %2 for good?</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="789"/>
        <location filename="../app/studio/main_window.cpp" line="803"/>
        <source>There are no samples to export yet.</source>
        <translation>There are no samples to export yet.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="792"/>
        <location filename="../app/studio/main_window.cpp" line="795"/>
        <source>Export samples</source>
        <translation>Export samples</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="792"/>
        <location filename="../app/studio/main_window.cpp" line="822"/>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="805"/>
        <source>Samples written to %1</source>
        <translation>Samples written to %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="818"/>
        <source>This run has no epoch samples yet.</source>
        <translation>This run has no epoch samples yet.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="821"/>
        <location filename="../app/studio/main_window.cpp" line="828"/>
        <source>Export epoch samples</source>
        <translation>Export epoch samples</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="834"/>
        <location filename="../app/studio/main_window.cpp" line="837"/>
        <source>Export loss as CSV</source>
        <translation>Export loss as CSV</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="834"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="842"/>
        <location filename="../app/studio/main_window.cpp" line="845"/>
        <source>Export loss as PNG</source>
        <translation>Export loss as PNG</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="842"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
</context>
<context>
    <name>textgen::NewRunDialog</name>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="36"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="39"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="41"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="42"/>
        <source>%1 days %2 h</source>
        <translation>%1 days %2 h</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="52"/>
        <source>Corpus %1 (%2)</source>
        <translation>Corpus %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="53"/>
        <source>  files read:  %1</source>
        <translation>  files read:  %1</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="54"/>
        <source>  documents:   %1</source>
        <translation>  documents:   %1</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="55"/>
        <source>  text:        %1 MB</source>
        <translation>  text:        %1 MB</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="57"/>
        <source>  invalid UTF-8 sequences replaced: %1</source>
        <translation>  invalid UTF-8 sequences replaced: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="58"/>
        <source>  skipped:     %1</source>
        <translation>  skipped:     %1</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="63"/>
        <source>    … and %1 more</source>
        <translation>    … and %1 more</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="73"/>
        <source>vocabulary %1 is too small: padding and [UNK] take two tokens</source>
        <translation>vocabulary %1 is too small: padding and [UNK] take two tokens</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="74"/>
        <source>sequence length %1 is too short: a sequence needs an input and a target</source>
        <translation>sequence length %1 is too short: a sequence needs an input and a target</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="75"/>
        <source>embedding %1 must be at least 1</source>
        <translation>embedding %1 must be at least 1</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="76"/>
        <source>layers %1 must be at least 1</source>
        <translation>layers %1 must be at least 1</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="77"/>
        <source>dropout %1 must be in [0, 1)</source>
        <translation>dropout %1 must be in [0, 1)</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="78"/>
        <source>heads %1 must be at least 1</source>
        <translation>heads %1 must be at least 1</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="79"/>
        <source>feed-forward %1 must be at least 1</source>
        <translation>feed-forward %1 must be at least 1</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="80"/>
        <source>embedding %1 is not divisible by %2 heads</source>
        <translation>embedding %1 is not divisible by %2 heads</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="88"/>
        <source>Choose a folder of .txt files (such as aclImdb/), a fortune file or folder, or a plain text file.</source>
        <translation>Choose a folder of .txt files (such as aclImdb/), a fortune file or folder, or a plain text file.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="90"/>
        <source>Corpus not found: %1.</source>
        <translation>Corpus not found: %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="91"/>
        <source>No text files in %1.</source>
        <translation>No text files in %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="92"/>
        <source>Reading %1 was cancelled.</source>
        <translation>Reading %1 was cancelled.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="94"/>
        <source>No usable text in %1: %2 of %3 files skipped.</source>
        <translation>No usable text in %1: %2 of %3 files skipped.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="120"/>
        <source>New training run</source>
        <translation>New training run</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="121"/>
        <source>my run</source>
        <translation>my run</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="123"/>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="124"/>
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="125"/>
        <source>Scan</source>
        <comment>read the corpus and report on it</comment>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="133"/>
        <source>words (the chapter&apos;s)</source>
        <translation>words (the chapter&apos;s)</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="134"/>
        <source>characters</source>
        <translation>characters</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="136"/>
        <source>first tokens of each document (the chapter&apos;s)</source>
        <translation>first tokens of each document (the chapter&apos;s)</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="137"/>
        <source>one stream, nothing wasted</source>
        <translation>one stream, nothing wasted</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="139"/>
        <source>seed: the chapter&apos;s Transformer decoder</source>
        <translation>seed: the chapter&apos;s Transformer decoder</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="140"/>
        <source>gpt: a modern GPT</source>
        <translation>gpt: a modern GPT</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="141"/>
        <source>lstm: a recurrent network</source>
        <translation>lstm: a recurrent network</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="160"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="162"/>
        <source>CUDA device %1</source>
        <translation>CUDA device %1</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="175"/>
        <source>Create and train</source>
        <translation>Create and train</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="182"/>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="188"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="190"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="191"/>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="192"/>
        <source>Sequences</source>
        <translation>Sequences</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="193"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="194"/>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="195"/>
        <source>Attention heads</source>
        <translation>Attention heads</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="196"/>
        <source>Feed-forward</source>
        <translation>Feed-forward</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="197"/>
        <source>Sequence length</source>
        <translation>Sequence length</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="198"/>
        <source>Vocabulary size</source>
        <translation>Vocabulary size</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="199"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="200"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="202"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="204"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="205"/>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="206"/>
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="207"/>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="208"/>
        <source>Seed</source>
        <comment>random seed</comment>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="209"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="230"/>
        <source>Press Scan to read the corpus.</source>
        <translation>Press Scan to read the corpus.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="256"/>
        <source>Choose a corpus folder</source>
        <translation>Choose a corpus folder</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="263"/>
        <source>Choose a corpus file</source>
        <translation>Choose a corpus file</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="285"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="407"/>
        <source>Give the run a name.</source>
        <translation>Give the run a name.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="409"/>
        <source>The corpus cannot be used yet: scan it, or choose another one.</source>
        <translation>The corpus cannot be used yet: scan it, or choose another one.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="414"/>
        <source>measuring…</source>
        <translation>measuring…</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="429"/>
        <source>fortunes, small gpt</source>
        <translation>fortunes, small gpt</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="510"/>
        <source>Scan the corpus to see how long an epoch is.</source>
        <translation>Scan the corpus to see how long an epoch is.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="517"/>
        <source>%1 steps an epoch (%2 tokens) · %3 epochs ≈ %4 steps</source>
        <translation>%1 steps an epoch (%2 tokens) · %3 epochs ≈ %4 steps</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="522"/>
        <source>on this CPU</source>
        <translation>on this CPU</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="522"/>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="524"/>
        <source> ≈ %1 %2</source>
        <translation> ≈ %1 %2</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="526"/>
        <source> · measuring a step %1…</source>
        <translation> · measuring a step %1…</translation>
    </message>
</context>
<context>
    <name>textgen::RunLibrary</name>
    <message>
        <location filename="../app/core/run_library.cpp" line="210"/>
        <source>%1 is being trained by %2: stop it before deleting it.</source>
        <translation>%1 is being trained by %2: stop it before deleting it.</translation>
    </message>
    <message>
        <location filename="../app/core/run_library.cpp" line="217"/>
        <source>Cannot delete %1.</source>
        <translation>Cannot delete %1.</translation>
    </message>
    <message>
        <location filename="../app/core/run_library.cpp" line="217"/>
        <source>There is no trash for %1: confirm to delete it for good.</source>
        <translation>There is no trash for %1: confirm to delete it for good.</translation>
    </message>
</context>
<context>
    <name>textgen::SampleGrid</name>
    <message>
        <location filename="../widgets/sample_grid.cpp" line="73"/>
        <source>Prompt: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Prompt: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/sample_grid.cpp" line="122"/>
        <source>&quot;%1&quot;: probability %2%3</source>
        <translation>&quot;%1&quot;: probability %2%3</translation>
    </message>
    <message>
        <location filename="../widgets/sample_grid.cpp" line="123"/>
        <source> (forced)</source>
        <translation> (forced)</translation>
    </message>
    <message>
        <location filename="../widgets/sample_grid.cpp" line="247"/>
        <source>%1 — branch</source>
        <translation>%1 — branch</translation>
    </message>
</context>
<context>
    <name>textgen::TemperatureSlider</name>
    <message>
        <location filename="../widgets/temperature_slider.cpp" line="58"/>
        <source>Softmax temperature: 0 is greedy, 1 is the model&apos;s own distribution, above 1 is flatter</source>
        <translation>Softmax temperature: 0 is greedy, 1 is the model&apos;s own distribution, above 1 is flatter</translation>
    </message>
    <message>
        <location filename="../widgets/temperature_slider.cpp" line="60"/>
        <source>Temperature</source>
        <comment>sampling softmax temperature</comment>
        <translation>Temperature</translation>
    </message>
</context>
<context>
    <name>textgen::TrainingController</name>
    <message>
        <location filename="../app/core/training_controller.cpp" line="158"/>
        <source>A run is already training (%1): stop it first.</source>
        <translation>A run is already training (%1): stop it first.</translation>
    </message>
    <message>
        <location filename="../app/core/training_controller.cpp" line="163"/>
        <source>Another run is training on %1: one run trains at a time per device.</source>
        <translation>Another run is training on %1: one run trains at a time per device.</translation>
    </message>
</context>
</TS>
