<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="35"/>
        <source>the disk is full; free some space and try again</source>
        <translation>디스크에 남은 공간이 없습니다. 공간을 비운 뒤 다시 시도하세요</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="36"/>
        <source>the disk quota is used up; free some space and try again</source>
        <translation>디스크 할당량을 다 썼습니다. 공간을 비운 뒤 다시 시도하세요</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="38"/>
        <source>permission denied</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="39"/>
        <source>no such file or folder</source>
        <translation>그런 파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="40"/>
        <source>the file system is read-only</source>
        <translation>읽기 전용 파일 시스템입니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="41"/>
        <source>the disk reported an input/output error</source>
        <translation>디스크에서 입출력 오류가 났습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="42"/>
        <source>it is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="43"/>
        <source>a part of the path is not a folder</source>
        <translation>경로의 일부가 폴더가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="44"/>
        <source>the name is too long</source>
        <translation>이름이 너무 깁니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="46"/>
        <source>too many files are open</source>
        <translation>열린 파일이 너무 많습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="47"/>
        <source>out of memory</source>
        <translation>메모리가 부족합니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="55"/>
        <source>Choose a folder of .txt files (such as aclImdb/), a fortune file or folder, or a plain text file.</source>
        <translation>.txt 파일이 든 폴더(예: aclImdb/), fortune 파일이나 폴더, 또는 일반 텍스트 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="64"/>
        <source>vocabulary %1 is too small: padding and [UNK] take two tokens</source>
        <translation>어휘 사전 크기 %1은(는) 너무 작습니다. 패딩과 [UNK]가 토큰 두 개를 차지합니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="66"/>
        <source>sequence length %1 is too short: a sequence needs an input and a target</source>
        <translation>시퀀스 길이 %1은(는) 너무 짧습니다. 시퀀스에는 입력과 타깃이 하나씩은 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="67"/>
        <source>embedding %1 must be at least 1</source>
        <translation>임베딩 차원 %1: 1 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="68"/>
        <source>layers %1 must be at least 1</source>
        <translation>레이어 수 %1: 1 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="69"/>
        <source>dropout %1 must be in [0, 1)</source>
        <translation>드롭아웃 %1: 0 이상 1 미만이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="70"/>
        <source>heads %1 must be at least 1</source>
        <translation>어텐션 헤드 수 %1: 1 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="71"/>
        <source>feed-forward %1 must be at least 1</source>
        <translation>피드포워드 차원 %1: 1 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="73"/>
        <source>embedding %1 is not divisible by %2 heads</source>
        <translation>임베딩 차원 %1은(는) 헤드 %2개로 나누어떨어지지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="87"/>
        <source>It belongs to the run %1: open that run instead.</source>
        <translation>이 체크포인트는 훈련 실행 %1의 것입니다. 그 실행을 여세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="92"/>
        <source>Cannot open %1</source>
        <translation>%1 파일을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="93"/>
        <location filename="../app/studio/problem_text.cpp" line="260"/>
        <source>Cannot write %1</source>
        <translation>%1 파일에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="94"/>
        <source>Cannot flush %1 to disk</source>
        <translation>%1 파일을 디스크에 기록할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="95"/>
        <location filename="../app/studio/problem_text.cpp" line="261"/>
        <source>Cannot replace %1</source>
        <translation>%1 파일을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="96"/>
        <source>Corpus not found: %1.</source>
        <translation>말뭉치를 찾을 수 없습니다: %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="98"/>
        <source>No text files in %1.</source>
        <translation>%1에 텍스트 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="101"/>
        <source>The folder %1 could not be listed (%2).</source>
        <translation>폴더 %1의 목록을 읽을 수 없습니다(%2).</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="104"/>
        <source>Reading %1 was cancelled.</source>
        <translation>%1 읽기를 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="106"/>
        <source>No usable text in %1: %2 of %3 files skipped.</source>
        <translation>%1에 쓸 수 있는 텍스트가 없습니다. 파일 %3개 중 %2개를 건너뛰었습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="111"/>
        <source>cannot open</source>
        <translation>열 수 없음</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="112"/>
        <source>cannot read</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="113"/>
        <source>cannot list the folder</source>
        <translation>폴더 목록을 읽을 수 없음</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="114"/>
        <source>a broken link: what it points to is gone</source>
        <translation>깨진 링크: 가리키는 대상이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="115"/>
        <source>a binary file, not text</source>
        <translation>텍스트가 아닌 바이너리 파일</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="116"/>
        <source>no text (empty, or only whitespace)</source>
        <translation>텍스트 없음(비었거나 공백뿐)</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="117"/>
        <source>Cannot open the checkpoint %1</source>
        <translation>체크포인트 %1을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="118"/>
        <source>%1 is not a textgen checkpoint.</source>
        <translation>%1은(는) textgen 체크포인트가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="120"/>
        <source>The header of %1 is cut short (it has no &quot;end&quot; line): the file was not written to the end. Use the previous checkpoint.</source>
        <translation>%1의 헤더가 중간에 끊겼습니다(&quot;end&quot; 줄이 없음). 파일이 끝까지 기록되지 않았습니다. 이전 체크포인트를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="123"/>
        <source>The header of %1 has no &quot;%2&quot; field: the file is damaged.</source>
        <translation>%1의 헤더에 &quot;%2&quot; 필드가 없습니다. 파일이 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="125"/>
        <source>The header field &quot;%2&quot; of %1 is not a whole number (&quot;%3&quot;): the file is damaged.</source>
        <translation>%1의 헤더 필드 &quot;%2&quot;이(가) 정수가 아닙니다(&quot;%3&quot;). 파일이 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="128"/>
        <source>The header field &quot;%2&quot; of %1 is not a number (&quot;%3&quot;): the file is damaged.</source>
        <translation>%1의 헤더 필드 &quot;%2&quot;이(가) 숫자가 아닙니다(&quot;%3&quot;). 파일이 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="131"/>
        <source>%1 has checkpoint format %2; this version of the studio reads format %3. It was written by another version of textgen.</source>
        <translation>%1의 체크포인트 형식은 %2입니다. 이 버전의 스튜디오는 형식 %3을(를) 읽습니다. 다른 버전의 textgen이 쓴 파일입니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="133"/>
        <source>%1 names an unknown preset &quot;%2&quot;.</source>
        <translation>%1에 알 수 없는 프리셋 &quot;%2&quot;이(가) 적혀 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="135"/>
        <source>The header of %1 describes a model that cannot be built: %2.</source>
        <translation>%1의 헤더가 만들 수 없는 모델을 설명합니다: %2.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="137"/>
        <source>The header of %1 has a negative step, epoch or batch: the file is damaged.</source>
        <translation>%1의 헤더에 음수인 스텝, 에포크 또는 배치가 있습니다. 파일이 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="139"/>
        <source>%1 is cut short or damaged: its header announces %2 bytes of tensors, the file holds %3 (was the write interrupted?). Use the previous checkpoint.</source>
        <translation>%1이(가) 잘렸거나 손상되었습니다. 헤더에는 텐서 %2바이트라고 적혀 있지만 파일에는 %3바이트가 있습니다(기록이 중단되었나요?). 이전 체크포인트를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="142"/>
        <source>%1 is damaged: its tensors do not match the checksum in its header. Use the previous checkpoint.</source>
        <translation>%1이(가) 손상되었습니다. 텐서가 헤더의 체크섬과 맞지 않습니다. 이전 체크포인트를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="145"/>
        <source>The tensors of %1 cannot be read (%2). Use the previous checkpoint.</source>
        <translation>%1의 텐서를 읽을 수 없습니다(%2). 이전 체크포인트를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="147"/>
        <source>%1 holds a %2 model; this run is %3.</source>
        <translation>%1에는 %2 모델이 들어 있지만 이 훈련 실행은 %3입니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="149"/>
        <source>%1 was written by a model with a vocabulary of %2 tokens; this run has %3.</source>
        <translation>%1은(는) 어휘 사전 토큰 %2개인 모델이 썼지만 이 훈련 실행은 %3개입니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="152"/>
        <source>%1 was written by a model with another vocabulary of the same size (%2 tokens).</source>
        <translation>%1은(는) 크기는 같지만(토큰 %2개) 다른 어휘 사전을 쓴 모델이 썼습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="155"/>
        <source>%1 holds a model of other sizes (%2); this run is %3.</source>
        <translation>%1에는 크기가 다른 모델(%2)이 들어 있지만 이 훈련 실행은 %3입니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="157"/>
        <source>The device %1 was asked for, but this build of LibTorch sees no CUDA device (Debian&apos;s libtorch is CPU-only). Choose the CPU device.</source>
        <translation>장치 %1을(를) 요청했지만 이 LibTorch 빌드에서는 CUDA 장치가 보이지 않습니다(데비안의 libtorch는 CPU 전용입니다). CPU 장치를 고르세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="160"/>
        <source>The device %1 does not exist: this machine has %2 CUDA device(s).</source>
        <translation>장치 %1은(는) 없습니다. 이 컴퓨터의 CUDA 장치는 %2개입니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="161"/>
        <source>Unknown device &quot;%1&quot;: choose auto, cpu, cuda or cuda:N.</source>
        <translation>알 수 없는 장치 &quot;%1&quot;입니다. auto, cpu, cuda, cuda:N 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="162"/>
        <source>Batch size %1 must be at least 1.</source>
        <translation>배치 크기 %1: 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="163"/>
        <source>Learning rate %1 must be a positive number.</source>
        <translation>학습률 %1: 양수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="165"/>
        <source>The training split is empty: the corpus has too little text for sequences of %1 tokens. Choose a larger corpus or a shorter sequence.</source>
        <translation>훈련 데이터가 비었습니다. 말뭉치의 텍스트가 토큰 %1개짜리 시퀀스를 만들기에 너무 적습니다. 더 큰 말뭉치나 더 짧은 시퀀스를 고르세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="168"/>
        <source>The dataset&apos;s sequences are %1 tokens long, the model&apos;s %2.</source>
        <translation>데이터셋의 시퀀스 길이는 토큰 %1개인데 모델은 %2개입니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="170"/>
        <source>The loss became NaN at step %1 (learning rate %2): training stopped, and the last checkpoint is kept. Lower the learning rate and start again.</source>
        <translation>스텝 %1에서 손실이 NaN이 되었습니다(학습률 %2). 훈련을 멈추고 마지막 체크포인트는 그대로 두었습니다. 학습률을 낮춰 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="173"/>
        <source>The loss became infinite at step %1 (learning rate %2): training stopped, and the last checkpoint is kept. Lower the learning rate and start again.</source>
        <translation>스텝 %1에서 손실이 무한대가 되었습니다(학습률 %2). 훈련을 멈추고 마지막 체크포인트는 그대로 두었습니다. 학습률을 낮춰 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="176"/>
        <source>The %1 device ran out of memory at batch size %2. Use a smaller batch (%3) or a smaller model.</source>
        <translation>배치 크기 %2에서 %1 장치의 메모리가 부족합니다. 더 작은 배치(%3)나 더 작은 모델을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="179"/>
        <source>The validation loss is not finite after epoch %1: the weights diverged, and the last checkpoint is kept. Lower the learning rate and start again.</source>
        <translation>에포크 %1 뒤 검증 손실이 유한한 값이 아닙니다. 가중치가 발산했고 마지막 체크포인트는 그대로 두었습니다. 학습률을 낮춰 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="182"/>
        <source>The environment variable %1 is &quot;%2&quot;, which names no rank of a job. Unset it to train in one process, or start the job with torchrun or SLURM.</source>
        <translation>환경 변수 %1의 값 &quot;%2&quot;은(는) 작업의 어느 랭크도 가리키지 않습니다. 한 프로세스로 훈련하려면 이 변수를 지우고, 아니면 torchrun이나 SLURM으로 작업을 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="185"/>
        <source>Port %2 on %1 is already in use, so rank 0 cannot listen there. Set MASTER_PORT to a free port.</source>
        <translation>%1의 포트 %2는 이미 사용 중이라 랭크 0이 그 포트에서 기다릴 수 없습니다. MASTER_PORT를 비어 있는 포트로 정하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="188"/>
        <source>Not all %1 ranks joined at %3 within %2 s. Start every rank with the same MASTER_ADDR and MASTER_PORT.</source>
        <translation>%2초 안에 랭크 %1개가 모두 %3에 모이지 않았습니다. 모든 랭크를 같은 MASTER_ADDR와 MASTER_PORT로 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="190"/>
        <source>The ranks could not meet at %1: %2</source>
        <translation>랭크들이 %1에서 만나지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="192"/>
        <source>Rank %1 was started with %2, rank 0 with %3. Start every rank with the same textgen and the same options.</source>
        <translation>랭크 %1은(는) %2로, 랭크 0은 %3로 시작되었습니다. 모든 랭크를 같은 textgen과 같은 옵션으로 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="195"/>
        <source>Another rank of the job stopped answering (%1): training stopped. The last checkpoint is kept, and the run can be resumed.</source>
        <translation>작업의 다른 랭크가 응답하지 않아(%1) 훈련을 멈췄습니다. 마지막 체크포인트는 남아 있으며, 훈련 실행을 이어서 할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="198"/>
        <source>The batch of %1 does not split evenly over %2 processes. Choose a batch that the number of processes divides.</source>
        <translation>배치 크기 %1은(는) 프로세스 %2개에 고르게 나뉘지 않습니다. 프로세스 수로 나누어떨어지는 배치 크기를 고르세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="201"/>
        <source>The vocabulary has %1 tokens and the model %2: they belong to different runs.</source>
        <translation>어휘 사전은 토큰 %1개, 모델은 %2개입니다. 서로 다른 훈련 실행의 것입니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="203"/>
        <source>The prompt is empty: type at least one word. The chapter&apos;s model has no start token to begin from.</source>
        <translation>프롬프트가 비었습니다. 단어를 하나 이상 입력하세요. 이 장의 모델에는 시작 토큰이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="205"/>
        <source>The prompt &quot;%1&quot; has no words once punctuation is removed: type at least one word.</source>
        <translation>프롬프트 &quot;%1&quot;에서 문장 부호를 빼면 단어가 남지 않습니다. 단어를 하나 이상 입력하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="206"/>
        <source>There are no columns to generate.</source>
        <translation>생성할 열이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="207"/>
        <source>The length must be between 0 and %2 tokens, not %1.</source>
        <translation>길이는 토큰 0개에서 %2개 사이여야 합니다(지금 %1).</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="209"/>
        <source>The temperature must be a finite number of at least 0 (0 is greedy), not %1.</source>
        <translation>온도는 0 이상의 유한한 수여야 합니다(0은 탐욕적 샘플링). 지금 값: %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="210"/>
        <source>Top-p must be between 0 and 1 (1 keeps every token), not %1.</source>
        <translation>top-p는 0과 1 사이여야 합니다(1은 모든 토큰을 남깁니다). 지금 값: %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="211"/>
        <source>Min-p must be between 0 and 1 (0 keeps every token), not %1.</source>
        <translation>min-p는 0과 1 사이여야 합니다(0이면 모든 토큰을 남깁니다). 입력값: %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="213"/>
        <source>The repetition penalty must be a number above 0 (1 is none), over a window of 0 tokens or more, not %1 over %2.</source>
        <translation>반복 페널티는 0보다 큰 수(1이면 페널티 없음)이고, 창은 0토큰 이상이어야 합니다. 입력값: %2토큰 창에 %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="216"/>
        <source>The sampler chain lists %1 twice.</source>
        <translation>샘플러 체인에 %1이(가) 두 번 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="218"/>
        <source>The sampler chain leaves out %1, which is set to %2: add it to the chain or turn it off.</source>
        <translation>샘플러 체인에 %1이(가) 빠져 있는데 값은 %2로 설정되어 있습니다. 체인에 넣거나 끄세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="220"/>
        <source>A forced token is outside the vocabulary.</source>
        <translation>강제로 고른 토큰이 어휘 사전 밖에 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="221"/>
        <source>A vocabulary starts with the padding token (an empty line) and [UNK].</source>
        <translation>어휘 사전은 패딩 토큰(빈 줄)과 [UNK]로 시작합니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="222"/>
        <source>Token id %1 is outside the vocabulary of %2 tokens.</source>
        <translation>토큰 ID %1은(는) 토큰 %2개인 어휘 사전 밖에 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="223"/>
        <source>Cannot open the vocabulary %1</source>
        <translation>어휘 사전 %1을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="225"/>
        <source>%1, line %2: the file is not UTF-8 text; a vocabulary is written by textgen.</source>
        <translation>%1, %2번째 줄: UTF-8 텍스트 파일이 아닙니다. 어휘 사전은 textgen이 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="227"/>
        <source>%1, line %2: a backslash ends the line; a backslash is written as \\.</source>
        <translation>%1, %2번째 줄: 줄이 백슬래시로 끝납니다. 백슬래시는 \로 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="229"/>
        <source>%1, line %2: unknown escape \%3 (known: \\ \n \r \t).</source>
        <translation>%1, %2번째 줄: 알 수 없는 이스케이프 \%3(가능한 것: \ 
 
 	).</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="231"/>
        <source>%1, line %2: the first line must be empty (the padding token, id 0), but it holds &quot;%3&quot;.</source>
        <translation>%1, %2번째 줄: 첫 줄은 비어 있어야 하는데(패딩 토큰, ID 0) &quot;%3&quot;이(가) 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="234"/>
        <source>%1, line %2: the second line must be [UNK] (the out-of-vocabulary token, id 1), but it holds &quot;%3&quot;.</source>
        <translation>%1, %2번째 줄: 둘째 줄은 [UNK](OOV 토큰, ID 1)여야 하는데 &quot;%3&quot;이(가) 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="237"/>
        <source>%1, line %2: an empty token; only the first line (padding) may be empty.</source>
        <translation>%1, %2번째 줄: 빈 토큰입니다. 첫 줄(패딩)만 비어 있을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="239"/>
        <source>%1, line %2: [UNK] appears again; it belongs on line 2 only.</source>
        <translation>%1, %2번째 줄: [UNK]가 또 나옵니다. [UNK]는 둘째 줄에만 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="241"/>
        <source>%1, line %2: the token &quot;%3&quot; appears again (first on line %4).</source>
        <translation>%1, %2번째 줄: 토큰 &quot;%3&quot;이(가) 또 나옵니다(처음은 %4번째 줄).</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="243"/>
        <source>%1, line %2: a vocabulary has at least two lines, the empty padding token and [UNK].</source>
        <translation>%1, %2번째 줄: 어휘 사전에는 빈 패딩 토큰과 [UNK], 적어도 두 줄이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="258"/>
        <source>Unexpected error: %1</source>
        <translation>예상하지 못한 오류: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="259"/>
        <source>Cannot read %1</source>
        <translation>%1 파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="262"/>
        <source>Cannot create the run folder %1</source>
        <translation>훈련 실행 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="263"/>
        <source>%1 already holds a run: resume it, or choose another folder.</source>
        <translation>%1에는 이미 훈련 실행이 있습니다. 그 실행을 재개하거나 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="264"/>
        <source>%1 is not valid JSON (%2 at byte %3): the run is damaged.</source>
        <translation>%1은(는) 올바른 JSON이 아닙니다(%3바이트 위치: %2). 훈련 실행이 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="266"/>
        <source>%1: the field &quot;%2&quot; is missing or is not %3: the run is damaged.</source>
        <translation>%1: 필드 &quot;%2&quot;이(가) 없거나 %3이(가) 아닙니다. 훈련 실행이 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="268"/>
        <source>%1 has format %2; this version of the studio reads format %3.</source>
        <translation>%1의 형식은 %2입니다. 이 버전의 스튜디오는 형식 %3을(를) 읽습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="269"/>
        <source>%1: the model cannot be built: %2.</source>
        <translation>%1: 모델을 만들 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="271"/>
        <source>%1 is being trained by process %2 on %3: wait for it to finish, or stop it there.</source>
        <translation>%1은(는) %3의 프로세스 %2이(가) 훈련하고 있습니다. 끝나기를 기다리거나 그쪽에서 중지하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="273"/>
        <source>Cannot take the lock %1</source>
        <translation>잠금 파일 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="274"/>
        <source>A checkpoint is &quot;latest&quot; or an epoch number from 1, not &quot;%1&quot;.</source>
        <translation>체크포인트는 &quot;latest&quot; 또는 1부터 시작하는 에포크 번호입니다(&quot;%1&quot;은(는) 아님).</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="275"/>
        <source>%1 has no checkpoint %2 yet: train it first.</source>
        <translation>%1에는 아직 체크포인트 %2이(가) 없습니다. 먼저 훈련하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="276"/>
        <source>%1 has no checkpoint %2 (epochs saved: %3).</source>
        <translation>%1에는 체크포인트 %2이(가) 없습니다(저장된 에포크: %3).</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="278"/>
        <source>The corpus at %1 changed since this run started (%2 documents and %3 bytes then; %4 and %5 now): resuming would train on other text. Start a new run instead.</source>
        <translation>이 훈련 실행을 시작한 뒤 %1의 말뭉치가 바뀌었습니다(그때 문서 %2개, %3바이트, 지금 %4개, %5바이트). 재개하면 다른 텍스트로 훈련하게 됩니다. 새 훈련 실행을 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="281"/>
        <source>%1 holds %2 tokens, but run.json says %3: the run folder was altered.</source>
        <translation>%1에는 토큰이 %2개 있는데 run.json에는 %3개라고 적혀 있습니다. 훈련 실행 폴더가 바뀌었습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="282"/>
        <source>No checkpoint is loaded: choose a run that has been trained.</source>
        <translation>불러온 체크포인트가 없습니다. 체크포인트가 있는 훈련 실행을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="283"/>
        <source>A run is already training (%1): stop it first.</source>
        <translation>이미 진행 중인 훈련 실행이 있습니다(%1). 먼저 중지하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="284"/>
        <source>Another run is training on %1: one run trains at a time per device.</source>
        <translation>%1에서 다른 훈련 실행이 진행 중입니다. 장치마다 한 번에 하나만 훈련할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="286"/>
        <source>%1 is being trained by process %2 on %3: stop it before deleting it.</source>
        <translation>%1은(는) %3의 프로세스 %2이(가) 훈련하고 있습니다. 삭제하기 전에 중지하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="287"/>
        <source>Cannot delete %1.</source>
        <translation>%1을(를) 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="288"/>
        <source>There is no trash for %1: confirm to delete it for good.</source>
        <translation>%1을(를) 휴지통으로 옮길 수 없습니다. 영구히 삭제하려면 &apos;예&apos;를 누르세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="289"/>
        <source>stopped at step %1</source>
        <translation>스텝 %1에서 중지함</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="290"/>
        <source>Cannot start the training processes %1: %2</source>
        <translation>훈련 프로세스 %1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="291"/>
        <source>The training processes ended with exit code %1:
%2</source>
        <translation>훈련 프로세스가 종료 코드 %1(으)로 끝났습니다:
%2</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="292"/>
        <source>%1, line %2: the file ends too early (was it cut short?).</source>
        <translation>%1, %2번째 줄: 파일이 너무 일찍 끝납니다(잘렸나요?).</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="294"/>
        <source>%1, line %2: not a textgen sample set (it must start with &quot;%3&quot;).</source>
        <translation>%1, %2번째 줄: textgen 샘플 모음이 아닙니다(&quot;%3&quot;(으)로 시작해야 합니다).</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="295"/>
        <source>%1, line %2: expected &quot;key: value&quot;, found &quot;%3&quot;.</source>
        <translation>%1, %2번째 줄: &quot;키: 값&quot;이 와야 하는데 &quot;%3&quot;이(가) 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="296"/>
        <source>%1, line %2: the header has no &quot;%3&quot; line.</source>
        <translation>%1, %2번째 줄: 헤더에 &quot;%3&quot; 줄이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="298"/>
        <source>%1, line %2: &quot;checkpoint&quot; must read &quot;epoch N, step N&quot;.</source>
        <translation>%1, %2번째 줄: &quot;checkpoint&quot;는 &quot;epoch N, step N&quot; 형태여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="299"/>
        <source>%1, line %2: &quot;%3&quot; is not a number.</source>
        <translation>%1, %2번째 줄: &quot;%3&quot;이(가) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="301"/>
        <source>%1, line %2: expected the heading of sample %3, found &quot;%4&quot;.</source>
        <translation>%1, %2번째 줄: 샘플 %3의 제목이 와야 하는데 &quot;%4&quot;이(가) 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="303"/>
        <source>%1, line %2: the chain of sample %3, &quot;%4&quot;, names a step this version does not know.</source>
        <translation>%1, %2번째 줄: 샘플 %3의 체인 &quot;%4&quot;에 이 버전이 모르는 단계가 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="306"/>
        <source>%1, line %2: a number in the heading of sample %3 cannot be read.</source>
        <translation>%1, %2번째 줄: 샘플 %3의 제목에 있는 숫자를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="308"/>
        <source>%1, line %2: &quot;forced:&quot; takes step=id pairs, found &quot;%3&quot;.</source>
        <translation>%1, %2번째 줄: &quot;forced:&quot; 뒤에는 스텝=ID 쌍이 와야 하는데 &quot;%3&quot;이(가) 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="310"/>
        <source>%1, line %2: sample %3 should hold %4 bytes followed by a line break.</source>
        <translation>%1, %2번째 줄: 샘플 %3은(는) %4바이트 뒤에 줄바꿈이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="312"/>
        <source>%1, line %2: expected a blank line after sample %3.</source>
        <translation>%1, %2번째 줄: 샘플 %3 뒤에 빈 줄이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="313"/>
        <source>%1, line %2: the line is not a JSON object (%3).</source>
        <translation>%1, %2번째 줄: JSON 객체가 아닙니다(%3).</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="315"/>
        <source>%1, line %2: the row has %3 cells where the table has %4.</source>
        <translation>%1, %2번째 줄: 표는 칸이 %4개인데 이 행은 %3개입니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="317"/>
        <source>%1, line %2: not a textgen branch tree (it must start with &quot;%3&quot;).</source>
        <translation>%1, %2행: textgen 분기 트리가 아닙니다(&quot;%3&quot;(으)로 시작해야 합니다).</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="319"/>
        <source>%1, line %2: expected a branch or one of its fields, found &quot;%3&quot;.</source>
        <translation>%1, %2행: 분기나 그 항목이 와야 하는데 &quot;%3&quot;이(가) 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="321"/>
        <source>%1, line %2: branch %3 has no parent before it, or its number is taken.</source>
        <translation>%1, %2행: 분기 %3 앞에 부모 분기가 없거나 그 번호가 이미 쓰였습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/problem_text.cpp" line="323"/>
        <source>%1, line %2: the sampler of branch %3 cannot be read.</source>
        <translation>%1, %2행: 분기 %3의 샘플러 설정을 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>SystemText</name>
    <message>
        <location filename="../app/studio/system_text.cpp" line="20"/>
        <source>LibTorch&apos;s own (no system BLAS mapped)</source>
        <translation>LibTorch 자체 BLAS(시스템 BLAS를 쓰지 않음)</translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="21"/>
        <source>%1 (not OpenBLAS)</source>
        <translation>%1(OpenBLAS 아님)</translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="24"/>
        <source>chosen at start-up for this CPU</source>
        <translation>시작할 때 이 CPU에 맞게 고름</translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="26"/>
        <source>the chosen core computed a wrong product: back to the detected one</source>
        <translation>고른 코어가 틀린 곱을 계산해서 감지된 코어로 되돌림</translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="28"/>
        <source>set by OPENBLAS_CORETYPE</source>
        <translation>OPENBLAS_CORETYPE으로 지정함</translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="29"/>
        <source>detected by OpenBLAS</source>
        <translation>OpenBLAS가 감지함</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/system_text.cpp" line="32"/>
        <source>OpenBLAS, %1 kernels (%2), %n thread(s)</source>
        <translation>
            <numerusform>OpenBLAS, %1 커널(%2), 스레드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="34"/>
        <source>this CPU can run %1</source>
        <translation>이 CPU는 %1도 실행할 수 있음</translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="43"/>
        <source>LibTorch runs on %1, not OpenBLAS: training is about 25 times slower. Install libopenblas0-openmp (make deps does).</source>
        <translation>LibTorch가 OpenBLAS가 아닌 %1에서 실행됩니다. 훈련이 약 25배 느립니다. libopenblas0-openmp를 설치하세요(make deps가 설치합니다).</translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="46"/>
        <source>OpenBLAS&apos;s pthread build is loaded: its threads compete with LibTorch&apos;s, and training is about 1.5 times slower. Remove libopenblas0-pthread, or point libblas.so.3, liblapack.so.3 and libopenblas.so.0 at openblas-openmp.</source>
        <translation>OpenBLAS의 pthread 빌드가 로드되었습니다. 그 스레드가 LibTorch의 스레드와 경쟁해서 훈련이 약 1.5배 느립니다. libopenblas0-pthread를 제거하거나 libblas.so.3, liblapack.so.3, libopenblas.so.0을 openblas-openmp로 지정하세요.</translation>
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
            <numerusform>%1, 논리 코어 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/system_text.cpp" line="65"/>
        <source>Vector units</source>
        <translation>벡터 명령어</translation>
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
        <translation>장치 없음</translation>
    </message>
</context>
<context>
    <name>textgen::AttentionMap</name>
    <message>
        <location filename="../widgets/attention_map.cpp" line="45"/>
        <source>weight</source>
        <comment>attention weight</comment>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../widgets/attention_map.cpp" line="129"/>
        <source>Click a word of a sample to see where the model looked to predict it.</source>
        <translation>샘플의 단어를 클릭하면 모델이 그 단어를 예측할 때 어디를 보았는지 보여 줍니다.</translation>
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
        <translation>분기</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="68"/>
        <source>Perplexity</source>
        <translation>퍼플렉서티</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="68"/>
        <source>Entropy</source>
        <translation>엔트로피</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="68"/>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="69"/>
        <source>Of the branch&apos;s text under the model at temperature 1</source>
        <translation>온도 1에서 모델이 본 이 분기 텍스트의 퍼플렉서티</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="70"/>
        <source>Mean entropy of the distributions its words were drawn from, in bits</source>
        <translation>단어들을 뽑은 분포의 평균 엔트로피(비트)</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="71"/>
        <source>Delete branch</source>
        <translation>분기 삭제</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="72"/>
        <source>Delete the highlighted branch and every branch made from it (Delete)</source>
        <translation>강조된 분기와 그 분기에서 만든 모든 분기를 삭제합니다(Delete)</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="73"/>
        <source>Arrows move through the branches and show them; Enter on a greyed candidate makes it a branch; Delete deletes one; select two (Ctrl or Shift) to compare them</source>
        <translation>방향키로 분기를 옮겨 다니며 보여 줍니다. 회색 후보에서 Enter를 누르면 분기가 되고, Delete는 분기를 삭제합니다. 두 개를 선택하면(Ctrl 또는 Shift) 비교합니다</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="140"/>
        <source>Enter or a double-click makes this word a branch</source>
        <translation>Enter나 더블클릭으로 이 단어를 분기로 만듭니다</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="200"/>
        <source>Select two branches (Ctrl or Shift) to compare them.</source>
        <translation>비교할 분기 두 개를 선택하세요(Ctrl 또는 Shift).</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="223"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2; perplexity %3, entropy %4 bits): … %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2, 퍼플렉서티 %3, 엔트로피 %4비트): … %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="229"/>
        <source>&lt;p&gt;They part at the first word.&lt;/p&gt;</source>
        <translation>&lt;p&gt;첫 단어부터 갈라집니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/branch_tree_view.cpp" line="230"/>
        <source>&lt;p&gt;Both begin with &lt;i&gt;%1&lt;/i&gt;, then part at word %2:&lt;/p&gt;</source>
        <translation>&lt;p&gt;둘 다 &lt;i&gt;%1&lt;/i&gt;(으)로 시작하고 %2번째 단어에서 갈라집니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>textgen::ChainEditor</name>
    <message>
        <location filename="../widgets/chain_editor.cpp" line="40"/>
        <source>Run this step earlier (Ctrl+Up)</source>
        <translation>이 단계를 앞으로 옮깁니다 (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../widgets/chain_editor.cpp" line="41"/>
        <source>Run this step later (Ctrl+Down)</source>
        <translation>이 단계를 뒤로 옮깁니다 (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../widgets/chain_editor.cpp" line="42"/>
        <source>The sampler&apos;s steps, top to bottom in the order they run; drag to reorder</source>
        <translation>샘플러 단계들: 위에서 아래로 실행 순서입니다. 끌어서 순서를 바꿉니다</translation>
    </message>
</context>
<context>
    <name>textgen::DistributionChart</name>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="50"/>
        <source>at temperature 1</source>
        <comment>softmax temperature</comment>
        <translation>온도 1일 때</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="51"/>
        <source>after the sampler</source>
        <translation>샘플러 적용 후</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="52"/>
        <location filename="../widgets/distribution_chart.cpp" line="115"/>
        <source>sampled</source>
        <translation>샘플링된 토큰</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="53"/>
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="55"/>
        <source>Draw 1,000</source>
        <comment>sample this step 1,000 times</comment>
        <translation>1,000번 추출</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="56"/>
        <source>Sample this step 1,000 times through the chain and mark how often each word came up</source>
        <translation>이 스텝을 체인으로 1,000번 샘플링하고 각 단어가 나온 빈도를 표시합니다</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="80"/>
        <source>Click a word of a sample to see the distribution it was drawn from.</source>
        <translation>샘플의 단어를 클릭하면 그 단어를 뽑은 확률 분포를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="52"/>
        <location filename="../widgets/distribution_chart.cpp" line="81"/>
        <location filename="../widgets/distribution_chart.cpp" line="115"/>
        <source>forced (a branch)</source>
        <translation>강제 선택(분기)</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="54"/>
        <source>observed in draws</source>
        <translation>추출에서 관찰된 빈도</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="81"/>
        <source>drawn</source>
        <translation>샘플링됨</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="82"/>
        <source>%1 · entropy %2 bits · outside these %3: %4% · %5</source>
        <translation>%1 · 엔트로피 %2비트 · 상위 %3개 외 확률: %4% · %5</translation>
    </message>
</context>
<context>
    <name>textgen::EntropyPlot</name>
    <message>
        <location filename="../widgets/entropy_plot.cpp" line="38"/>
        <source>entropy (bits)</source>
        <translation>엔트로피(비트)</translation>
    </message>
    <message>
        <location filename="../widgets/entropy_plot.cpp" line="39"/>
        <source>after the chain&apos;s cuts</source>
        <translation>체인이 자른 뒤</translation>
    </message>
    <message>
        <location filename="../widgets/entropy_plot.cpp" line="40"/>
        <source>temperature</source>
        <comment>softmax temperature</comment>
        <translation>온도</translation>
    </message>
    <message>
        <location filename="../widgets/entropy_plot.cpp" line="41"/>
        <source>entropy, bits</source>
        <translation>엔트로피, 비트</translation>
    </message>
    <message>
        <location filename="../widgets/entropy_plot.cpp" line="42"/>
        <source>2^H choices</source>
        <translation>2^H 선택지</translation>
    </message>
    <message>
        <location filename="../widgets/entropy_plot.cpp" line="97"/>
        <source>Click a word of a sample to see how its entropy moves with temperature.</source>
        <translation>샘플의 단어를 클릭하면 온도에 따라 엔트로피가 어떻게 변하는지 보입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/entropy_plot.cpp" line="99"/>
        <source>%1 · T %2: %3 bits, about %4 choices</source>
        <translation>%1 · 온도 %2: %3비트, 선택지 약 %4개</translation>
    </message>
    <message>
        <location filename="../widgets/entropy_plot.cpp" line="105"/>
        <source> · %1 bits after the cuts</source>
        <translation> · 자른 뒤 %1비트</translation>
    </message>
</context>
<context>
    <name>textgen::GenerationPanel</name>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="272"/>
        <source>The checkpoint to sample: the latest, or the end of any epoch</source>
        <translation>샘플링할 체크포인트: 최신 체크포인트 또는 원하는 에포크가 끝난 시점</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="274"/>
        <source>A prompt to continue (the chapter&apos;s model has no start token: type a word or more)</source>
        <translation>이어 쓸 시작 문장 — 시작 토큰이 없으니 한 단어 이상 입력하세요</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="275"/>
        <source>off</source>
        <comment>top-k disabled</comment>
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="276"/>
        <source>New seed</source>
        <translation>새 시드</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="283"/>
        <source>Side by side</source>
        <comment>samples laid out as columns</comment>
        <translation>나란히</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="284"/>
        <source>One under another</source>
        <comment>samples laid out as rows</comment>
        <translation>위아래로</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="285"/>
        <source>Columns side by side, or each sample as a full-width paragraph</source>
        <translation>샘플을 열로 나란히 놓거나, 샘플마다 한 문단으로 전체 폭에 표시합니다</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="286"/>
        <source>columns: </source>
        <translation>열 개수: </translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="292"/>
        <source>Colour by probability</source>
        <translation>확률에 따라 색 표시</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="294"/>
        <source>Undo branch</source>
        <translation>분기 되돌리기</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="295"/>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="296"/>
        <source>Temperature</source>
        <comment>sampling softmax temperature</comment>
        <translation>온도</translation>
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
        <translation>이 장의 온도마다 한 열</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="278"/>
        <source>Different seeds</source>
        <comment>one column per seed, at one temperature</comment>
        <translation>시드마다 한 열</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="293"/>
        <source>Shade each word by the probability it was drawn with: pale words were unlikely</source>
        <translation>각 단어를 뽑힌 확률에 따라 색으로 표시합니다. 옅은 단어일수록 확률이 낮았습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="299"/>
        <source>top-p</source>
        <translation>top-p</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="300"/>
        <source>length</source>
        <translation>생성 길이</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="301"/>
        <source>seed</source>
        <comment>random seed</comment>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="314"/>
        <source>Keep only the k most likely words before drawing (off: keep them all)</source>
        <translation>확률이 가장 높은 k개 단어만 남기고 샘플링합니다(끔: 모두 남김)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="315"/>
        <source>Keep the most likely words whose probabilities add up to p (1: keep them all)</source>
        <translation>확률이 높은 단어부터 누적 확률이 p가 될 때까지만 남깁니다(1: 모두 남김)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="316"/>
        <source>Words to generate after the prompt</source>
        <translation>시작 문장 뒤에 생성할 단어 수</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="317"/>
        <source>The random seed: the same seed draws the same words at the same temperature</source>
        <translation>난수 시드: 같은 온도에서 같은 시드는 같은 단어를 뽑습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="605"/>
        <source> · epoch %1</source>
        <translation> · 에포크 %1</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="244"/>
        <source>Sampling %1, epoch %2, step %3</source>
        <translation>%1에서 샘플링 중 · 에포크 %2, 스텝 %3</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="177"/>
        <source>Checkpoint %1 of %2…</source>
        <translation>체크포인트 %2개 중 %1번째…</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="190"/>
        <source>Stopped reading the checkpoints.</source>
        <translation>체크포인트 읽기를 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="279"/>
        <source>Every checkpoint</source>
        <comment>one column per saved checkpoint, at one temperature and seed</comment>
        <translation>체크포인트마다 한 열씩</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="281"/>
        <source>One column per temperature of the chapter (one seed), one column per seed (one temperature), or one column per saved checkpoint (one temperature and seed: the model learning)</source>
        <translation>이 장의 온도마다 한 열(시드 하나), 시드마다 한 열(온도 하나), 또는 저장된 체크포인트마다 한 열(온도와 시드 하나: 모델이 배워 가는 모습)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="287"/>
        <source>all epochs</source>
        <translation>모든 에포크</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="289"/>
        <source>The checkpoints to show, by epoch: empty for all, or numbers and ranges such as 1, 3, 5-8</source>
        <translation>보여 줄 체크포인트의 에포크: 비워 두면 전부, 또는 1, 3, 5-8처럼 번호와 범위</translation>
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
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="320"/>
        <source>Keep only the words at least this fraction as likely as the most likely one (off: keep them all)</source>
        <translation>가장 가능성 높은 단어의 확률에 이 비율을 곱한 값 이상인 단어만 남깁니다 (끔: 모두 남김)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="322"/>
        <source>repetition penalty</source>
        <translation>반복 페널티</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="323"/>
        <source>Make the words of the last few tokens less likely: positive logits are divided by it, negative ones multiplied (1: none)</source>
        <translation>최근 토큰에 나온 단어의 확률을 낮춥니다: 양수 로짓은 이 값으로 나누고, 음수 로짓은 곱합니다 (1: 없음)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="325"/>
        <source>over the last</source>
        <comment>repetition penalty window</comment>
        <translation>최근 범위</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="326"/>
        <source> tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="327"/>
        <source>How many tokens of the context the repetition penalty looks back at</source>
        <translation>반복 페널티가 되돌아보는 문맥의 토큰 수</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="328"/>
        <source>The chain, in the order it runs (drag, or Ctrl+Up and Ctrl+Down):</source>
        <translation>실행 순서대로 본 체인 (끌거나 Ctrl+Up, Ctrl+Down):</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="334"/>
        <location filename="../app/studio/generation_panel.cpp" line="407"/>
        <source>This run has no checkpoint yet: train it to sample from it.</source>
        <translation>아직 체크포인트가 없습니다. 훈련한 뒤 샘플링하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="426"/>
        <source>latest checkpoint</source>
        <translation>최신 체크포인트</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="429"/>
        <source>after epoch %1</source>
        <translation>에포크 %1 종료 시점</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="518"/>
        <source>This run has no epoch checkpoints yet: train it for an epoch.</source>
        <translation>이 실행에는 아직 에포크 체크포인트가 없습니다. 한 에포크 이상 훈련하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="524"/>
        <source>No checkpoint for “%1”: name saved epochs, such as 1, 3, 5-8.</source>
        <translation>“%1”에 해당하는 체크포인트가 없습니다. 1, 3, 5-8처럼 저장된 에포크를 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="579"/>
        <source>after “%1”</source>
        <translation>“%1” 다음</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/generation_panel.cpp" line="582"/>
        <source>%n checkpoint(s)</source>
        <translation>
            <numerusform>체크포인트 %n개</numerusform>
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
        <translation> · 어휘 사전에 없는 단어: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="601"/>
        <source>%1 · seed %2</source>
        <translation>%1 · 시드 %2</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="603"/>
        <source>epoch %1 · %2</source>
        <translation>에포크 %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="612"/>
        <source>entropy %1 bits · perplexity %2 · distinct %3 / %4 · repeated trigrams %5%</source>
        <translation>엔트로피 %1비트 · 퍼플렉서티 %2 · 고유 %3 / %4 · 반복 트라이그램 %5%</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="619"/>
        <source> · loop “%1” from word %2</source>
        <translation> · %2번째 단어부터 반복 “%1”</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="626"/>
        <source>Mean entropy of the distributions the words were drawn from; perplexity of the text under the model at temperature 1 (lower: more typical); distinct words and word pairs over all of them; the share of three-word sequences already seen; the longest stretch that repeats itself (underlined in red).</source>
        <translation>단어를 뽑은 확률 분포들의 평균 엔트로피, 온도 1에서 모델이 본 이 텍스트의 퍼플렉서티(낮을수록 전형적), 전체 대비 고유한 단어와 단어 쌍의 비율, 이미 나온 세 단어 연쇄의 비율, 그리고 스스로 되풀이되는 가장 긴 구간(빨간 밑줄)입니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="702"/>
        <location filename="../app/studio/generation_panel.cpp" line="814"/>
        <location filename="../app/studio/generation_panel.cpp" line="855"/>
        <source>column %1, word %2 “%3”</source>
        <translation>%1열, %2번째 단어 “%3”</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="747"/>
        <source>%1 draws: χ² %2, %3 degrees of freedom, p = %4</source>
        <translation>%1번 추출: χ² %2, 자유도 %3, p = %4</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="766"/>
        <source>block %1 cross · head %2</source>
        <translation>블록 %1 교차 · 헤드 %2</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="766"/>
        <source>block %1 · head %2</source>
        <translation>블록 %1 · 헤드 %2</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="776"/>
        <source>This preset has no attention: the LSTM carries the context in its state.</source>
        <translation>이 프리셋에는 어텐션이 없습니다. LSTM은 문맥을 상태에 담아 전달합니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="789"/>
        <source>epoch %1 · after “%2”</source>
        <translation>에포크 %1 · “%2” 다음</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="894"/>
        <source>the model (T = 1)</source>
        <translation>모델 (온도 1)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="895"/>
        <source>padding and [UNK] removed</source>
        <translation>패딩과 [UNK] 제거</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="899"/>
        <source>temperature %1</source>
        <translation>온도 %1</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="971"/>
        <source>repetition %1 over %2</source>
        <translation>반복 페널티 %1 (최근 %2토큰)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="966"/>
        <source>T %1</source>
        <translation>온도 %1</translation>
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
        <translation>온도 (슬라이더)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="995"/>
        <source>top-k (off)</source>
        <translation>top-k (끔)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="996"/>
        <source>top-p (off)</source>
        <translation>top-p (끔)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="997"/>
        <source>min-p (off)</source>
        <translation>min-p (끔)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="999"/>
        <source>repetition penalty (off)</source>
        <translation>반복 페널티 (끔)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="1020"/>
        <location filename="../app/studio/generation_panel.cpp" line="1111"/>
        <source>Branches are made in the other column modes: here every column is its checkpoint&apos;s.</source>
        <translation>분기는 다른 열 모드에서 만듭니다. 여기서는 열마다 자기 체크포인트의 결과입니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="1030"/>
        <source>“%1” is the word drawn there already.</source>
        <translation>그 자리에는 이미 “%1”이(가) 뽑혀 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="1035"/>
        <source>Branch: column %1 takes “%2” at word %3</source>
        <translation>분기: %1열의 %3번째 단어를 “%2”(으)로 바꿨습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="1115"/>
        <source>Column %1 · the candidates for word %2 under the shown branch</source>
        <translation>%1열 · 보이는 분기 아래에 %2번째 단어의 후보</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="1126"/>
        <source>as drawn</source>
        <comment>the column before any branch</comment>
        <translation>처음 뽑은 그대로</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="1127"/>
        <source>word %1 → “%2” (%3%)</source>
        <translation>%1번째 단어 → “%2” (%3%)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="1133"/>
        <source>epoch %1 · %2 · seed %3</source>
        <translation>에포크 %1 · %2 · 시드 %3</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="1149"/>
        <source>word %1: “%2” %3%</source>
        <translation>%1번째 단어: “%2” %3%</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="1181"/>
        <source>Show a run&apos;s columns in the chapter&apos;s temperatures or different seeds first.</source>
        <translation>먼저 책의 온도나 서로 다른 시드 모드로 실행의 열을 보여 주세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="1185"/>
        <source>These branches were made on the run “%1”: select it first.</source>
        <translation>이 분기들은 실행 “%1”에서 만들었습니다. 먼저 그 실행을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>textgen::LossPlot</name>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="103"/>
        <location filename="../widgets/loss_plot.cpp" line="257"/>
        <source>%1 (validation)</source>
        <translation>%1 (검증)</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="259"/>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="260"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="261"/>
        <source>tokens seen</source>
        <translation>처리한 토큰 수</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="262"/>
        <source>wall time (s)</source>
        <translation>경과 시간(초)</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="264"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="264"/>
        <source>perplexity</source>
        <translation>퍼플렉서티</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="347"/>
        <source>training loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="347"/>
        <source>validation loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="349"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="350"/>
        <source>%1 (perplexity) %2</source>
        <translation>%1 (퍼플렉서티) %2</translation>
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
        <translation>%1에 쓸 수 없습니다:
%2</translation>
    </message>
</context>
<context>
    <name>textgen::MainWindow</name>
    <message>
        <location filename="../app/studio/main_window.cpp" line="85"/>
        <source>not trained yet</source>
        <translation>아직 훈련 전</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="86"/>
        <source>training</source>
        <translation>훈련 중</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="87"/>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="88"/>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="89"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="90"/>
        <source>interrupted</source>
        <translation>비정상 종료 (재개 가능)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="93"/>
        <source>damaged</source>
        <translation>손상됨</translation>
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
        <translation>훈련이 끝났습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="130"/>
        <location filename="../app/studio/main_window.cpp" line="147"/>
        <source>Training stopped; a checkpoint was saved.</source>
        <translation>훈련을 중지하고 체크포인트를 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="137"/>
        <location filename="../app/studio/main_window.cpp" line="152"/>
        <source>Training failed</source>
        <translation>훈련 실패</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="169"/>
        <source>Reading the corpus…</source>
        <translation>말뭉치를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="170"/>
        <source>Building the vocabulary…</source>
        <translation>어휘 사전을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="171"/>
        <source>Loading the latest checkpoint…</source>
        <translation>최신 체크포인트를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="172"/>
        <source>Encoding the corpus…</source>
        <translation>말뭉치를 토큰으로 바꾸는 중…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="173"/>
        <source>Building the model…</source>
        <translation>모델을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="445"/>
        <source>&amp;New run…</source>
        <translation>새 훈련 실행(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="446"/>
        <source>&amp;Train</source>
        <comment>start or resume training</comment>
        <translation>훈련 시작(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="447"/>
        <location filename="../app/studio/main_window.cpp" line="697"/>
        <source>&amp;Pause</source>
        <comment>pause training</comment>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="448"/>
        <source>S&amp;top</source>
        <comment>stop training</comment>
        <translation>중지(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="449"/>
        <source>Export &amp;samples…</source>
        <translation>샘플 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="450"/>
        <source>Export &amp;branches…</source>
        <translation>분기 내보내기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="451"/>
        <source>Write every branch of the columns, as JSON or as an outline to read</source>
        <translation>열의 모든 분기를 JSON이나 읽기 쉬운 개요로 저장합니다</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="452"/>
        <source>&amp;Open branches…</source>
        <translation>분기 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="453"/>
        <source>Read branches written by Export branches back into the columns</source>
        <translation>‘분기 내보내기’로 저장한 분기를 다시 열로 읽어 들입니다</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="454"/>
        <source>Export &amp;epoch samples…</source>
        <translation>에포크별 샘플 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="455"/>
        <source>Export loss as &amp;CSV…</source>
        <translation>손실을 CSV로 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="456"/>
        <source>Export loss as &amp;PNG…</source>
        <translation>손실 그래프를 PNG로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="457"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="458"/>
        <source>&amp;Bigger text</source>
        <translation>글자 크게(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="459"/>
        <source>&amp;Smaller text</source>
        <translation>글자 작게(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="460"/>
        <source>&amp;Normal text size</source>
        <translation>글자 크기 원래대로(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="461"/>
        <source>Epoch samples at &amp;full size</source>
        <translation>에포크별 샘플 크게 보기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="462"/>
        <source>&amp;About textgen studio</source>
        <translation>textgen 스튜디오 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="463"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="464"/>
        <source>T&amp;raining</source>
        <translation>훈련(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="465"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="466"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="467"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="474"/>
        <source>Training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="475"/>
        <source>&lt;h2&gt;No training runs yet&lt;/h2&gt;&lt;p&gt;A run trains a language model on a corpus and keeps its loss curve and checkpoints. Start with a small model on the fortune corpus: its loss falls within seconds, and you can then sample it at any temperature.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;아직 훈련 실행이 없습니다&lt;/h2&gt;&lt;p&gt;훈련 실행은 말뭉치로 언어 모델을 훈련하고 손실 곡선과 체크포인트를 보관합니다. fortune 말뭉치로 작은 모델을 훈련해 보세요. 몇 초 만에 손실이 줄어들고, 그다음 원하는 온도로 샘플링할 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="478"/>
        <source>Train a small model on the fortune corpus</source>
        <translation>fortune 말뭉치로 작은 모델 훈련하기</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="497"/>
        <source>Entropy</source>
        <comment>entropy against temperature</comment>
        <translation>엔트로피</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="498"/>
        <source>Sampler steps</source>
        <comment>the chosen word through each step of the chain</comment>
        <translation>샘플러 단계</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="499"/>
        <source>Sampler</source>
        <comment>the sampler chain&apos;s settings</comment>
        <translation>샘플러</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="500"/>
        <source>Checkpoints</source>
        <comment>the probability river: candidates&apos; probabilities by epoch</comment>
        <translation>체크포인트</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="501"/>
        <source>Attention</source>
        <comment>the inspected word&apos;s attention weights over its context</comment>
        <translation>어텐션</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="502"/>
        <source>Branches</source>
        <comment>the tree of a column&apos;s branches</comment>
        <translation>분기</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="539"/>
        <source>About textgen studio</source>
        <translation>textgen 스튜디오 정보</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="540"/>
        <source>&lt;h3&gt;textgen studio %1&lt;/h3&gt;&lt;p&gt;Trains word-level language models and samples them at any temperature, after chapter 12 of &lt;i&gt;Deep Learning with Python&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;textgen 스튜디오 %1&lt;/h3&gt;&lt;p&gt;《케라스 창시자에게 배우는 딥러닝》 12장을 따라 단어 수준 언어 모델을 훈련하고, 원하는 온도로 샘플링합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="856"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="858"/>
        <source>device: %1 · %n process(es)</source>
        <comment>a job of processes</comment>
        <translation>
            <numerusform>장치: %1 · 프로세스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="861"/>
        <source>epoch %1 · step %2 · loss %3</source>
        <translation>에포크 %1 · 스텝 %2 · 손실 %3</translation>
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
        <translation>시작할 수 없음</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="484"/>
        <source>steps</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="484"/>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="484"/>
        <source>tokens seen</source>
        <translation>처리한 토큰 수</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="484"/>
        <source>wall time</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="487"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="488"/>
        <source>perplexity</source>
        <translation>퍼플렉서티</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="489"/>
        <source>log scale</source>
        <translation>로그 스케일</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="479"/>
        <source>Smoothing</source>
        <translation>평활화</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="481"/>
        <source>How much the bold curve is smoothed (TensorBoard&apos;s moving average); the faint curve is every step</source>
        <translation>굵은 곡선을 얼마나 매끄럽게 할지 정합니다(텐서보드의 이동 평균). 옅은 곡선은 모든 스텝의 손실입니다</translation>
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
        <translation>따라가기</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="492"/>
        <source>Keep the newest step in view (a zoom or a drag stops following; a double-click follows again)</source>
        <translation>가장 최근 스텝이 늘 보이게 합니다(확대하거나 끌면 따라가기가 멈추고, 두 번 클릭하면 다시 따라갑니다)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="493"/>
        <source>Runs</source>
        <comment>training runs</comment>
        <translation>훈련 실행 목록</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="494"/>
        <location filename="../app/studio/main_window.cpp" line="1001"/>
        <source>Run</source>
        <translation>훈련 실행</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="494"/>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="494"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="494"/>
        <source>Best validation loss</source>
        <translation>최저 검증 손실</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="494"/>
        <source>Corpus</source>
        <translation>말뭉치</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="495"/>
        <source>Distribution</source>
        <comment>the probability distribution a word was drawn from</comment>
        <translation>확률 분포</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="496"/>
        <source>Samples by epoch</source>
        <translation>에포크별 샘플</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="447"/>
        <location filename="../app/studio/main_window.cpp" line="697"/>
        <source>&amp;Resume</source>
        <comment>resume training</comment>
        <translation>재개(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="730"/>
        <source>Check to overlay its curve on the plot</source>
        <translation>체크하면 이 훈련 실행의 손실 곡선을 그래프에 겹쳐 표시합니다</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="472"/>
        <location filename="../app/studio/main_window.cpp" line="859"/>
        <location filename="../app/studio/main_window.cpp" line="902"/>
        <source>device: %1</source>
        <translation>장치: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="903"/>
        <source>epoch %1 · step %2 · loss %3 · %4 tokens/s · ETA %5</source>
        <translation>에포크 %1 · 스텝 %2 · 손실 %3 · 초당 토큰 %4개 · 남은 시간 %5</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="949"/>
        <source>epoch %1</source>
        <translation>에포크 %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="971"/>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="972"/>
        <source>Duplicate settings into a new run</source>
        <translation>같은 설정으로 새 훈련 실행 만들기</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="973"/>
        <source>Open its folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="975"/>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="980"/>
        <source>Rename run</source>
        <translation>훈련 실행 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="980"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="985"/>
        <source>%1 (copy)</source>
        <translation>%1 (복사본)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="992"/>
        <location filename="../app/studio/main_window.cpp" line="995"/>
        <source>Delete run</source>
        <translation>훈련 실행 삭제</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="993"/>
        <source>%1

Delete %2 for good?</source>
        <translation>%1

%2을(를) 영구히 삭제하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1008"/>
        <location filename="../app/studio/main_window.cpp" line="1024"/>
        <source>There are no samples to export yet.</source>
        <translation>아직 내보낼 샘플이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1012"/>
        <location filename="../app/studio/main_window.cpp" line="1016"/>
        <source>Export samples</source>
        <translation>샘플 내보내기</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1013"/>
        <source>Sample sets (*.txt);;JSON Lines, every word with its probability (*.jsonl);;Markdown tables (*.md)</source>
        <translation>샘플 세트 (*.txt);;JSON Lines, 단어마다 확률 포함 (*.jsonl);;마크다운 표 (*.md)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1048"/>
        <location filename="../app/studio/main_window.cpp" line="1063"/>
        <source>There are no branches to export: show a run&apos;s columns first.</source>
        <translation>내보낼 분기가 없습니다. 먼저 실행의 열을 보여 주세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1051"/>
        <location filename="../app/studio/main_window.cpp" line="1055"/>
        <source>Export branches</source>
        <translation>분기 내보내기</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1052"/>
        <source>Outlines (*.txt);;JSON (*.json)</source>
        <translation>개요 (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1068"/>
        <source>Branches written to %1</source>
        <translation>분기를 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1079"/>
        <location filename="../app/studio/main_window.cpp" line="1083"/>
        <source>Open branches</source>
        <translation>분기 열기</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1080"/>
        <source>Branch trees (*.txt *.json);;All files (*)</source>
        <translation>분기 트리 (*.txt *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1097"/>
        <source>Branches read from %1</source>
        <translation>%1에서 분기를 읽었습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1116"/>
        <source>Text files (*.txt)</source>
        <translation>텍스트 파일 (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1036"/>
        <source>Samples written to %1</source>
        <translation>샘플을 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1111"/>
        <source>This run has no epoch samples yet.</source>
        <translation>이 훈련 실행에는 아직 에포크별 샘플이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1114"/>
        <location filename="../app/studio/main_window.cpp" line="1122"/>
        <source>Export epoch samples</source>
        <translation>에포크별 샘플 내보내기</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1128"/>
        <location filename="../app/studio/main_window.cpp" line="1132"/>
        <source>Export loss as CSV</source>
        <translation>손실을 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1129"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1137"/>
        <location filename="../app/studio/main_window.cpp" line="1141"/>
        <source>Export loss as PNG</source>
        <translation>손실 그래프를 PNG로 내보내기</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="1138"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
</context>
<context>
    <name>textgen::NewRunDialog</name>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="38"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="41"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="43"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="44"/>
        <source>%1 days %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="54"/>
        <source>Corpus %1 (%2)</source>
        <translation>말뭉치 %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="56"/>
        <source>  files read:  %1</source>
        <translation>  읽은 파일:  %1개</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="57"/>
        <source>  documents:   %1</source>
        <translation>  문서:   %1개</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="58"/>
        <source>  text:        %1 MB</source>
        <translation>  텍스트:   %1 MB</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="60"/>
        <source>  invalid UTF-8 sequences replaced: %1</source>
        <translation>  잘못된 UTF-8 시퀀스 교체: %1개</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="61"/>
        <source>  skipped:     %1</source>
        <translation>  건너뛴 파일:  %1개</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="67"/>
        <source>    … and %1 more</source>
        <translation>    … 외 %1개</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="93"/>
        <source>New training run</source>
        <translation>새 훈련 실행</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="94"/>
        <source>my run</source>
        <translation>내 훈련 실행</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="96"/>
        <source>Folder…</source>
        <translation>폴더…</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="97"/>
        <source>File…</source>
        <translation>파일…</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="98"/>
        <source>Scan</source>
        <comment>read the corpus and report on it</comment>
        <translation>검사</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="106"/>
        <source>words (the chapter&apos;s)</source>
        <translation>단어 (이 장의 방식)</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="107"/>
        <source>characters</source>
        <translation>글자</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="109"/>
        <source>first tokens of each document (the chapter&apos;s)</source>
        <translation>문서마다 앞부분만 사용 (이 장의 방식)</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="110"/>
        <source>one stream, nothing wasted</source>
        <translation>모든 문서를 이어 붙이기 (버리는 텍스트 없음)</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="112"/>
        <source>seed: the chapter&apos;s Transformer decoder</source>
        <translation>seed: 이 장의 트랜스포머 디코더</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="113"/>
        <source>gpt: a modern GPT</source>
        <translation>gpt: 최신 방식의 GPT</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="114"/>
        <source>lstm: a recurrent network</source>
        <translation>lstm: 순환 신경망</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="133"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="135"/>
        <source>CUDA device %1</source>
        <translation>CUDA 장치 %1</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="151"/>
        <source>Create and train</source>
        <translation>만들고 훈련하기</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="158"/>
        <source>Corpus</source>
        <translation>말뭉치</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="164"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="166"/>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="167"/>
        <source>Tokenizer</source>
        <translation>토크나이저</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="168"/>
        <source>Sequences</source>
        <translation>시퀀스 구성</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="169"/>
        <source>Layers</source>
        <translation>레이어 수</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="170"/>
        <source>Embedding</source>
        <translation>임베딩 차원</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="171"/>
        <source>Attention heads</source>
        <translation>어텐션 헤드 수</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="172"/>
        <source>Feed-forward</source>
        <translation>피드포워드 차원</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="173"/>
        <source>Sequence length</source>
        <translation>시퀀스 길이</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="174"/>
        <source>Vocabulary size</source>
        <translation>어휘 사전 크기</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="175"/>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="176"/>
        <source>Parameters</source>
        <translation>파라미터 수</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="178"/>
        <source>Training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="180"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="181"/>
        <source>Epochs</source>
        <translation>에포크 수</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="182"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="183"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="184"/>
        <source>Seed</source>
        <comment>random seed</comment>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="185"/>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="186"/>
        <source>Processes</source>
        <translation>프로세스</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="209"/>
        <source>Press Scan to read the corpus.</source>
        <translation>검사 버튼을 누르면 말뭉치를 읽어 들입니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="235"/>
        <source>Choose a corpus folder</source>
        <translation>말뭉치 폴더 선택</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="242"/>
        <source>Choose a corpus file</source>
        <translation>말뭉치 파일 선택</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="264"/>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="390"/>
        <source>Give the run a name.</source>
        <translation>훈련 실행의 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="395"/>
        <source>Train in this many processes, each on its share of every batch and of the cores.</source>
        <translation>이 개수만큼의 프로세스로 훈련합니다. 프로세스마다 배치와 코어를 나누어 맡습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="396"/>
        <source>Processes train on the CPU; on a GPU one process trains.</source>
        <translation>여러 프로세스 훈련은 CPU에서만 합니다. GPU에서는 프로세스 하나가 훈련합니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="398"/>
        <source>A batch of %1 does not split evenly over %2 processes: choose a batch they divide.</source>
        <translation>배치 %1은(는) 프로세스 %2개로 고르게 나뉘지 않습니다. 프로세스 수로 나누어떨어지는 배치를 고르세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="402"/>
        <source>The corpus cannot be used yet: scan it, or choose another one.</source>
        <translation>아직 이 말뭉치를 쓸 수 없습니다. 검사하거나 다른 말뭉치를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="407"/>
        <source>measuring…</source>
        <translation>측정 중…</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="422"/>
        <source>fortunes, small gpt</source>
        <translation>fortune 말뭉치, 작은 gpt</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="489"/>
        <source>Scan the corpus to see how long an epoch is.</source>
        <translation>말뭉치를 검사하면 한 에포크가 몇 스텝인지 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="497"/>
        <source>%1 steps an epoch (%2 tokens) · %3 epochs ≈ %4 steps</source>
        <translation>에포크당 %1 스텝(토큰 %2개) · %3 에포크 ≈ %4 스텝</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="503"/>
        <source>on this CPU, as one process measures it</source>
        <translation>이 CPU에서(프로세스 하나로 잰 값)</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="504"/>
        <source>on this CPU</source>
        <translation>이 CPU에서</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="502"/>
        <source>on %1</source>
        <translation>%1에서</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="506"/>
        <source> ≈ %1 %2</source>
        <translation> · %2 약 %1</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="508"/>
        <source> · measuring a step %1…</source>
        <translation> · %1 한 스텝 시간을 재는 중…</translation>
    </message>
</context>
<context>
    <name>textgen::PipelineView</name>
    <message>
        <location filename="../widgets/pipeline_view.cpp" line="53"/>
        <source>stage</source>
        <comment>a step of the sampler chain</comment>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../widgets/pipeline_view.cpp" line="53"/>
        <source>kept</source>
        <comment>candidates left</comment>
        <translation>남은 수</translation>
    </message>
    <message>
        <location filename="../widgets/pipeline_view.cpp" line="54"/>
        <source>rank of “%1”</source>
        <translation>“%1”의 순위</translation>
    </message>
    <message>
        <location filename="../widgets/pipeline_view.cpp" line="54"/>
        <source>p of “%1”</source>
        <translation>“%1”의 확률</translation>
    </message>
    <message>
        <location filename="../widgets/pipeline_view.cpp" line="58"/>
        <source>Click a word of a sample to follow it through the sampler&apos;s steps.</source>
        <translation>샘플의 단어를 클릭하면 그 단어가 샘플러 단계를 거치는 모습을 따라갑니다.</translation>
    </message>
    <message>
        <location filename="../widgets/pipeline_view.cpp" line="59"/>
        <source>Each row is the distribution after one step of the chain; struck-out words were removed by that step</source>
        <translation>각 행은 체인의 한 단계를 거친 뒤의 분포입니다. 취소선이 그어진 단어는 그 단계에서 제거되었습니다</translation>
    </message>
    <message>
        <location filename="../widgets/pipeline_view.cpp" line="77"/>
        <source>removed</source>
        <translation>제거됨</translation>
    </message>
</context>
<context>
    <name>textgen::ProbabilityRiver</name>
    <message>
        <location filename="../widgets/probability_river.cpp" line="39"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../widgets/probability_river.cpp" line="40"/>
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <location filename="../widgets/probability_river.cpp" line="41"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../widgets/probability_river.cpp" line="42"/>
        <source>Stop reading the checkpoints</source>
        <translation>체크포인트 읽기를 멈춥니다</translation>
    </message>
    <message>
        <location filename="../widgets/probability_river.cpp" line="48"/>
        <source>Reading checkpoints: %1 of %2…</source>
        <translation>체크포인트 읽는 중: %2개 중 %1개…</translation>
    </message>
    <message>
        <location filename="../widgets/probability_river.cpp" line="50"/>
        <source>In the Every checkpoint mode, click a word: its candidates&apos; probabilities, epoch by epoch.</source>
        <translation>‘체크포인트마다 한 열씩’ 모드에서 단어를 클릭하면 후보 단어들의 확률을 에포크별로 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../widgets/probability_river.cpp" line="51"/>
        <source>%1: the next word&apos;s probability at each checkpoint (T = 1)</source>
        <translation>%1: 체크포인트마다 본 다음 단어 확률 (온도 1)</translation>
    </message>
</context>
<context>
    <name>textgen::SampleGrid</name>
    <message>
        <location filename="../widgets/sample_grid.cpp" line="73"/>
        <source>Prompt: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>프롬프트: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/sample_grid.cpp" line="123"/>
        <source>&quot;%1&quot;: probability %2%3</source>
        <translation>&quot;%1&quot;: 확률 %2%3</translation>
    </message>
    <message>
        <location filename="../widgets/sample_grid.cpp" line="126"/>
        <source> (forced)</source>
        <translation> (강제 선택)</translation>
    </message>
    <message>
        <location filename="../widgets/sample_grid.cpp" line="266"/>
        <source>%1 — branch</source>
        <translation>%1 — 분기</translation>
    </message>
</context>
<context>
    <name>textgen::TemperatureSlider</name>
    <message>
        <location filename="../widgets/temperature_slider.cpp" line="58"/>
        <source>Softmax temperature: 0 is greedy, 1 is the model&apos;s own distribution, above 1 is flatter</source>
        <translation>소프트맥스 온도: 0이면 탐욕적 샘플링, 1이면 모델 본래의 확률 분포, 1보다 크면 분포가 더 평평해집니다</translation>
    </message>
    <message>
        <location filename="../widgets/temperature_slider.cpp" line="60"/>
        <source>Temperature</source>
        <comment>sampling softmax temperature</comment>
        <translation>온도</translation>
    </message>
</context>
</TS>
