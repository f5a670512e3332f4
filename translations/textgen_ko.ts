<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>textgen::DistributionChart</name>
    <message>
        <source>at temperature 1</source>
        <comment>softmax temperature</comment>
        <translation>온도 1에서</translation>
    </message>
    <message>
        <source>after the sampler</source>
        <translation>샘플러 적용 후</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>샘플링된 토큰</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>Click a word of a sample to see the distribution it was drawn from.</source>
        <translation>샘플의 단어를 클릭하면 그 단어를 뽑은 확률 분포를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>forced (a branch)</source>
        <translation>강제 선택(분기)</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>샘플링됨</translation>
    </message>
    <message>
        <source>%1 · entropy %2 bits · outside these %3: %4% · %5</source>
        <translation>%1 · 엔트로피 %2비트 · 상위 %3개 밖의 확률: %4% · %5</translation>
    </message>
</context>
<context>
    <name>textgen::GenerationPanel</name>
    <message>
        <source>The checkpoint to sample: the latest, or the end of any epoch</source>
        <translation>샘플링할 체크포인트: 최신 체크포인트 또는 각 에포크의 끝</translation>
    </message>
    <message>
        <source>A prompt to continue (the chapter&apos;s model has no start token: type a word or more)</source>
        <translation>이어 쓸 프롬프트(시작 문장) — 이 장의 모델에는 시작 토큰이 없으니 한 단어 이상 입력하세요</translation>
    </message>
    <message>
        <source>off</source>
        <comment>top-k disabled</comment>
        <translation>끔</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>새 시드</translation>
    </message>
    <message>
        <source>Columns at the chapter&apos;s temperatures</source>
        <translation>장에서 쓴 온도별 열</translation>
    </message>
    <message>
        <source>Columns with different seeds</source>
        <translation>시드별 열</translation>
    </message>
    <message>
        <source>columns: </source>
        <translation>열 개수: </translation>
    </message>
    <message>
        <source>Colour by probability</source>
        <translation>확률에 따라 색칠</translation>
    </message>
    <message>
        <source>Undo branch</source>
        <translation>분기 되돌리기</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Temperature</source>
        <comment>sampling softmax temperature</comment>
        <translation>온도</translation>
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
        <translation>길이</translation>
    </message>
    <message>
        <source>seed</source>
        <comment>random seed</comment>
        <translation>시드</translation>
    </message>
    <message>
        <source>Sampling %1, epoch %2, step %3</source>
        <translation>%1 샘플링 중 · 에포크 %2, 스텝 %3</translation>
    </message>
    <message>
        <source>This run has no checkpoint yet: train it to sample from it.</source>
        <translation>이 훈련 실행에는 아직 체크포인트가 없습니다. 먼저 훈련하면 샘플링할 수 있습니다.</translation>
    </message>
    <message>
        <source>latest checkpoint</source>
        <translation>최신 체크포인트</translation>
    </message>
    <message>
        <source>after epoch %1</source>
        <translation>에포크 %1 이후</translation>
    </message>
    <message>
        <source>T = %1 · seed %2</source>
        <translation>온도 %1 · 시드 %2</translation>
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
        <translation> · 어휘 사전에 없는 단어: %1</translation>
    </message>
    <message>
        <source>column %1, word %2 “%3”</source>
        <translation>%1열, %2번째 단어 “%3”</translation>
    </message>
    <message>
        <source>Branch: column %1 takes “%2” at word %3</source>
        <translation>분기: %1열의 %3번째 단어를 “%2”(으)로 바꿈</translation>
    </message>
</context>
<context>
    <name>textgen::GenerationWorker</name>
    <message>
        <source>No checkpoint is loaded: choose a run that has been trained.</source>
        <translation>불러온 체크포인트가 없습니다. 훈련된 실행을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>textgen::LossPlot</name>
    <message>
        <source>%1 (validation)</source>
        <translation>%1 (검증)</translation>
    </message>
    <message>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>tokens seen</source>
        <translation>처리한 토큰 수</translation>
    </message>
    <message>
        <source>wall time (s)</source>
        <translation>경과 시간(초)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>perplexity</source>
        <translation>퍼플렉서티</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (perplexity) %2</source>
        <translation>%1 (퍼플렉서티) %2</translation>
    </message>
    <message>
        <source>%1 — %2 %3: %4</source>
        <translation>%1 — %2 %3: %4</translation>
    </message>
    <message>
        <source>Cannot write %1:
%2</source>
        <translation>%1에 쓸 수 없습니다:
%2</translation>
    </message>
</context>
<context>
    <name>textgen::MainWindow</name>
    <message>
        <source>not trained yet</source>
        <translation>아직 훈련 전</translation>
    </message>
    <message>
        <source>training</source>
        <translation>훈련 중</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>중단됨 (재개 가능)</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>손상됨</translation>
    </message>
    <message>
        <source>textgen studio</source>
        <translation>textgen 스튜디오</translation>
    </message>
    <message>
        <source>Training finished.</source>
        <translation>훈련이 끝났습니다.</translation>
    </message>
    <message>
        <source>Training stopped; a checkpoint was saved.</source>
        <translation>훈련을 중지했습니다. 체크포인트를 저장했습니다.</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>훈련 실패</translation>
    </message>
    <message>
        <source>&amp;New run…</source>
        <translation>새 훈련 실행(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <comment>start or resume training</comment>
        <translation>훈련(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <comment>pause training</comment>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <comment>stop training</comment>
        <translation>중지(&amp;O)</translation>
    </message>
    <message>
        <source>Export &amp;samples…</source>
        <translation>샘플 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <source>Export &amp;epoch samples…</source>
        <translation>에포크별 샘플 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export loss as &amp;CSV…</source>
        <translation>손실을 CSV로 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Export loss as &amp;PNG…</source>
        <translation>손실 그래프를 PNG로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>훈련(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No training runs yet&lt;/h2&gt;&lt;p&gt;A run trains a language model on a corpus and keeps its loss curve and checkpoints. Start with a small model on the fortune corpus: its loss falls within seconds, and you can then sample it at any temperature.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;아직 훈련 실행이 없습니다&lt;/h2&gt;&lt;p&gt;훈련 실행은 말뭉치로 언어 모델을 훈련하고 손실 곡선과 체크포인트를 보관합니다. fortune 말뭉치에서 작은 모델로 시작해 보세요. 몇 초 만에 손실이 떨어지고, 그다음 원하는 온도로 샘플링할 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Train a small model on the fortune corpus</source>
        <translation>fortune 말뭉치로 작은 모델 훈련하기</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>시작할 수 없음</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>tokens seen</source>
        <translation>처리한 토큰 수</translation>
    </message>
    <message>
        <source>wall time</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>perplexity</source>
        <translation>퍼플렉서티</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>로그 스케일</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>평활화</translation>
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
        <translation>훈련 실행</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Best validation loss</source>
        <translation>최저 검증 손실</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>말뭉치</translation>
    </message>
    <message>
        <source>Samples by epoch</source>
        <translation>에포크별 샘플</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <comment>resume training</comment>
        <translation>재개(&amp;R)</translation>
    </message>
    <message>
        <source>Check to overlay its curve on the plot</source>
        <translation>체크하면 이 실행의 곡선을 그래프에 겹쳐 그립니다</translation>
    </message>
    <message>
        <source>device: %1</source>
        <translation>장치: %1</translation>
    </message>
    <message>
        <source>epoch %1 · step %2 · loss %3 · %4 tokens/s · ETA %5</source>
        <translation>에포크 %1 · 스텝 %2 · 손실 %3 · 초당 토큰 %4개 · 남은 시간 %5</translation>
    </message>
    <message>
        <source>T = %1</source>
        <translation>온도 %1</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>에포크 %1</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Duplicate settings into a new run</source>
        <translation>같은 설정으로 새 훈련 실행 만들기</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>훈련 실행 이름 바꾸기</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (복사본)</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>훈련 실행 삭제</translation>
    </message>
    <message>
        <source>%1

Delete %2 for good?</source>
        <translation>%1

%2을(를) 영구히 삭제할까요?</translation>
    </message>
    <message>
        <source>There are no samples to export yet.</source>
        <translation>아직 내보낼 샘플이 없습니다.</translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation>샘플 내보내기</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>텍스트 파일 (*.txt)</translation>
    </message>
    <message>
        <source>Samples written to %1</source>
        <translation>샘플을 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>This run has no epoch samples yet.</source>
        <translation>이 훈련 실행에는 아직 에포크별 샘플이 없습니다.</translation>
    </message>
    <message>
        <source>Export epoch samples</source>
        <translation>에포크별 샘플 내보내기</translation>
    </message>
    <message>
        <source>Export loss as CSV</source>
        <translation>손실을 CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Export loss as PNG</source>
        <translation>손실 그래프를 PNG로 내보내기</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
</context>
<context>
    <name>textgen::NewRunDialog</name>
    <message>
        <source>New training run</source>
        <translation>새 훈련 실행</translation>
    </message>
    <message>
        <source>my run</source>
        <translation>내 훈련 실행</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>폴더…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>파일…</translation>
    </message>
    <message>
        <source>Scan</source>
        <comment>read the corpus and report on it</comment>
        <translation>검사</translation>
    </message>
    <message>
        <source>words (the chapter&apos;s)</source>
        <translation>단어 (이 장의 방식)</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>문자</translation>
    </message>
    <message>
        <source>first tokens of each document (the chapter&apos;s)</source>
        <translation>문서마다 앞부분 토큰 (이 장의 방식)</translation>
    </message>
    <message>
        <source>one stream, nothing wasted</source>
        <translation>하나의 스트림 (버리는 텍스트 없음)</translation>
    </message>
    <message>
        <source>seed: the chapter&apos;s Transformer decoder</source>
        <translation>seed: 이 장의 트랜스포머 디코더</translation>
    </message>
    <message>
        <source>gpt: a modern GPT</source>
        <translation>gpt: 요즘 방식의 GPT</translation>
    </message>
    <message>
        <source>lstm: a recurrent network</source>
        <translation>lstm: 순환 신경망</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA device %1</source>
        <translation>CUDA 장치 %1</translation>
    </message>
    <message>
        <source>Create and train</source>
        <translation>만들고 훈련하기</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>말뭉치</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>토크나이저</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>시퀀스</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>층 수</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>임베딩 크기</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>어텐션 헤드 수</translation>
    </message>
    <message>
        <source>Feed-forward</source>
        <translation>피드포워드 크기</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>시퀀스 길이</translation>
    </message>
    <message>
        <source>Vocabulary size</source>
        <translation>어휘 사전 크기</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>파라미터 수</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에포크 수</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Seed</source>
        <comment>random seed</comment>
        <translation>시드</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>Press Scan to read the corpus.</source>
        <translation>검사를 눌러 말뭉치를 읽으세요.</translation>
    </message>
    <message>
        <source>Choose a corpus folder</source>
        <translation>말뭉치 폴더 선택</translation>
    </message>
    <message>
        <source>Choose a corpus file</source>
        <translation>말뭉치 파일 선택</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <source>Give the run a name.</source>
        <translation>훈련 실행의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>The corpus cannot be used yet: scan it, or choose another one.</source>
        <translation>아직 이 말뭉치를 쓸 수 없습니다. 검사하거나 다른 말뭉치를 선택하세요.</translation>
    </message>
    <message>
        <source>fortunes, small gpt</source>
        <translation>fortune 말뭉치, 작은 gpt</translation>
    </message>
</context>
<context>
    <name>textgen::RunLibrary</name>
    <message>
        <source>%1 is being trained by %2: stop it before deleting it.</source>
        <translation>%1은(는) %2에서 훈련 중입니다. 삭제하기 전에 중지하세요.</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>%1을(를) 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no trash for %1: confirm to delete it for good.</source>
        <translation>%1을(를) 옮길 휴지통이 없습니다. 영구히 삭제하려면 확인하세요.</translation>
    </message>
</context>
<context>
    <name>textgen::SampleGrid</name>
    <message>
        <source>Prompt: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>프롬프트: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: probability %2%3</source>
        <translation>"%1": 확률 %2%3</translation>
    </message>
    <message>
        <source> (forced)</source>
        <translation> (강제 선택)</translation>
    </message>
    <message>
        <source>%1 — branch</source>
        <translation>%1 — 분기</translation>
    </message>
</context>
<context>
    <name>textgen::TemperatureSlider</name>
    <message>
        <source>Softmax temperature: 0 is greedy, 1 is the model&apos;s own distribution, above 1 is flatter</source>
        <translation>소프트맥스 온도: 0은 탐욕적 샘플링, 1은 모델 본래의 확률 분포, 1보다 크면 더 평평해집니다</translation>
    </message>
    <message>
        <source>Temperature</source>
        <comment>sampling softmax temperature</comment>
        <translation>온도</translation>
    </message>
</context>
<context>
    <name>textgen::TrainingController</name>
    <message>
        <source>A run is already training (%1): stop it first.</source>
        <translation>이미 훈련 중인 실행이 있습니다(%1). 먼저 중지하세요.</translation>
    </message>
    <message>
        <source>Another run is training on %1: one run trains at a time per device.</source>
        <translation>%1에서 다른 실행이 훈련 중입니다. 장치마다 한 번에 하나의 실행만 훈련할 수 있습니다.</translation>
    </message>
</context>
</TS>
