<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>textgen::DistributionChart</name>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="53"/>
        <source>at temperature 1</source>
        <comment>softmax temperature</comment>
        <translation>온도 1일 때</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="54"/>
        <source>after the sampler</source>
        <translation>샘플러 적용 후</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="55"/>
        <location filename="../widgets/distribution_chart.cpp" line="127"/>
        <source>sampled</source>
        <translation>샘플링된 토큰</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="56"/>
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="93"/>
        <source>Click a word of a sample to see the distribution it was drawn from.</source>
        <translation>샘플의 단어를 클릭하면 그 단어를 뽑은 확률 분포를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="55"/>
        <location filename="../widgets/distribution_chart.cpp" line="94"/>
        <location filename="../widgets/distribution_chart.cpp" line="127"/>
        <source>forced (a branch)</source>
        <translation>강제 선택(분기)</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="94"/>
        <source>drawn</source>
        <translation>샘플링됨</translation>
    </message>
    <message>
        <location filename="../widgets/distribution_chart.cpp" line="95"/>
        <source>%1 · entropy %2 bits · outside these %3: %4% · %5</source>
        <translation>%1 · 엔트로피 %2비트 · 상위 %3개 외 확률: %4% · %5</translation>
    </message>
</context>
<context>
    <name>textgen::GenerationPanel</name>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="145"/>
        <source>The checkpoint to sample: the latest, or the end of any epoch</source>
        <translation>샘플링할 체크포인트: 최신 체크포인트 또는 원하는 에포크가 끝난 시점</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="146"/>
        <source>A prompt to continue (the chapter&apos;s model has no start token: type a word or more)</source>
        <translation>이어 쓸 시작 문장 — 시작 토큰이 없으니 한 단어 이상 입력하세요</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="147"/>
        <source>off</source>
        <comment>top-k disabled</comment>
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="148"/>
        <source>New seed</source>
        <translation>새 시드</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="152"/>
        <source>Side by side</source>
        <comment>samples laid out as columns</comment>
        <translation>나란히</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="153"/>
        <source>One under another</source>
        <comment>samples laid out as rows</comment>
        <translation>위아래로</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="154"/>
        <source>Columns side by side, or each sample as a full-width paragraph</source>
        <translation>샘플을 열로 나란히 놓거나, 샘플마다 한 문단으로 전체 폭에 표시합니다</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="155"/>
        <source>columns: </source>
        <translation>열 개수: </translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="156"/>
        <source>Colour by probability</source>
        <translation>확률에 따라 색 표시</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="158"/>
        <source>Undo branch</source>
        <translation>분기 되돌리기</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="159"/>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="160"/>
        <source>Temperature</source>
        <comment>sampling softmax temperature</comment>
        <translation>온도</translation>
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
        <translation>이 장의 온도마다 한 열</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="150"/>
        <source>Different seeds</source>
        <comment>one column per seed, at one temperature</comment>
        <translation>시드마다 한 열</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="151"/>
        <source>One column per temperature of the chapter (one seed), or one column per seed (one temperature)</source>
        <translation>책에서 쓴 온도마다 한 열(시드는 하나), 또는 시드마다 한 열(온도는 하나)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="157"/>
        <source>Shade each word by the probability it was drawn with: pale words were unlikely</source>
        <translation>각 단어를 뽑힌 확률에 따라 색으로 표시합니다. 옅은 단어일수록 확률이 낮았습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="163"/>
        <source>top-p</source>
        <translation>top-p</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="164"/>
        <source>length</source>
        <translation>생성 길이</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="165"/>
        <source>seed</source>
        <comment>random seed</comment>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="175"/>
        <source>Keep only the k most likely words before drawing (off: keep them all)</source>
        <translation>확률이 가장 높은 k개 단어만 남기고 샘플링합니다(끔: 모두 남김)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="176"/>
        <source>Keep the most likely words whose probabilities add up to p (1: keep them all)</source>
        <translation>확률이 높은 단어부터 누적 확률이 p가 될 때까지만 남깁니다(1: 모두 남김)</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="177"/>
        <source>Words to generate after the prompt</source>
        <translation>시작 문장 뒤에 생성할 단어 수</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="178"/>
        <source>The random seed: the same seed draws the same words at the same temperature</source>
        <translation>난수 시드: 같은 온도에서 같은 시드는 같은 단어를 뽑습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="347"/>
        <source>T %1 · seed %2</source>
        <translation>T %1 · 시드 %2</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="349"/>
        <source> · epoch %1</source>
        <translation> · 에포크 %1</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="124"/>
        <source>Sampling %1, epoch %2, step %3</source>
        <translation>%1에서 샘플링 중 · 에포크 %2, 스텝 %3</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="182"/>
        <location filename="../app/studio/generation_panel.cpp" line="249"/>
        <source>This run has no checkpoint yet: train it to sample from it.</source>
        <translation>아직 체크포인트가 없습니다. 훈련한 뒤 샘플링하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="262"/>
        <source>latest checkpoint</source>
        <translation>최신 체크포인트</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="265"/>
        <source>after epoch %1</source>
        <translation>에포크 %1 종료 시점</translation>
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
        <translation> · 어휘 사전에 없는 단어: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="416"/>
        <source>column %1, word %2 “%3”</source>
        <translation>%1열, %2번째 단어 “%3”</translation>
    </message>
    <message>
        <location filename="../app/studio/generation_panel.cpp" line="476"/>
        <source>Branch: column %1 takes “%2” at word %3</source>
        <translation>분기: %1열의 %3번째 단어를 “%2”(으)로 바꿨습니다</translation>
    </message>
</context>
<context>
    <name>textgen::GenerationWorker</name>
    <message>
        <location filename="../app/core/generation_service.cpp" line="161"/>
        <source>No checkpoint is loaded: choose a run that has been trained.</source>
        <translation>불러온 체크포인트가 없습니다. 체크포인트가 있는 훈련 실행을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>textgen::LossPlot</name>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="106"/>
        <location filename="../widgets/loss_plot.cpp" line="263"/>
        <source>%1 (validation)</source>
        <translation>%1 (검증)</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="265"/>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="266"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="267"/>
        <source>tokens seen</source>
        <translation>처리한 토큰 수</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="268"/>
        <source>wall time (s)</source>
        <translation>경과 시간(초)</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="270"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="270"/>
        <source>perplexity</source>
        <translation>퍼플렉서티</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="353"/>
        <source>training loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="353"/>
        <source>validation loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="354"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/loss_plot.cpp" line="355"/>
        <source>%1 (perplexity) %2</source>
        <translation>%1 (퍼플렉서티) %2</translation>
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
        <translation>%1에 쓸 수 없습니다:
%2</translation>
    </message>
</context>
<context>
    <name>textgen::MainWindow</name>
    <message>
        <location filename="../app/studio/main_window.cpp" line="70"/>
        <source>not trained yet</source>
        <translation>아직 훈련 전</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="72"/>
        <source>training</source>
        <translation>훈련 중</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="74"/>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="76"/>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="78"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="80"/>
        <source>interrupted</source>
        <translation>비정상 종료 (재개 가능)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="81"/>
        <source>damaged</source>
        <translation>손상됨</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="349"/>
        <source>textgen studio</source>
        <translation>textgen studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="114"/>
        <source>Training finished.</source>
        <translation>훈련이 끝났습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="114"/>
        <source>Training stopped; a checkpoint was saved.</source>
        <translation>훈련을 중지하고 체크포인트를 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="120"/>
        <source>Training failed</source>
        <translation>훈련 실패</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="142"/>
        <source>Reading the corpus…</source>
        <translation>말뭉치를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="143"/>
        <source>Building the vocabulary…</source>
        <translation>어휘 사전을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="144"/>
        <source>Loading the latest checkpoint…</source>
        <translation>최신 체크포인트를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="145"/>
        <source>Encoding the corpus…</source>
        <translation>말뭉치를 토큰으로 바꾸는 중…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="146"/>
        <source>Building the model…</source>
        <translation>모델을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="354"/>
        <source>&amp;New run…</source>
        <translation>새 훈련 실행(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="355"/>
        <source>&amp;Train</source>
        <comment>start or resume training</comment>
        <translation>훈련 시작(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="356"/>
        <location filename="../app/studio/main_window.cpp" line="541"/>
        <source>&amp;Pause</source>
        <comment>pause training</comment>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="357"/>
        <source>S&amp;top</source>
        <comment>stop training</comment>
        <translation>중지(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="358"/>
        <source>Export &amp;samples…</source>
        <translation>샘플 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="359"/>
        <source>Export &amp;epoch samples…</source>
        <translation>에포크별 샘플 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="360"/>
        <source>Export loss as &amp;CSV…</source>
        <translation>손실을 CSV로 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="361"/>
        <source>Export loss as &amp;PNG…</source>
        <translation>손실 그래프를 PNG로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="362"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="363"/>
        <source>&amp;Bigger text</source>
        <translation>글자 크게(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="364"/>
        <source>&amp;Smaller text</source>
        <translation>글자 작게(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="365"/>
        <source>&amp;Normal text size</source>
        <translation>글자 크기 원래대로(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="366"/>
        <source>Epoch samples at &amp;full size</source>
        <translation>에포크별 샘플 크게 보기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="367"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="368"/>
        <source>T&amp;raining</source>
        <translation>훈련(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="369"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="370"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="371"/>
        <source>Training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="372"/>
        <source>&lt;h2&gt;No training runs yet&lt;/h2&gt;&lt;p&gt;A run trains a language model on a corpus and keeps its loss curve and checkpoints. Start with a small model on the fortune corpus: its loss falls within seconds, and you can then sample it at any temperature.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;아직 훈련 실행이 없습니다&lt;/h2&gt;&lt;p&gt;훈련 실행은 말뭉치로 언어 모델을 훈련하고 손실 곡선과 체크포인트를 보관합니다. fortune 말뭉치로 작은 모델을 훈련해 보세요. 몇 초 만에 손실이 줄어들고, 그다음 원하는 온도로 샘플링할 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="375"/>
        <source>Train a small model on the fortune corpus</source>
        <translation>fortune 말뭉치로 작은 모델 훈련하기</translation>
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
        <translation>시작할 수 없음</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="380"/>
        <source>steps</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="380"/>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="380"/>
        <source>tokens seen</source>
        <translation>처리한 토큰 수</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="380"/>
        <source>wall time</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="383"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="384"/>
        <source>perplexity</source>
        <translation>퍼플렉서티</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="385"/>
        <source>log scale</source>
        <translation>로그 스케일</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="376"/>
        <source>Smoothing</source>
        <translation>평활화</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="377"/>
        <source>How much the bold curve is smoothed (TensorBoard&apos;s moving average); the faint curve is every step</source>
        <translation>굵은 곡선을 얼마나 매끄럽게 할지 정합니다(텐서보드의 이동 평균). 옅은 곡선은 모든 스텝의 손실입니다</translation>
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
        <translation>따라가기</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="387"/>
        <source>Keep the newest step in view (a zoom or a drag stops following; a double-click follows again)</source>
        <translation>가장 최근 스텝이 늘 보이게 합니다(확대하거나 끌면 따라가기가 멈추고, 두 번 클릭하면 다시 따라갑니다)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="388"/>
        <source>Runs</source>
        <comment>training runs</comment>
        <translation>훈련 실행 목록</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="389"/>
        <location filename="../app/studio/main_window.cpp" line="782"/>
        <source>Run</source>
        <translation>훈련 실행</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="389"/>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="389"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="389"/>
        <source>Best validation loss</source>
        <translation>최저 검증 손실</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="389"/>
        <source>Corpus</source>
        <translation>말뭉치</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="390"/>
        <source>Distribution</source>
        <comment>the probability distribution a word was drawn from</comment>
        <translation>확률 분포</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="391"/>
        <source>Samples by epoch</source>
        <translation>에포크별 샘플</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="356"/>
        <location filename="../app/studio/main_window.cpp" line="541"/>
        <source>&amp;Resume</source>
        <comment>resume training</comment>
        <translation>재개(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="571"/>
        <source>Check to overlay its curve on the plot</source>
        <translation>체크하면 이 훈련 실행의 손실 곡선을 그래프에 겹쳐 표시합니다</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="684"/>
        <source>device: %1</source>
        <translation>장치: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="685"/>
        <source>epoch %1 · step %2 · loss %3 · %4 tokens/s · ETA %5</source>
        <translation>에포크 %1 · 스텝 %2 · 손실 %3 · 초당 토큰 %4개 · 남은 시간 %5</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="733"/>
        <source>epoch %1</source>
        <translation>에포크 %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="755"/>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="756"/>
        <source>Duplicate settings into a new run</source>
        <translation>같은 설정으로 새 훈련 실행 만들기</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="757"/>
        <source>Open its folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="759"/>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="764"/>
        <source>Rename run</source>
        <translation>훈련 실행 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="764"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="768"/>
        <source>%1 (copy)</source>
        <translation>%1 (복사본)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="774"/>
        <location filename="../app/studio/main_window.cpp" line="776"/>
        <source>Delete run</source>
        <translation>훈련 실행 삭제</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="774"/>
        <source>%1

Delete %2 for good?</source>
        <translation>%1

%2을(를) 영구히 삭제하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="789"/>
        <location filename="../app/studio/main_window.cpp" line="803"/>
        <source>There are no samples to export yet.</source>
        <translation>아직 내보낼 샘플이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="792"/>
        <location filename="../app/studio/main_window.cpp" line="795"/>
        <source>Export samples</source>
        <translation>샘플 내보내기</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="792"/>
        <location filename="../app/studio/main_window.cpp" line="822"/>
        <source>Text files (*.txt)</source>
        <translation>텍스트 파일 (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="805"/>
        <source>Samples written to %1</source>
        <translation>샘플을 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="818"/>
        <source>This run has no epoch samples yet.</source>
        <translation>이 훈련 실행에는 아직 에포크별 샘플이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="821"/>
        <location filename="../app/studio/main_window.cpp" line="828"/>
        <source>Export epoch samples</source>
        <translation>에포크별 샘플 내보내기</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="834"/>
        <location filename="../app/studio/main_window.cpp" line="837"/>
        <source>Export loss as CSV</source>
        <translation>손실을 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="834"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="842"/>
        <location filename="../app/studio/main_window.cpp" line="845"/>
        <source>Export loss as PNG</source>
        <translation>손실 그래프를 PNG로 내보내기</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="842"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
</context>
<context>
    <name>textgen::NewRunDialog</name>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="36"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="39"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="41"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="42"/>
        <source>%1 days %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="52"/>
        <source>Corpus %1 (%2)</source>
        <translation>말뭉치 %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="53"/>
        <source>  files read:  %1</source>
        <translation>  읽은 파일:  %1개</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="54"/>
        <source>  documents:   %1</source>
        <translation>  문서:   %1개</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="55"/>
        <source>  text:        %1 MB</source>
        <translation>  텍스트:   %1 MB</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="57"/>
        <source>  invalid UTF-8 sequences replaced: %1</source>
        <translation>  잘못된 UTF-8 시퀀스 교체: %1개</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="58"/>
        <source>  skipped:     %1</source>
        <translation>  건너뛴 파일:  %1개</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="63"/>
        <source>    … and %1 more</source>
        <translation>    … 외 %1개</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="73"/>
        <source>vocabulary %1 is too small: padding and [UNK] take two tokens</source>
        <translation>어휘 사전 크기 %1은(는) 너무 작습니다. 패딩과 [UNK]가 토큰 두 개를 차지합니다</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="74"/>
        <source>sequence length %1 is too short: a sequence needs an input and a target</source>
        <translation>시퀀스 길이 %1은(는) 너무 짧습니다. 시퀀스에는 입력과 타깃이 하나씩은 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="75"/>
        <source>embedding %1 must be at least 1</source>
        <translation>임베딩 차원 %1: 1 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="76"/>
        <source>layers %1 must be at least 1</source>
        <translation>레이어 수 %1: 1 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="77"/>
        <source>dropout %1 must be in [0, 1)</source>
        <translation>드롭아웃 %1: 0 이상 1 미만이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="78"/>
        <source>heads %1 must be at least 1</source>
        <translation>어텐션 헤드 수 %1: 1 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="79"/>
        <source>feed-forward %1 must be at least 1</source>
        <translation>피드포워드 차원 %1: 1 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="80"/>
        <source>embedding %1 is not divisible by %2 heads</source>
        <translation>임베딩 차원 %1은(는) 헤드 %2개로 나누어떨어지지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="88"/>
        <source>Choose a folder of .txt files (such as aclImdb/), a fortune file or folder, or a plain text file.</source>
        <translation>.txt 파일이 든 폴더(예: aclImdb/), fortune 파일이나 폴더, 또는 일반 텍스트 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="90"/>
        <source>Corpus not found: %1.</source>
        <translation>말뭉치를 찾을 수 없습니다: %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="91"/>
        <source>No text files in %1.</source>
        <translation>%1에 텍스트 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="92"/>
        <source>Reading %1 was cancelled.</source>
        <translation>%1 읽기를 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="94"/>
        <source>No usable text in %1: %2 of %3 files skipped.</source>
        <translation>%1에 쓸 수 있는 텍스트가 없습니다. 파일 %3개 중 %2개를 건너뛰었습니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="120"/>
        <source>New training run</source>
        <translation>새 훈련 실행</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="121"/>
        <source>my run</source>
        <translation>내 훈련 실행</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="123"/>
        <source>Folder…</source>
        <translation>폴더…</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="124"/>
        <source>File…</source>
        <translation>파일…</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="125"/>
        <source>Scan</source>
        <comment>read the corpus and report on it</comment>
        <translation>검사</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="133"/>
        <source>words (the chapter&apos;s)</source>
        <translation>단어 (이 장의 방식)</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="134"/>
        <source>characters</source>
        <translation>글자</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="136"/>
        <source>first tokens of each document (the chapter&apos;s)</source>
        <translation>문서마다 앞부분만 사용 (이 장의 방식)</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="137"/>
        <source>one stream, nothing wasted</source>
        <translation>모든 문서를 이어 붙이기 (버리는 텍스트 없음)</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="139"/>
        <source>seed: the chapter&apos;s Transformer decoder</source>
        <translation>seed: 이 장의 트랜스포머 디코더</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="140"/>
        <source>gpt: a modern GPT</source>
        <translation>gpt: 최신 방식의 GPT</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="141"/>
        <source>lstm: a recurrent network</source>
        <translation>lstm: 순환 신경망</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="160"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="162"/>
        <source>CUDA device %1</source>
        <translation>CUDA 장치 %1</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="175"/>
        <source>Create and train</source>
        <translation>만들고 훈련하기</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="182"/>
        <source>Corpus</source>
        <translation>말뭉치</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="188"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="190"/>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="191"/>
        <source>Tokenizer</source>
        <translation>토크나이저</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="192"/>
        <source>Sequences</source>
        <translation>시퀀스 구성</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="193"/>
        <source>Layers</source>
        <translation>레이어 수</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="194"/>
        <source>Embedding</source>
        <translation>임베딩 차원</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="195"/>
        <source>Attention heads</source>
        <translation>어텐션 헤드 수</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="196"/>
        <source>Feed-forward</source>
        <translation>피드포워드 차원</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="197"/>
        <source>Sequence length</source>
        <translation>시퀀스 길이</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="198"/>
        <source>Vocabulary size</source>
        <translation>어휘 사전 크기</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="199"/>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="200"/>
        <source>Parameters</source>
        <translation>파라미터 수</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="202"/>
        <source>Training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="204"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="205"/>
        <source>Epochs</source>
        <translation>에포크 수</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="206"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="207"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="208"/>
        <source>Seed</source>
        <comment>random seed</comment>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="209"/>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="230"/>
        <source>Press Scan to read the corpus.</source>
        <translation>검사 버튼을 누르면 말뭉치를 읽어 들입니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="256"/>
        <source>Choose a corpus folder</source>
        <translation>말뭉치 폴더 선택</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="263"/>
        <source>Choose a corpus file</source>
        <translation>말뭉치 파일 선택</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="285"/>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="407"/>
        <source>Give the run a name.</source>
        <translation>훈련 실행의 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="409"/>
        <source>The corpus cannot be used yet: scan it, or choose another one.</source>
        <translation>아직 이 말뭉치를 쓸 수 없습니다. 검사하거나 다른 말뭉치를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="414"/>
        <source>measuring…</source>
        <translation>측정 중…</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="429"/>
        <source>fortunes, small gpt</source>
        <translation>fortune 말뭉치, 작은 gpt</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="510"/>
        <source>Scan the corpus to see how long an epoch is.</source>
        <translation>말뭉치를 검사하면 한 에포크가 몇 스텝인지 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="517"/>
        <source>%1 steps an epoch (%2 tokens) · %3 epochs ≈ %4 steps</source>
        <translation>에포크당 %1 스텝(토큰 %2개) · %3 에포크 ≈ %4 스텝</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="522"/>
        <source>on this CPU</source>
        <translation>이 CPU에서</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="522"/>
        <source>on %1</source>
        <translation>%1에서</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="524"/>
        <source> ≈ %1 %2</source>
        <translation> · %2 약 %1</translation>
    </message>
    <message>
        <location filename="../app/studio/new_run_dialog.cpp" line="526"/>
        <source> · measuring a step %1…</source>
        <translation> · %1 한 스텝 시간을 재는 중…</translation>
    </message>
</context>
<context>
    <name>textgen::RunLibrary</name>
    <message>
        <location filename="../app/core/run_library.cpp" line="210"/>
        <source>%1 is being trained by %2: stop it before deleting it.</source>
        <translation>%1은(는) %2에서 훈련 중입니다. 삭제하기 전에 중지하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/run_library.cpp" line="217"/>
        <source>Cannot delete %1.</source>
        <translation>%1을(를) 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/run_library.cpp" line="217"/>
        <source>There is no trash for %1: confirm to delete it for good.</source>
        <translation>%1을(를) 휴지통으로 옮길 수 없습니다. 영구히 삭제하려면 &apos;예&apos;를 누르세요.</translation>
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
        <location filename="../widgets/sample_grid.cpp" line="122"/>
        <source>&quot;%1&quot;: probability %2%3</source>
        <translation>&quot;%1&quot;: 확률 %2%3</translation>
    </message>
    <message>
        <location filename="../widgets/sample_grid.cpp" line="123"/>
        <source> (forced)</source>
        <translation> (강제 선택)</translation>
    </message>
    <message>
        <location filename="../widgets/sample_grid.cpp" line="247"/>
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
<context>
    <name>textgen::TrainingController</name>
    <message>
        <location filename="../app/core/training_controller.cpp" line="158"/>
        <source>A run is already training (%1): stop it first.</source>
        <translation>이미 진행 중인 훈련 실행이 있습니다(%1). 먼저 중지하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/training_controller.cpp" line="163"/>
        <source>Another run is training on %1: one run trains at a time per device.</source>
        <translation>%1에서 다른 훈련 실행이 진행 중입니다. 장치마다 한 번에 하나만 훈련할 수 있습니다.</translation>
    </message>
</context>
</TS>
