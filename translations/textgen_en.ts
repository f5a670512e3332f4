<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="35"/>
        <source>the disk is full; free some space and try again</source>
        <translation>the disk is full; free some space and try again</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="36"/>
        <source>the disk quota is used up; free some space and try again</source>
        <translation>the disk quota is used up; free some space and try again</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="38"/>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="39"/>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="40"/>
        <source>the file system is read-only</source>
        <translation>the file system is read-only</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="41"/>
        <source>the disk reported an input/output error</source>
        <translation>the disk reported an input/output error</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="42"/>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="43"/>
        <source>a part of the path is not a folder</source>
        <translation>a part of the path is not a folder</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="44"/>
        <source>the name is too long</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="46"/>
        <source>too many files are open</source>
        <translation>too many files are open</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="47"/>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="55"/>
        <source>Choose a folder of .txt files (such as aclImdb/), a fortune file or folder, or a plain text file.</source>
        <translation>Choose a folder of .txt files (such as aclImdb/), a fortune file or folder, or a plain text file.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="64"/>
        <source>vocabulary %1 is too small: padding and [UNK] take two tokens</source>
        <translation>vocabulary %1 is too small: padding and [UNK] take two tokens</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="66"/>
        <source>sequence length %1 is too short: a sequence needs an input and a target</source>
        <translation>sequence length %1 is too short: a sequence needs an input and a target</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="67"/>
        <source>embedding %1 must be at least 1</source>
        <translation>embedding %1 must be at least 1</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="68"/>
        <source>layers %1 must be at least 1</source>
        <translation>layers %1 must be at least 1</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="69"/>
        <source>dropout %1 must be in [0, 1)</source>
        <translation>dropout %1 must be in [0, 1)</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="70"/>
        <source>heads %1 must be at least 1</source>
        <translation>heads %1 must be at least 1</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="71"/>
        <source>feed-forward %1 must be at least 1</source>
        <translation>feed-forward %1 must be at least 1</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="73"/>
        <source>embedding %1 is not divisible by %2 heads</source>
        <translation>embedding %1 is not divisible by %2 heads</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="87"/>
        <source>It belongs to the run %1: open that run instead.</source>
        <translation>It belongs to the run %1: open that run instead.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="92"/>
        <source>Cannot open %1</source>
        <translation>Cannot open %1</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="93"/>
        <location filename="../app/studio/problem_text.cpp" line="260"/>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="94"/>
        <source>Cannot flush %1 to disk</source>
        <translation>Cannot flush %1 to disk</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="95"/>
        <location filename="../app/studio/problem_text.cpp" line="261"/>
        <source>Cannot replace %1</source>
        <translation>Cannot replace %1</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="96"/>
        <source>Corpus not found: %1.</source>
        <translation>Corpus not found: %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="98"/>
        <source>No text files in %1.</source>
        <translation>No text files in %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="101"/>
        <source>The folder %1 could not be listed (%2).</source>
        <translation>The folder %1 could not be listed (%2).</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="104"/>
        <source>Reading %1 was cancelled.</source>
        <translation>Reading %1 was cancelled.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="106"/>
        <source>No usable text in %1: %2 of %3 files skipped.</source>
        <translation>No usable text in %1: %2 of %3 files skipped.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="111"/>
        <source>cannot open</source>
        <translation>cannot open</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="112"/>
        <source>cannot read</source>
        <translation>cannot read</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="113"/>
        <source>cannot list the folder</source>
        <translation>cannot list the folder</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="114"/>
        <source>a broken link: what it points to is gone</source>
        <translation>a broken link: what it points to is gone</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="115"/>
        <source>a binary file, not text</source>
        <translation>a binary file, not text</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="116"/>
        <source>no text (empty, or only whitespace)</source>
        <translation>no text (empty, or only whitespace)</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="117"/>
        <source>Cannot open the checkpoint %1</source>
        <translation>Cannot open the checkpoint %1</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="118"/>
        <source>%1 is not a textgen checkpoint.</source>
        <translation>%1 is not a textgen checkpoint.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="120"/>
        <source>The header of %1 is cut short (it has no &quot;end&quot; line): the file was not written to the end. Use the previous checkpoint.</source>
        <translation>The header of %1 is cut short (it has no &quot;end&quot; line): the file was not written to the end. Use the previous checkpoint.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="123"/>
        <source>The header of %1 has no &quot;%2&quot; field: the file is damaged.</source>
        <translation>The header of %1 has no &quot;%2&quot; field: the file is damaged.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="125"/>
        <source>The header field &quot;%2&quot; of %1 is not a whole number (&quot;%3&quot;): the file is damaged.</source>
        <translation>The header field &quot;%2&quot; of %1 is not a whole number (&quot;%3&quot;): the file is damaged.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="128"/>
        <source>The header field &quot;%2&quot; of %1 is not a number (&quot;%3&quot;): the file is damaged.</source>
        <translation>The header field &quot;%2&quot; of %1 is not a number (&quot;%3&quot;): the file is damaged.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="131"/>
        <source>%1 has checkpoint format %2; this version of the studio reads format %3. It was written by another version of textgen.</source>
        <translation>%1 has checkpoint format %2; this version of the studio reads format %3. It was written by another version of textgen.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="133"/>
        <source>%1 names an unknown preset &quot;%2&quot;.</source>
        <translation>%1 names an unknown preset &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="135"/>
        <source>The header of %1 describes a model that cannot be built: %2.</source>
        <translation>The header of %1 describes a model that cannot be built: %2.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="137"/>
        <source>The header of %1 has a negative step, epoch or batch: the file is damaged.</source>
        <translation>The header of %1 has a negative step, epoch or batch: the file is damaged.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="139"/>
        <source>%1 is cut short or damaged: its header announces %2 bytes of tensors, the file holds %3 (was the write interrupted?). Use the previous checkpoint.</source>
        <translation>%1 is cut short or damaged: its header announces %2 bytes of tensors, the file holds %3 (was the write interrupted?). Use the previous checkpoint.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="142"/>
        <source>%1 is damaged: its tensors do not match the checksum in its header. Use the previous checkpoint.</source>
        <translation>%1 is damaged: its tensors do not match the checksum in its header. Use the previous checkpoint.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="145"/>
        <source>The tensors of %1 cannot be read (%2). Use the previous checkpoint.</source>
        <translation>The tensors of %1 cannot be read (%2). Use the previous checkpoint.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="147"/>
        <source>%1 holds a %2 model; this run is %3.</source>
        <translation>%1 holds a %2 model; this run is %3.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="149"/>
        <source>%1 was written by a model with a vocabulary of %2 tokens; this run has %3.</source>
        <translation>%1 was written by a model with a vocabulary of %2 tokens; this run has %3.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="152"/>
        <source>%1 was written by a model with another vocabulary of the same size (%2 tokens).</source>
        <translation>%1 was written by a model with another vocabulary of the same size (%2 tokens).</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="155"/>
        <source>%1 holds a model of other sizes (%2); this run is %3.</source>
        <translation>%1 holds a model of other sizes (%2); this run is %3.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="157"/>
        <source>The device %1 was asked for, but this build of LibTorch sees no CUDA device (Debian&apos;s libtorch is CPU-only). Choose the CPU device.</source>
        <translation>The device %1 was asked for, but this build of LibTorch sees no CUDA device (Debian&apos;s libtorch is CPU-only). Choose the CPU device.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="160"/>
        <source>The device %1 does not exist: this machine has %2 CUDA device(s).</source>
        <translation>The device %1 does not exist: this machine has %2 CUDA device(s).</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="161"/>
        <source>Unknown device &quot;%1&quot;: choose auto, cpu, cuda or cuda:N.</source>
        <translation>Unknown device &quot;%1&quot;: choose auto, cpu, cuda or cuda:N.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="162"/>
        <source>Batch size %1 must be at least 1.</source>
        <translation>Batch size %1 must be at least 1.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="163"/>
        <source>Learning rate %1 must be a positive number.</source>
        <translation>Learning rate %1 must be a positive number.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="165"/>
        <source>The training split is empty: the corpus has too little text for sequences of %1 tokens. Choose a larger corpus or a shorter sequence.</source>
        <translation>The training split is empty: the corpus has too little text for sequences of %1 tokens. Choose a larger corpus or a shorter sequence.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="168"/>
        <source>The dataset&apos;s sequences are %1 tokens long, the model&apos;s %2.</source>
        <translation>The dataset&apos;s sequences are %1 tokens long, the model&apos;s %2.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="170"/>
        <source>The loss became NaN at step %1 (learning rate %2): training stopped, and the last checkpoint is kept. Lower the learning rate and start again.</source>
        <translation>The loss became NaN at step %1 (learning rate %2): training stopped, and the last checkpoint is kept. Lower the learning rate and start again.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="173"/>
        <source>The loss became infinite at step %1 (learning rate %2): training stopped, and the last checkpoint is kept. Lower the learning rate and start again.</source>
        <translation>The loss became infinite at step %1 (learning rate %2): training stopped, and the last checkpoint is kept. Lower the learning rate and start again.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="176"/>
        <source>The %1 device ran out of memory at batch size %2. Use a smaller batch (%3) or a smaller model.</source>
        <translation>The %1 device ran out of memory at batch size %2. Use a smaller batch (%3) or a smaller model.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="179"/>
        <source>The validation loss is not finite after epoch %1: the weights diverged, and the last checkpoint is kept. Lower the learning rate and start again.</source>
        <translation>The validation loss is not finite after epoch %1: the weights diverged, and the last checkpoint is kept. Lower the learning rate and start again.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="182"/>
        <source>The environment variable %1 is &quot;%2&quot;, which names no rank of a job. Unset it to train in one process, or start the job with torchrun or SLURM.</source>
        <translation>The environment variable %1 is &quot;%2&quot;, which names no rank of a job. Unset it to train in one process, or start the job with torchrun or SLURM.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="185"/>
        <source>Port %2 on %1 is already in use, so rank 0 cannot listen there. Set MASTER_PORT to a free port.</source>
        <translation>Port %2 on %1 is already in use, so rank 0 cannot listen there. Set MASTER_PORT to a free port.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="188"/>
        <source>Not all %1 ranks joined at %3 within %2 s. Start every rank with the same MASTER_ADDR and MASTER_PORT.</source>
        <translation>Not all %1 ranks joined at %3 within %2 s. Start every rank with the same MASTER_ADDR and MASTER_PORT.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="190"/>
        <source>The ranks could not meet at %1: %2</source>
        <translation>The ranks could not meet at %1: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="192"/>
        <source>Rank %1 was started with %2, rank 0 with %3. Start every rank with the same textgen and the same options.</source>
        <translation>Rank %1 was started with %2, rank 0 with %3. Start every rank with the same textgen and the same options.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="195"/>
        <source>Another rank of the job stopped answering (%1): training stopped. The last checkpoint is kept, and the run can be resumed.</source>
        <translation>Another rank of the job stopped answering (%1): training stopped. The last checkpoint is kept, and the run can be resumed.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="198"/>
        <source>The batch of %1 does not split evenly over %2 processes. Choose a batch that the number of processes divides.</source>
        <translation>The batch of %1 does not split evenly over %2 processes. Choose a batch that the number of processes divides.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="201"/>
        <source>The vocabulary has %1 tokens and the model %2: they belong to different runs.</source>
        <translation>The vocabulary has %1 tokens and the model %2: they belong to different runs.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="203"/>
        <source>The prompt is empty: type at least one word. The chapter&apos;s model has no start token to begin from.</source>
        <translation>The prompt is empty: type at least one word. The chapter&apos;s model has no start token to begin from.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="205"/>
        <source>The prompt &quot;%1&quot; has no words once punctuation is removed: type at least one word.</source>
        <translation>The prompt &quot;%1&quot; has no words once punctuation is removed: type at least one word.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="206"/>
        <source>There are no columns to generate.</source>
        <translation>There are no columns to generate.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="207"/>
        <source>The length must be between 0 and %2 tokens, not %1.</source>
        <translation>The length must be between 0 and %2 tokens, not %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="209"/>
        <source>The temperature must be a finite number of at least 0 (0 is greedy), not %1.</source>
        <translation>The temperature must be a finite number of at least 0 (0 is greedy), not %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="210"/>
        <source>Top-p must be between 0 and 1 (1 keeps every token), not %1.</source>
        <translation>Top-p must be between 0 and 1 (1 keeps every token), not %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="211"/>
        <source>Min-p must be between 0 and 1 (0 keeps every token), not %1.</source>
        <translation>Min-p must be between 0 and 1 (0 keeps every token), not %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="213"/>
        <source>The repetition penalty must be a number above 0 (1 is none), over a window of 0 tokens or more, not %1 over %2.</source>
        <translation>The repetition penalty must be a number above 0 (1 is none), over a window of 0 tokens or more, not %1 over %2.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="216"/>
        <source>The sampler chain lists %1 twice.</source>
        <translation>The sampler chain lists %1 twice.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="218"/>
        <source>The sampler chain leaves out %1, which is set to %2: add it to the chain or turn it off.</source>
        <translation>The sampler chain leaves out %1, which is set to %2: add it to the chain or turn it off.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="220"/>
        <source>A forced token is outside the vocabulary.</source>
        <translation>A forced token is outside the vocabulary.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="221"/>
        <source>A vocabulary starts with the padding token (an empty line) and [UNK].</source>
        <translation>A vocabulary starts with the padding token (an empty line) and [UNK].</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="222"/>
        <source>Token id %1 is outside the vocabulary of %2 tokens.</source>
        <translation>Token id %1 is outside the vocabulary of %2 tokens.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="223"/>
        <source>Cannot open the vocabulary %1</source>
        <translation>Cannot open the vocabulary %1</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="225"/>
        <source>%1, line %2: the file is not UTF-8 text; a vocabulary is written by textgen.</source>
        <translation>%1, line %2: the file is not UTF-8 text; a vocabulary is written by textgen.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="227"/>
        <source>%1, line %2: a backslash ends the line; a backslash is written as \\.</source>
        <translation>%1, line %2: a backslash ends the line; a backslash is written as \.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="229"/>
        <source>%1, line %2: unknown escape \%3 (known: \\ \n \r \t).</source>
        <translation>%1, line %2: unknown escape \%3 (known: \ 
 
 	).</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="231"/>
        <source>%1, line %2: the first line must be empty (the padding token, id 0), but it holds &quot;%3&quot;.</source>
        <translation>%1, line %2: the first line must be empty (the padding token, id 0), but it holds &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="234"/>
        <source>%1, line %2: the second line must be [UNK] (the out-of-vocabulary token, id 1), but it holds &quot;%3&quot;.</source>
        <translation>%1, line %2: the second line must be [UNK] (the out-of-vocabulary token, id 1), but it holds &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="237"/>
        <source>%1, line %2: an empty token; only the first line (padding) may be empty.</source>
        <translation>%1, line %2: an empty token; only the first line (padding) may be empty.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="239"/>
        <source>%1, line %2: [UNK] appears again; it belongs on line 2 only.</source>
        <translation>%1, line %2: [UNK] appears again; it belongs on line 2 only.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="241"/>
        <source>%1, line %2: the token &quot;%3&quot; appears again (first on line %4).</source>
        <translation>%1, line %2: the token &quot;%3&quot; appears again (first on line %4).</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="243"/>
        <source>%1, line %2: a vocabulary has at least two lines, the empty padding token and [UNK].</source>
        <translation>%1, line %2: a vocabulary has at least two lines, the empty padding token and [UNK].</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="258"/>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="259"/>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="262"/>
        <source>Cannot create the run folder %1</source>
        <translation>Cannot create the run folder %1</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="263"/>
        <source>%1 already holds a run: resume it, or choose another folder.</source>
        <translation>%1 already holds a run: resume it, or choose another folder.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="264"/>
        <source>%1 is not valid JSON (%2 at byte %3): the run is damaged.</source>
        <translation>%1 is not valid JSON (%2 at byte %3): the run is damaged.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="266"/>
        <source>%1: the field &quot;%2&quot; is missing or is not %3: the run is damaged.</source>
        <translation>%1: the field &quot;%2&quot; is missing or is not %3: the run is damaged.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="268"/>
        <source>%1 has format %2; this version of the studio reads format %3.</source>
        <translation>%1 has format %2; this version of the studio reads format %3.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="269"/>
        <source>%1: the model cannot be built: %2.</source>
        <translation>%1: the model cannot be built: %2.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="271"/>
        <source>%1 is being trained by process %2 on %3: wait for it to finish, or stop it there.</source>
        <translation>%1 is being trained by process %2 on %3: wait for it to finish, or stop it there.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="273"/>
        <source>Cannot take the lock %1</source>
        <translation>Cannot take the lock %1</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="274"/>
        <source>A checkpoint is &quot;latest&quot; or an epoch number from 1, not &quot;%1&quot;.</source>
        <translation>A checkpoint is &quot;latest&quot; or an epoch number from 1, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="275"/>
        <source>%1 has no checkpoint %2 yet: train it first.</source>
        <translation>%1 has no checkpoint %2 yet: train it first.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="276"/>
        <source>%1 has no checkpoint %2 (epochs saved: %3).</source>
        <translation>%1 has no checkpoint %2 (epochs saved: %3).</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="278"/>
        <source>The corpus at %1 changed since this run started (%2 documents and %3 bytes then; %4 and %5 now): resuming would train on other text. Start a new run instead.</source>
        <translation>The corpus at %1 changed since this run started (%2 documents and %3 bytes then; %4 and %5 now): resuming would train on other text. Start a new run instead.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="281"/>
        <source>%1 holds %2 tokens, but run.json says %3: the run folder was altered.</source>
        <translation>%1 holds %2 tokens, but run.json says %3: the run folder was altered.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="282"/>
        <source>No checkpoint is loaded: choose a run that has been trained.</source>
        <translation>No checkpoint is loaded: choose a run that has been trained.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="283"/>
        <source>A run is already training (%1): stop it first.</source>
        <translation>A run is already training (%1): stop it first.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="284"/>
        <source>Another run is training on %1: one run trains at a time per device.</source>
        <translation>Another run is training on %1: one run trains at a time per device.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="286"/>
        <source>%1 is being trained by process %2 on %3: stop it before deleting it.</source>
        <translation>%1 is being trained by process %2 on %3: stop it before deleting it.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="287"/>
        <source>Cannot delete %1.</source>
        <translation>Cannot delete %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="288"/>
        <source>There is no trash for %1: confirm to delete it for good.</source>
        <translation>There is no trash for %1: confirm to delete it for good.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="289"/>
        <source>stopped at step %1</source>
        <translation>stopped at step %1</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="290"/>
        <source>Cannot start the training processes %1: %2</source>
        <translation>Cannot start the training processes %1: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="291"/>
        <source>The training processes ended with exit code %1:
%2</source>
        <translation>The training processes ended with exit code %1:
%2</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="292"/>
        <source>%1, line %2: the file ends too early (was it cut short?).</source>
        <translation>%1, line %2: the file ends too early (was it cut short?).</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="294"/>
        <source>%1, line %2: not a textgen sample set (it must start with &quot;%3&quot;).</source>
        <translation>%1, line %2: not a textgen sample set (it must start with &quot;%3&quot;).</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="295"/>
        <source>%1, line %2: expected &quot;key: value&quot;, found &quot;%3&quot;.</source>
        <translation>%1, line %2: expected &quot;key: value&quot;, found &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="296"/>
        <source>%1, line %2: the header has no &quot;%3&quot; line.</source>
        <translation>%1, line %2: the header has no &quot;%3&quot; line.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="298"/>
        <source>%1, line %2: &quot;checkpoint&quot; must read &quot;epoch N, step N&quot;.</source>
        <translation>%1, line %2: &quot;checkpoint&quot; must read &quot;epoch N, step N&quot;.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="299"/>
        <source>%1, line %2: &quot;%3&quot; is not a number.</source>
        <translation>%1, line %2: &quot;%3&quot; is not a number.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="301"/>
        <source>%1, line %2: expected the heading of sample %3, found &quot;%4&quot;.</source>
        <translation>%1, line %2: expected the heading of sample %3, found &quot;%4&quot;.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="303"/>
        <source>%1, line %2: the chain of sample %3, &quot;%4&quot;, names a step this version does not know.</source>
        <translation>%1, line %2: the chain of sample %3, &quot;%4&quot;, names a step this version does not know.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="306"/>
        <source>%1, line %2: a number in the heading of sample %3 cannot be read.</source>
        <translation>%1, line %2: a number in the heading of sample %3 cannot be read.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="308"/>
        <source>%1, line %2: &quot;forced:&quot; takes step=id pairs, found &quot;%3&quot;.</source>
        <translation>%1, line %2: &quot;forced:&quot; takes step=id pairs, found &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="310"/>
        <source>%1, line %2: sample %3 should hold %4 bytes followed by a line break.</source>
        <translation>%1, line %2: sample %3 should hold %4 bytes followed by a line break.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="312"/>
        <source>%1, line %2: expected a blank line after sample %3.</source>
        <translation>%1, line %2: expected a blank line after sample %3.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="313"/>
        <source>%1, line %2: the line is not a JSON object (%3).</source>
        <translation>%1, line %2: the line is not a JSON object (%3).</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="315"/>
        <source>%1, line %2: the row has %3 cells where the table has %4.</source>
        <translation>%1, line %2: the row has %3 cells where the table has %4.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="317"/>
        <source>%1, line %2: not a textgen branch tree (it must start with &quot;%3&quot;).</source>
        <translation>%1, line %2: not a textgen branch tree (it must start with &quot;%3&quot;).</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="319"/>
        <source>%1, line %2: expected a branch or one of its fields, found &quot;%3&quot;.</source>
        <translation>%1, line %2: expected a branch or one of its fields, found &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="321"/>
        <source>%1, line %2: branch %3 has no parent before it, or its number is taken.</source>
        <translation>%1, line %2: branch %3 has no parent before it, or its number is taken.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="323"/>
        <source>%1, line %2: the sampler of branch %3 cannot be read.</source>
        <translation>%1, line %2: the sampler of branch %3 cannot be read.</translation>
    </message>
</context>
<context>
    <name>SystemText</name>
    <message>
        <location filename="../app/studio/system_text.cpp" line="20"/>
        <source>LibTorch&apos;s own (no system BLAS mapped)</source>
        <translation>LibTorch&apos;s own (no system BLAS mapped)</translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="21"/>
        <source>%1 (not OpenBLAS)</source>
        <translation>%1 (not OpenBLAS)</translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="24"/>
        <source>chosen at start-up for this CPU</source>
        <translation>chosen at start-up for this CPU</translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="26"/>
        <source>the chosen core computed a wrong product: back to the detected one</source>
        <translation>the chosen core computed a wrong product: back to the detected one</translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="28"/>
        <source>set by OPENBLAS_CORETYPE</source>
        <translation>set by OPENBLAS_CORETYPE</translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="29"/>
        <source>detected by OpenBLAS</source>
        <translation>detected by OpenBLAS</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/system_text.cpp" line="32"/>
        <source>OpenBLAS, %1 kernels (%2), %n thread(s)</source>
        <translation>
            <numerusform>OpenBLAS, %1 kernels (%2), %n thread</numerusform>
            <numerusform>OpenBLAS, %1 kernels (%2), %n threads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="34"/>
        <source>this CPU can run %1</source>
        <translation>this CPU can run %1</translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="43"/>
        <source>LibTorch runs on %1, not OpenBLAS: training is about 25 times slower. Install libopenblas0-openmp (make deps does).</source>
        <translation>LibTorch runs on %1, not OpenBLAS: training is about 25 times slower. Install libopenblas0-openmp (make deps does).</translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="46"/>
        <source>OpenBLAS&apos;s pthread build is loaded: its threads compete with LibTorch&apos;s, and training is about 1.5 times slower. Remove libopenblas0-pthread, or point libblas.so.3, liblapack.so.3 and libopenblas.so.0 at openblas-openmp.</source>
        <translation>OpenBLAS&apos;s pthread build is loaded: its threads compete with LibTorch&apos;s, and training is about 1.5 times slower. Remove libopenblas0-pthread, or point libblas.so.3, liblapack.so.3 and libopenblas.so.0 at openblas-openmp.</translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="63"/>
        <source>BLAS</source>
        <translation>BLAS</translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="64"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/system_text.cpp" line="64"/>
        <source>%1, %n logical core(s)</source>
        <translation>
            <numerusform>%1, %n logical core</numerusform>
            <numerusform>%1, %n logical cores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="65"/>
        <source>Vector units</source>
        <translation>Vector units</translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="67"/>
        <source>LibTorch</source>
        <translation>LibTorch</translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="68"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="68"/>
        <source>no device</source>
        <translation>no device</translation>
    </message>
</context>
<context>
    <name>textgen::AttentionMap</name>
    <message>
        <location filename="../widgets/attention_map.cpp" line="45"/>
        <source>weight</source>
        <comment>attention weight</comment>
        <translation>weight</translation>
    </message>
    <message>
        <location filename="../widgets/attention_map.cpp" line="129"/>
        <source>Click a word of a sample to see where the model looked to predict it.</source>
        <translation>Click a word of a sample to see where the model looked to predict it.</translation>
    </message>
    <message>
        <location filename="../widgets/attention_map.cpp" line="133"/>
        <source>%1 · %2 → “%3” %4</source>
        <translation>%1 · %2 → “%3” %4</translation>
    </message>
</context>
<context>
    <name>textgen::BranchTreeView</name>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="68"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="68"/>
        <source>Perplexity</source>
        <translation>Perplexity</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="68"/>
        <source>Entropy</source>
        <translation>Entropy</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="68"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="69"/>
        <source>Of the branch&apos;s text under the model at temperature 1</source>
        <translation>Of the branch&apos;s text under the model at temperature 1</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="70"/>
        <source>Mean entropy of the distributions its words were drawn from, in bits</source>
        <translation>Mean entropy of the distributions its words were drawn from, in bits</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="71"/>
        <source>Delete branch</source>
        <translation>Delete branch</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="72"/>
        <source>Delete the highlighted branch and every branch made from it (Delete)</source>
        <translation>Delete the highlighted branch and every branch made from it (Delete)</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="73"/>
        <source>Arrows move through the branches and show them; Enter on a greyed candidate makes it a branch; Delete deletes one; select two (Ctrl or Shift) to compare them</source>
        <translation>Arrows move through the branches and show them; Enter on a greyed candidate makes it a branch; Delete deletes one; select two (Ctrl or Shift) to compare them</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="140"/>
        <source>Enter or a double-click makes this word a branch</source>
        <translation>Enter or a double-click makes this word a branch</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="200"/>
        <source>Select two branches (Ctrl or Shift) to compare them.</source>
        <translation>Select two branches (Ctrl or Shift) to compare them.</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="223"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2; perplexity %3, entropy %4 bits): … %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2; perplexity %3, entropy %4 bits): … %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="229"/>
        <source>&lt;p&gt;They part at the first word.&lt;/p&gt;</source>
        <translation>&lt;p&gt;They part at the first word.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="230"/>
        <source>&lt;p&gt;Both begin with &lt;i&gt;%1&lt;/i&gt;, then part at word %2:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Both begin with &lt;i&gt;%1&lt;/i&gt;, then part at word %2:&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>textgen::ChainEditor</name>
    <message>
        <location filename="../widgets/chain_editor.cpp" line="40"/>
        <source>Run this step earlier (Ctrl+Up)</source>
        <translation>Run this step earlier (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../widgets/chain_editor.cpp" line="41"/>
        <source>Run this step later (Ctrl+Down)</source>
        <translation>Run this step later (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../widgets/chain_editor.cpp" line="42"/>
        <source>The sampler&apos;s steps, top to bottom in the order they run; drag to reorder</source>
        <translation>The sampler&apos;s steps, top to bottom in the order they run; drag to reorder</translation>
    </message>
</context>
<context>
    <name>textgen::DistributionChart</name>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="50"/>
        <source>at temperature 1</source>
        <comment>softmax temperature</comment>
        <translation>at temperature 1</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="51"/>
        <source>after the sampler</source>
        <translation>after the sampler</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="52"/>
        <location filename="../widgets/distribution_chart.cpp" line="115"/>
        <source>sampled</source>
        <translation>sampled</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="53"/>
        <source>probability</source>
        <translation>probability</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="55"/>
        <source>Draw 1,000</source>
        <comment>sample this step 1,000 times</comment>
        <translation>Draw 1,000</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="56"/>
        <source>Sample this step 1,000 times through the chain and mark how often each word came up</source>
        <translation>Sample this step 1,000 times through the chain and mark how often each word came up</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="80"/>
        <source>Click a word of a sample to see the distribution it was drawn from.</source>
        <translation>Click a word of a sample to see the distribution it was drawn from.</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="52"/>
        <location filename="../widgets/distribution_chart.cpp" line="81"/>
        <location filename="../widgets/distribution_chart.cpp" line="115"/>
        <source>forced (a branch)</source>
        <translation>forced (a branch)</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="54"/>
        <source>observed in draws</source>
        <translation>observed in draws</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="81"/>
        <source>drawn</source>
        <translation>drawn</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="82"/>
        <source>%1 · entropy %2 bits · outside these %3: %4% · %5</source>
        <translation>%1 · entropy %2 bits · outside these %3: %4% · %5</translation>
    </message>
</context>
<context>
    <name>textgen::EntropyPlot</name>
    <message>
        <location filename="../widgets/entropy_plot.cpp" line="38"/>
        <source>entropy (bits)</source>
        <translation>entropy (bits)</translation>
    </message>
    <message>
        <location filename="../widgets/entropy_plot.cpp" line="39"/>
        <source>after the chain&apos;s cuts</source>
        <translation>after the chain&apos;s cuts</translation>
    </message>
    <message>
        <location filename="../widgets/entropy_plot.cpp" line="40"/>
        <source>temperature</source>
        <comment>softmax temperature</comment>
        <translation>temperature</translation>
    </message>
    <message>
        <location filename="../widgets/entropy_plot.cpp" line="41"/>
        <source>entropy, bits</source>
        <translation>entropy, bits</translation>
    </message>
    <message>
        <location filename="../widgets/entropy_plot.cpp" line="42"/>
        <source>2^H choices</source>
        <translation>2^H choices</translation>
    </message>
    <message>
        <location filename="../widgets/entropy_plot.cpp" line="97"/>
        <source>Click a word of a sample to see how its entropy moves with temperature.</source>
        <translation>Click a word of a sample to see how its entropy moves with temperature.</translation>
    </message>
    <message>
        <location filename="../widgets/entropy_plot.cpp" line="99"/>
        <source>%1 · T %2: %3 bits, about %4 choices</source>
        <translation>%1 · T %2: %3 bits, about %4 choices</translation>
    </message>
    <message>
        <location filename="../widgets/entropy_plot.cpp" line="105"/>
        <source> · %1 bits after the cuts</source>
        <translation> · %1 bits after the cuts</translation>
    </message>
</context>
<context>
    <name>textgen::GenerationPanel</name>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="272"/>
        <source>The checkpoint to sample: the latest, or the end of any epoch</source>
        <translation>The checkpoint to sample: the latest, or the end of any epoch</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="274"/>
        <source>A prompt to continue (the chapter&apos;s model has no start token: type a word or more)</source>
        <translation>A prompt to continue (the chapter&apos;s model has no start token: type a word or more)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="275"/>
        <source>off</source>
        <comment>top-k disabled</comment>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="276"/>
        <source>New seed</source>
        <translation>New seed</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="283"/>
        <source>Side by side</source>
        <comment>samples laid out as columns</comment>
        <translation>Side by side</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="284"/>
        <source>One under another</source>
        <comment>samples laid out as rows</comment>
        <translation>One under another</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="285"/>
        <source>Columns side by side, or each sample as a full-width paragraph</source>
        <translation>Columns side by side, or each sample as a full-width paragraph</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="286"/>
        <source>columns: </source>
        <translation>columns: </translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="292"/>
        <source>Colour by probability</source>
        <translation>Colour by probability</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="294"/>
        <source>Undo branch</source>
        <translation>Undo branch</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="295"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="296"/>
        <source>Temperature</source>
        <comment>sampling softmax temperature</comment>
        <translation>Temperature</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="275"/>
        <location filename="../app/studio/generation_panel.cpp" line="298"/>
        <source>top-k</source>
        <translation>top-k</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="277"/>
        <source>The chapter&apos;s temperatures</source>
        <comment>one column per temperature</comment>
        <translation>The chapter&apos;s temperatures</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="278"/>
        <source>Different seeds</source>
        <comment>one column per seed, at one temperature</comment>
        <translation>Different seeds</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="293"/>
        <source>Shade each word by the probability it was drawn with: pale words were unlikely</source>
        <translation>Shade each word by the probability it was drawn with: pale words were unlikely</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="299"/>
        <source>top-p</source>
        <translation>top-p</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="300"/>
        <source>length</source>
        <translation>length</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="301"/>
        <source>seed</source>
        <comment>random seed</comment>
        <translation>seed</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="314"/>
        <source>Keep only the k most likely words before drawing (off: keep them all)</source>
        <translation>Keep only the k most likely words before drawing (off: keep them all)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="315"/>
        <source>Keep the most likely words whose probabilities add up to p (1: keep them all)</source>
        <translation>Keep the most likely words whose probabilities add up to p (1: keep them all)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="316"/>
        <source>Words to generate after the prompt</source>
        <translation>Words to generate after the prompt</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="317"/>
        <source>The random seed: the same seed draws the same words at the same temperature</source>
        <translation>The random seed: the same seed draws the same words at the same temperature</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="605"/>
        <source> · epoch %1</source>
        <translation> · epoch %1</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="244"/>
        <source>Sampling %1, epoch %2, step %3</source>
        <translation>Sampling %1, epoch %2, step %3</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="177"/>
        <source>Checkpoint %1 of %2…</source>
        <translation>Checkpoint %1 of %2…</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="190"/>
        <source>Stopped reading the checkpoints.</source>
        <translation>Stopped reading the checkpoints.</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="279"/>
        <source>Every checkpoint</source>
        <comment>one column per saved checkpoint, at one temperature and seed</comment>
        <translation>Every checkpoint</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="281"/>
        <source>One column per temperature of the chapter (one seed), one column per seed (one temperature), or one column per saved checkpoint (one temperature and seed: the model learning)</source>
        <translation>One column per temperature of the chapter (one seed), one column per seed (one temperature), or one column per saved checkpoint (one temperature and seed: the model learning)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="287"/>
        <source>all epochs</source>
        <translation>all epochs</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="289"/>
        <source>The checkpoints to show, by epoch: empty for all, or numbers and ranges such as 1, 3, 5-8</source>
        <translation>The checkpoints to show, by epoch: empty for all, or numbers and ranges such as 1, 3, 5-8</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="318"/>
        <source>min-p</source>
        <translation>min-p</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="319"/>
        <source>off</source>
        <comment>min-p disabled</comment>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="320"/>
        <source>Keep only the words at least this fraction as likely as the most likely one (off: keep them all)</source>
        <translation>Keep only the words at least this fraction as likely as the most likely one (off: keep them all)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="322"/>
        <source>repetition penalty</source>
        <translation>repetition penalty</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="323"/>
        <source>Make the words of the last few tokens less likely: positive logits are divided by it, negative ones multiplied (1: none)</source>
        <translation>Make the words of the last few tokens less likely: positive logits are divided by it, negative ones multiplied (1: none)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="325"/>
        <source>over the last</source>
        <comment>repetition penalty window</comment>
        <translation>over the last</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="326"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="327"/>
        <source>How many tokens of the context the repetition penalty looks back at</source>
        <translation>How many tokens of the context the repetition penalty looks back at</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="328"/>
        <source>The chain, in the order it runs (drag, or Ctrl+Up and Ctrl+Down):</source>
        <translation>The chain, in the order it runs (drag, or Ctrl+Up and Ctrl+Down):</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="334"/>
        <location filename="../app/studio/generation_panel.cpp" line="407"/>
        <source>This run has no checkpoint yet: train it to sample from it.</source>
        <translation>This run has no checkpoint yet: train it to sample from it.</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="426"/>
        <source>latest checkpoint</source>
        <translation>latest checkpoint</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="429"/>
        <source>after epoch %1</source>
        <translation>after epoch %1</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="518"/>
        <source>This run has no epoch checkpoints yet: train it for an epoch.</source>
        <translation>This run has no epoch checkpoints yet: train it for an epoch.</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="524"/>
        <source>No checkpoint for “%1”: name saved epochs, such as 1, 3, 5-8.</source>
        <translation>No checkpoint for “%1”: name saved epochs, such as 1, 3, 5-8.</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="579"/>
        <source>after “%1”</source>
        <translation>after “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/generation_panel.cpp" line="582"/>
        <source>%n checkpoint(s)</source>
        <translation>
            <numerusform>%n checkpoint</numerusform>
            <numerusform>%n checkpoints</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="587"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="589"/>
        <source> · not in the vocabulary: %1</source>
        <translation> · not in the vocabulary: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="601"/>
        <source>%1 · seed %2</source>
        <translation>%1 · seed %2</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="603"/>
        <source>epoch %1 · %2</source>
        <translation>epoch %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="612"/>
        <source>entropy %1 bits · perplexity %2 · distinct %3 / %4 · repeated trigrams %5%</source>
        <translation>entropy %1 bits · perplexity %2 · distinct %3 / %4 · repeated trigrams %5%</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="619"/>
        <source> · loop “%1” from word %2</source>
        <translation> · loop “%1” from word %2</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="626"/>
        <source>Mean entropy of the distributions the words were drawn from; perplexity of the text under the model at temperature 1 (lower: more typical); distinct words and word pairs over all of them; the share of three-word sequences already seen; the longest stretch that repeats itself (underlined in red).</source>
        <translation>Mean entropy of the distributions the words were drawn from; perplexity of the text under the model at temperature 1 (lower: more typical); distinct words and word pairs over all of them; the share of three-word sequences already seen; the longest stretch that repeats itself (underlined in red).</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="702"/>
        <location filename="../app/studio/generation_panel.cpp" line="814"/>
        <location filename="../app/studio/generation_panel.cpp" line="855"/>
        <source>column %1, word %2 “%3”</source>
        <translation>column %1, word %2 “%3”</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="747"/>
        <source>%1 draws: χ² %2, %3 degrees of freedom, p = %4</source>
        <translation>%1 draws: χ² %2, %3 degrees of freedom, p = %4</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="766"/>
        <source>block %1 cross · head %2</source>
        <translation>block %1 cross · head %2</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="766"/>
        <source>block %1 · head %2</source>
        <translation>block %1 · head %2</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="776"/>
        <source>This preset has no attention: the LSTM carries the context in its state.</source>
        <translation>This preset has no attention: the LSTM carries the context in its state.</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="789"/>
        <source>epoch %1 · after “%2”</source>
        <translation>epoch %1 · after “%2”</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="894"/>
        <source>the model (T = 1)</source>
        <translation>the model (T = 1)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="895"/>
        <source>padding and [UNK] removed</source>
        <translation>padding and [UNK] removed</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="899"/>
        <source>temperature %1</source>
        <translation>temperature %1</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="971"/>
        <source>repetition %1 over %2</source>
        <translation>repetition %1 over %2</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="966"/>
        <source>T %1</source>
        <translation>T %1</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="967"/>
        <source>top-k %1</source>
        <translation>top-k %1</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="968"/>
        <source>top-p %1</source>
        <translation>top-p %1</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="969"/>
        <source>min-p %1</source>
        <translation>min-p %1</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="994"/>
        <source>temperature (the slider)</source>
        <translation>temperature (the slider)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="995"/>
        <source>top-k (off)</source>
        <translation>top-k (off)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="996"/>
        <source>top-p (off)</source>
        <translation>top-p (off)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="997"/>
        <source>min-p (off)</source>
        <translation>min-p (off)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="999"/>
        <source>repetition penalty (off)</source>
        <translation>repetition penalty (off)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="1020"/>
        <location filename="../app/studio/generation_panel.cpp" line="1111"/>
        <source>Branches are made in the other column modes: here every column is its checkpoint&apos;s.</source>
        <translation>Branches are made in the other column modes: here every column is its checkpoint&apos;s.</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="1030"/>
        <source>“%1” is the word drawn there already.</source>
        <translation>“%1” is the word drawn there already.</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="1035"/>
        <source>Branch: column %1 takes “%2” at word %3</source>
        <translation>Branch: column %1 takes “%2” at word %3</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="1115"/>
        <source>Column %1 · the candidates for word %2 under the shown branch</source>
        <translation>Column %1 · the candidates for word %2 under the shown branch</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="1126"/>
        <source>as drawn</source>
        <comment>the column before any branch</comment>
        <translation>as drawn</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="1127"/>
        <source>word %1 → “%2” (%3%)</source>
        <translation>word %1 → “%2” (%3%)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="1133"/>
        <source>epoch %1 · %2 · seed %3</source>
        <translation>epoch %1 · %2 · seed %3</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="1149"/>
        <source>word %1: “%2” %3%</source>
        <translation>word %1: “%2” %3%</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="1181"/>
        <source>Show a run&apos;s columns in the chapter&apos;s temperatures or different seeds first.</source>
        <translation>Show a run&apos;s columns in the chapter&apos;s temperatures or different seeds first.</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="1185"/>
        <source>These branches were made on the run “%1”: select it first.</source>
        <translation>These branches were made on the run “%1”: select it first.</translation>
    </message>
</context>
<context>
    <name>textgen::LossPlot</name>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="103"/>
        <location filename="../widgets/loss_plot.cpp" line="257"/>
        <source>%1 (validation)</source>
        <translation>%1 (validation)</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="259"/>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="260"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="261"/>
        <source>tokens seen</source>
        <translation>tokens seen</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="262"/>
        <source>wall time (s)</source>
        <translation>wall time (s)</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="264"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="264"/>
        <source>perplexity</source>
        <translation>perplexity</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="347"/>
        <source>training loss</source>
        <translation>training loss</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="347"/>
        <source>validation loss</source>
        <translation>validation loss</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="349"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="350"/>
        <source>%1 (perplexity) %2</source>
        <translation>%1 (perplexity) %2</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="352"/>
        <source>%1 — %2 %3: %4</source>
        <translation>%1 — %2 %3: %4</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="420"/>
        <location filename="../widgets/loss_plot.cpp" line="455"/>
        <source>Cannot write %1:
%2</source>
        <translation>Cannot write %1:
%2</translation>
    </message>
</context>
<context>
    <name>textgen::MainWindow</name>
    <message>
        <location filename="../app/studio/main_window.cpp" line="85"/>
        <source>not trained yet</source>
        <translation>not trained yet</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="86"/>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="87"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="88"/>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="89"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="90"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="93"/>
        <source>damaged</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="440"/>
        <source>textgen studio</source>
        <translation>textgen studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="130"/>
        <location filename="../app/studio/main_window.cpp" line="147"/>
        <source>Training finished.</source>
        <translation>Training finished.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="130"/>
        <location filename="../app/studio/main_window.cpp" line="147"/>
        <source>Training stopped; a checkpoint was saved.</source>
        <translation>Training stopped; a checkpoint was saved.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="137"/>
        <location filename="../app/studio/main_window.cpp" line="152"/>
        <source>Training failed</source>
        <translation>Training failed</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="169"/>
        <source>Reading the corpus…</source>
        <translation>Reading the corpus…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="170"/>
        <source>Building the vocabulary…</source>
        <translation>Building the vocabulary…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="171"/>
        <source>Loading the latest checkpoint…</source>
        <translation>Loading the latest checkpoint…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="172"/>
        <source>Encoding the corpus…</source>
        <translation>Encoding the corpus…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="173"/>
        <source>Building the model…</source>
        <translation>Building the model…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="445"/>
        <source>&amp;New run…</source>
        <translation>&amp;New run…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="446"/>
        <source>&amp;Train</source>
        <comment>start or resume training</comment>
        <translation>&amp;Train</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="447"/>
        <location filename="../app/studio/main_window.cpp" line="697"/>
        <source>&amp;Pause</source>
        <comment>pause training</comment>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="448"/>
        <source>S&amp;top</source>
        <comment>stop training</comment>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="449"/>
        <source>Export &amp;samples…</source>
        <translation>Export &amp;samples…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="450"/>
        <source>Export &amp;branches…</source>
        <translation>Export &amp;branches…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="451"/>
        <source>Write every branch of the columns, as JSON or as an outline to read</source>
        <translation>Write every branch of the columns, as JSON or as an outline to read</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="452"/>
        <source>&amp;Open branches…</source>
        <translation>&amp;Open branches…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="453"/>
        <source>Read branches written by Export branches back into the columns</source>
        <translation>Read branches written by Export branches back into the columns</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="454"/>
        <source>Export &amp;epoch samples…</source>
        <translation>Export &amp;epoch samples…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="455"/>
        <source>Export loss as &amp;CSV…</source>
        <translation>Export loss as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="456"/>
        <source>Export loss as &amp;PNG…</source>
        <translation>Export loss as &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="457"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="458"/>
        <source>&amp;Bigger text</source>
        <translation>&amp;Bigger text</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="459"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="460"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="461"/>
        <source>Epoch samples at &amp;full size</source>
        <translation>Epoch samples at &amp;full size</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="462"/>
        <source>&amp;About textgen studio</source>
        <translation>&amp;About textgen studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="463"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="464"/>
        <source>T&amp;raining</source>
        <translation>T&amp;raining</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="465"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="466"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="467"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="474"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="475"/>
        <source>&lt;h2&gt;No training runs yet&lt;/h2&gt;&lt;p&gt;A run trains a language model on a corpus and keeps its loss curve and checkpoints. Start with a small model on the fortune corpus: its loss falls within seconds, and you can then sample it at any temperature.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No training runs yet&lt;/h2&gt;&lt;p&gt;A run trains a language model on a corpus and keeps its loss curve and checkpoints. Start with a small model on the fortune corpus: its loss falls within seconds, and you can then sample it at any temperature.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="478"/>
        <source>Train a small model on the fortune corpus</source>
        <translation>Train a small model on the fortune corpus</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="497"/>
        <source>Entropy</source>
        <comment>entropy against temperature</comment>
        <translation>Entropy</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="498"/>
        <source>Sampler steps</source>
        <comment>the chosen word through each step of the chain</comment>
        <translation>Sampler steps</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="499"/>
        <source>Sampler</source>
        <comment>the sampler chain&apos;s settings</comment>
        <translation>Sampler</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="500"/>
        <source>Checkpoints</source>
        <comment>the probability river: candidates&apos; probabilities by epoch</comment>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="501"/>
        <source>Attention</source>
        <comment>the inspected word&apos;s attention weights over its context</comment>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="502"/>
        <source>Branches</source>
        <comment>the tree of a column&apos;s branches</comment>
        <translation>Branches</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="539"/>
        <source>About textgen studio</source>
        <translation>About textgen studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="540"/>
        <source>&lt;h3&gt;textgen studio %1&lt;/h3&gt;&lt;p&gt;Trains word-level language models and samples them at any temperature, after chapter 12 of &lt;i&gt;Deep Learning with Python&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;textgen studio %1&lt;/h3&gt;&lt;p&gt;Trains word-level language models and samples them at any temperature, after chapter 12 of &lt;i&gt;Deep Learning with Python&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="856"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="858"/>
        <source>device: %1 · %n process(es)</source>
        <comment>a job of processes</comment>
        <translation>
            <numerusform>device: %1 · %n process</numerusform>
            <numerusform>device: %1 · %n processes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="861"/>
        <source>epoch %1 · step %2 · loss %3</source>
        <translation>epoch %1 · step %2 · loss %3</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="945"/>
        <source>T %1</source>
        <translation>T %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="288"/>
        <location filename="../app/studio/main_window.cpp" line="654"/>
        <location filename="../app/studio/main_window.cpp" line="676"/>
        <source>Cannot start</source>
        <translation>Cannot start</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="484"/>
        <source>steps</source>
        <translation>steps</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="484"/>
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="484"/>
        <source>tokens seen</source>
        <translation>tokens seen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="484"/>
        <source>wall time</source>
        <translation>wall time</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="487"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="488"/>
        <source>perplexity</source>
        <translation>perplexity</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="489"/>
        <source>log scale</source>
        <translation>log scale</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="479"/>
        <source>Smoothing</source>
        <translation>Smoothing</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="481"/>
        <source>How much the bold curve is smoothed (TensorBoard&apos;s moving average); the faint curve is every step</source>
        <translation>How much the bold curve is smoothed (TensorBoard&apos;s moving average); the faint curve is every step</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="482"/>
        <source>x:</source>
        <translation>x:</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="483"/>
        <source>y:</source>
        <translation>y:</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="490"/>
        <source>Follow</source>
        <comment>the plot follows the newest step</comment>
        <translation>Follow</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="492"/>
        <source>Keep the newest step in view (a zoom or a drag stops following; a double-click follows again)</source>
        <translation>Keep the newest step in view (a zoom or a drag stops following; a double-click follows again)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="493"/>
        <source>Runs</source>
        <comment>training runs</comment>
        <translation>Runs</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="494"/>
        <location filename="../app/studio/main_window.cpp" line="1001"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="494"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="494"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="494"/>
        <source>Best validation loss</source>
        <translation>Best validation loss</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="494"/>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="495"/>
        <source>Distribution</source>
        <comment>the probability distribution a word was drawn from</comment>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="496"/>
        <source>Samples by epoch</source>
        <translation>Samples by epoch</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="447"/>
        <location filename="../app/studio/main_window.cpp" line="697"/>
        <source>&amp;Resume</source>
        <comment>resume training</comment>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="730"/>
        <source>Check to overlay its curve on the plot</source>
        <translation>Check to overlay its curve on the plot</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="472"/>
        <location filename="../app/studio/main_window.cpp" line="859"/>
        <location filename="../app/studio/main_window.cpp" line="902"/>
        <source>device: %1</source>
        <translation>device: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="903"/>
        <source>epoch %1 · step %2 · loss %3 · %4 tokens/s · ETA %5</source>
        <translation>epoch %1 · step %2 · loss %3 · %4 tokens/s · ETA %5</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="949"/>
        <source>epoch %1</source>
        <translation>epoch %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="971"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="972"/>
        <source>Duplicate settings into a new run</source>
        <translation>Duplicate settings into a new run</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="973"/>
        <source>Open its folder</source>
        <translation>Open its folder</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="975"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="980"/>
        <source>Rename run</source>
        <translation>Rename run</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="980"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="985"/>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="992"/>
        <location filename="../app/studio/main_window.cpp" line="995"/>
        <source>Delete run</source>
        <translation>Delete run</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="993"/>
        <source>%1

Delete %2 for good?</source>
        <translation>%1

Delete %2 for good?</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1008"/>
        <location filename="../app/studio/main_window.cpp" line="1024"/>
        <source>There are no samples to export yet.</source>
        <translation>There are no samples to export yet.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1012"/>
        <location filename="../app/studio/main_window.cpp" line="1016"/>
        <source>Export samples</source>
        <translation>Export samples</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1013"/>
        <source>Sample sets (*.txt);;JSON Lines, every word with its probability (*.jsonl);;Markdown tables (*.md)</source>
        <translation>Sample sets (*.txt);;JSON Lines, every word with its probability (*.jsonl);;Markdown tables (*.md)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1048"/>
        <location filename="../app/studio/main_window.cpp" line="1063"/>
        <source>There are no branches to export: show a run&apos;s columns first.</source>
        <translation>There are no branches to export: show a run&apos;s columns first.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1051"/>
        <location filename="../app/studio/main_window.cpp" line="1055"/>
        <source>Export branches</source>
        <translation>Export branches</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1052"/>
        <source>Outlines (*.txt);;JSON (*.json)</source>
        <translation>Outlines (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1068"/>
        <source>Branches written to %1</source>
        <translation>Branches written to %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1079"/>
        <location filename="../app/studio/main_window.cpp" line="1083"/>
        <source>Open branches</source>
        <translation>Open branches</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1080"/>
        <source>Branch trees (*.txt *.json);;All files (*)</source>
        <translation>Branch trees (*.txt *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1097"/>
        <source>Branches read from %1</source>
        <translation>Branches read from %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1116"/>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1036"/>
        <source>Samples written to %1</source>
        <translation>Samples written to %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1111"/>
        <source>This run has no epoch samples yet.</source>
        <translation>This run has no epoch samples yet.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1114"/>
        <location filename="../app/studio/main_window.cpp" line="1122"/>
        <source>Export epoch samples</source>
        <translation>Export epoch samples</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1128"/>
        <location filename="../app/studio/main_window.cpp" line="1132"/>
        <source>Export loss as CSV</source>
        <translation>Export loss as CSV</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1129"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1137"/>
        <location filename="../app/studio/main_window.cpp" line="1141"/>
        <source>Export loss as PNG</source>
        <translation>Export loss as PNG</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1138"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
</context>
<context>
    <name>textgen::NewRunDialog</name>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="38"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="41"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="43"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="44"/>
        <source>%1 days %2 h</source>
        <translation>%1 days %2 h</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="54"/>
        <source>Corpus %1 (%2)</source>
        <translation>Corpus %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="56"/>
        <source>  files read:  %1</source>
        <translation>  files read:  %1</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="57"/>
        <source>  documents:   %1</source>
        <translation>  documents:   %1</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="58"/>
        <source>  text:        %1 MB</source>
        <translation>  text:        %1 MB</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="60"/>
        <source>  invalid UTF-8 sequences replaced: %1</source>
        <translation>  invalid UTF-8 sequences replaced: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="61"/>
        <source>  skipped:     %1</source>
        <translation>  skipped:     %1</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="67"/>
        <source>    … and %1 more</source>
        <translation>    … and %1 more</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="93"/>
        <source>New training run</source>
        <translation>New training run</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="94"/>
        <source>my run</source>
        <translation>my run</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="96"/>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="97"/>
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="98"/>
        <source>Scan</source>
        <comment>read the corpus and report on it</comment>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="106"/>
        <source>words (the chapter&apos;s)</source>
        <translation>words (the chapter&apos;s)</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="107"/>
        <source>characters</source>
        <translation>characters</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="109"/>
        <source>first tokens of each document (the chapter&apos;s)</source>
        <translation>first tokens of each document (the chapter&apos;s)</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="110"/>
        <source>one stream, nothing wasted</source>
        <translation>one stream, nothing wasted</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="112"/>
        <source>seed: the chapter&apos;s Transformer decoder</source>
        <translation>seed: the chapter&apos;s Transformer decoder</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="113"/>
        <source>gpt: a modern GPT</source>
        <translation>gpt: a modern GPT</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="114"/>
        <source>lstm: a recurrent network</source>
        <translation>lstm: a recurrent network</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="133"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="135"/>
        <source>CUDA device %1</source>
        <translation>CUDA device %1</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="151"/>
        <source>Create and train</source>
        <translation>Create and train</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="158"/>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="164"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="166"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="167"/>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="168"/>
        <source>Sequences</source>
        <translation>Sequences</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="169"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="170"/>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="171"/>
        <source>Attention heads</source>
        <translation>Attention heads</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="172"/>
        <source>Feed-forward</source>
        <translation>Feed-forward</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="173"/>
        <source>Sequence length</source>
        <translation>Sequence length</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="174"/>
        <source>Vocabulary size</source>
        <translation>Vocabulary size</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="175"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="176"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="178"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="180"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="181"/>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="182"/>
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="183"/>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="184"/>
        <source>Seed</source>
        <comment>random seed</comment>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="185"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="186"/>
        <source>Processes</source>
        <translation>Processes</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="209"/>
        <source>Press Scan to read the corpus.</source>
        <translation>Press Scan to read the corpus.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="235"/>
        <source>Choose a corpus folder</source>
        <translation>Choose a corpus folder</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="242"/>
        <source>Choose a corpus file</source>
        <translation>Choose a corpus file</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="264"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="390"/>
        <source>Give the run a name.</source>
        <translation>Give the run a name.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="395"/>
        <source>Train in this many processes, each on its share of every batch and of the cores.</source>
        <translation>Train in this many processes, each on its share of every batch and of the cores.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="396"/>
        <source>Processes train on the CPU; on a GPU one process trains.</source>
        <translation>Processes train on the CPU; on a GPU one process trains.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="398"/>
        <source>A batch of %1 does not split evenly over %2 processes: choose a batch they divide.</source>
        <translation>A batch of %1 does not split evenly over %2 processes: choose a batch they divide.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="402"/>
        <source>The corpus cannot be used yet: scan it, or choose another one.</source>
        <translation>The corpus cannot be used yet: scan it, or choose another one.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="407"/>
        <source>measuring…</source>
        <translation>measuring…</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="422"/>
        <source>fortunes, small gpt</source>
        <translation>fortunes, small gpt</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="489"/>
        <source>Scan the corpus to see how long an epoch is.</source>
        <translation>Scan the corpus to see how long an epoch is.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="497"/>
        <source>%1 steps an epoch (%2 tokens) · %3 epochs ≈ %4 steps</source>
        <translation>%1 steps an epoch (%2 tokens) · %3 epochs ≈ %4 steps</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="503"/>
        <source>on this CPU, as one process measures it</source>
        <translation>on this CPU, as one process measures it</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="504"/>
        <source>on this CPU</source>
        <translation>on this CPU</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="502"/>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="506"/>
        <source> ≈ %1 %2</source>
        <translation> ≈ %1 %2</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="508"/>
        <source> · measuring a step %1…</source>
        <translation> · measuring a step %1…</translation>
    </message>
</context>
<context>
    <name>textgen::PipelineView</name>
    <message>
        <location filename="../widgets/pipeline_view.cpp" line="53"/>
        <source>stage</source>
        <comment>a step of the sampler chain</comment>
        <translation>stage</translation>
    </message>
    <message>
        <location filename="../widgets/pipeline_view.cpp" line="53"/>
        <source>kept</source>
        <comment>candidates left</comment>
        <translation>kept</translation>
    </message>
    <message>
        <location filename="../widgets/pipeline_view.cpp" line="54"/>
        <source>rank of “%1”</source>
        <translation>rank of “%1”</translation>
    </message>
    <message>
        <location filename="../widgets/pipeline_view.cpp" line="54"/>
        <source>p of “%1”</source>
        <translation>p of “%1”</translation>
    </message>
    <message>
        <location filename="../widgets/pipeline_view.cpp" line="58"/>
        <source>Click a word of a sample to follow it through the sampler&apos;s steps.</source>
        <translation>Click a word of a sample to follow it through the sampler&apos;s steps.</translation>
    </message>
    <message>
        <location filename="../widgets/pipeline_view.cpp" line="59"/>
        <source>Each row is the distribution after one step of the chain; struck-out words were removed by that step</source>
        <translation>Each row is the distribution after one step of the chain; struck-out words were removed by that step</translation>
    </message>
    <message>
        <location filename="../widgets/pipeline_view.cpp" line="77"/>
        <source>removed</source>
        <translation>removed</translation>
    </message>
</context>
<context>
    <name>textgen::ProbabilityRiver</name>
    <message>
        <location filename="../widgets/probability_river.cpp" line="39"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../widgets/probability_river.cpp" line="40"/>
        <source>probability</source>
        <translation>probability</translation>
    </message>
    <message>
        <location filename="../widgets/probability_river.cpp" line="41"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../widgets/probability_river.cpp" line="42"/>
        <source>Stop reading the checkpoints</source>
        <translation>Stop reading the checkpoints</translation>
    </message>
    <message>
        <location filename="../widgets/probability_river.cpp" line="48"/>
        <source>Reading checkpoints: %1 of %2…</source>
        <translation>Reading checkpoints: %1 of %2…</translation>
    </message>
    <message>
        <location filename="../widgets/probability_river.cpp" line="50"/>
        <source>In the Every checkpoint mode, click a word: its candidates&apos; probabilities, epoch by epoch.</source>
        <translation>In the Every checkpoint mode, click a word: its candidates&apos; probabilities, epoch by epoch.</translation>
    </message>
    <message>
        <location filename="../widgets/probability_river.cpp" line="51"/>
        <source>%1: the next word&apos;s probability at each checkpoint (T = 1)</source>
        <translation>%1: the next word&apos;s probability at each checkpoint (T = 1)</translation>
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
        <location filename="../widgets/sample_grid.cpp" line="123"/>
        <source>&quot;%1&quot;: probability %2%3</source>
        <translation>&quot;%1&quot;: probability %2%3</translation>
    </message>
    <message>
        <location filename="../widgets/sample_grid.cpp" line="126"/>
        <source> (forced)</source>
        <translation> (forced)</translation>
    </message>
    <message>
        <location filename="../widgets/sample_grid.cpp" line="266"/>
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
</TS>
