// The vocabulary: Keras' order (count, then bytes, descending), the max_tokens cut, the specials, OOV,
// padding and truncation, decoding, and the vocab.txt format with its errors.
#include <QTemporaryDir>
#include <QTest>

#include "corpus.h"
#include "testdata.h"
#include "vocabulary.h"

using namespace textgen;
using textgen::testing::imdbSamplePath;

class TestVocabulary : public QObject {
    Q_OBJECT

private slots:
    void tokensAreOrderedByCountThenBytesDescending();
    void maxTokensCountsTheTwoSpecials();
    void zeroMaxTokensKeepsEveryToken();
    void specialsAreAtZeroAndOne();
    void unknownWordsEncodeToOne();
    void countingOnSeveralThreadsGivesTheSameVocabulary_data();
    void countingOnSeveralThreadsGivesTheSameVocabulary();
    void encodePadsAndTruncatesToTheRequestedLength();
    void decodeJoinsWordsAndSkipsPadding();
    void charVocabularyRoundTripsText_data();
    void charVocabularyRoundTripsText();
    void saveThenLoadGivesTheSameVocabulary_data();
    void saveThenLoadGivesTheSameVocabulary();
    void savedFileHasOneTokenPerLineStartingEmpty();
    void malformedFileIsRefusedNamingTheLine_data();
    void malformedFileIsRefusedNamingTheLine();
    void fingerprintChangesWithTokensAndTokenizer();
    void imdbSampleVocabularyStartsWithEnglishFunctionWords();
};

void TestVocabulary::tokensAreOrderedByCountThenBytesDescending()
{
    // counts: the 3, cat 2, dog 2, ant 1, zebra 1
    const std::vector<std::string> documents{"the cat the dog", "The Cat, the DOG! ant zebra"};
    const Vocabulary vocabulary = Vocabulary::adapt(documents, {TokenizerKind::Word, 0});
    // the=4; cat=2 and dog=2 tie -> "dog" > "cat" bytewise, so dog first; ant=1, zebra=1 -> zebra first.
    const std::vector<std::string> expected{"", "[UNK]", "the", "dog", "cat", "zebra", "ant"};
    QCOMPARE(vocabulary.tokens(), expected);
}

void TestVocabulary::maxTokensCountsTheTwoSpecials()
{
    const std::vector<std::string> documents{"a a a a b b b c c d"};
    const Vocabulary vocabulary = Vocabulary::adapt(documents, {TokenizerKind::Word, 4});
    QCOMPARE(vocabulary.size(), std::size_t(4));
    QCOMPARE(vocabulary.tokens(), (std::vector<std::string>{"", "[UNK]", "a", "b"}));
    QCOMPARE(vocabulary.id("c"), Vocabulary::kUnknownId);
}

void TestVocabulary::zeroMaxTokensKeepsEveryToken()
{
    const Vocabulary vocabulary = Vocabulary::adapt({"one two three four five"}, {TokenizerKind::Word, 0});
    QCOMPARE(vocabulary.size(), std::size_t(7));
}

void TestVocabulary::specialsAreAtZeroAndOne()
{
    const Vocabulary vocabulary = Vocabulary::adapt({"hello world"}, {});
    QCOMPARE(vocabulary.token(Vocabulary::kPaddingId), std::string());
    QCOMPARE(vocabulary.token(Vocabulary::kUnknownId), std::string("[UNK]"));
    QCOMPARE(vocabulary.id("hello"), 3); // "world" > "hello": ties go bytes-descending
    QCOMPARE(vocabulary.id("world"), 2);
}

void TestVocabulary::unknownWordsEncodeToOne()
{
    const Vocabulary vocabulary = Vocabulary::adapt({"this movie is great"}, {});
    std::vector<std::int32_t> ids;
    const std::size_t unknown = vocabulary.encode("This movie is TERRIBLE, truly.", ids);
    QCOMPARE(unknown, std::size_t(2));
    QCOMPARE(ids.size(), std::size_t(5));
    QCOMPARE(ids[3], Vocabulary::kUnknownId);
    QCOMPARE(ids[4], Vocabulary::kUnknownId);
    QCOMPARE(ids[0], vocabulary.id("this"));
}

void TestVocabulary::countingOnSeveralThreadsGivesTheSameVocabulary_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("2 threads") << 2;
    QTest::newRow("3 threads") << 3;
    QTest::newRow("more threads than chunks of documents") << 64;
}

void TestVocabulary::countingOnSeveralThreadsGivesTheSameVocabulary()
{
    QFETCH(int, threads);
    // 3,000 documents over 700 words whose counts tie often, and a max_tokens cut inside a run of ties.
    std::vector<std::string> documents;
    std::uint32_t state = 12345;
    for (int d = 0; d < 3000; ++d) {
        std::string text;
        for (int w = 0; w < 12; ++w) {
            state = state * 1664525u + 1013904223u;
            text += "w" + std::to_string((state >> 8) % 700) + (w % 5 == 4 ? ", " : " ");
        }
        documents.push_back(text);
    }
    std::vector<std::size_t> reported;
    const auto progress = [&](std::size_t done, std::size_t total) {
        QCOMPARE(total, documents.size());
        reported.push_back(done);
    };
    const Vocabulary one = Vocabulary::adapt(documents, {TokenizerKind::Word, 500, 1});
    const Vocabulary many = Vocabulary::adapt(documents, {TokenizerKind::Word, 500, threads}, progress);
    QCOMPARE(many.tokens(), one.tokens());
    QVERIFY(std::is_sorted(reported.begin(), reported.end()));
    QCOMPARE(reported.back(), documents.size());

    std::size_t unknown = 0;
    const std::vector<std::vector<std::int32_t>> encoded = many.encodeAll(documents, unknown, threads);
    std::size_t unknownOneByOne = 0;
    for (std::size_t d = 0; d < documents.size(); ++d) {
        std::vector<std::int32_t> ids;
        unknownOneByOne += many.encode(documents[d], ids);
        QCOMPARE(encoded[d], ids);
    }
    QCOMPARE(unknown, unknownOneByOne);
    QVERIFY(unknown > 0); // the cut left words out
}

void TestVocabulary::encodePadsAndTruncatesToTheRequestedLength()
{
    const Vocabulary vocabulary = Vocabulary::adapt({"a b c d e"}, {});
    const std::vector<std::int32_t> padded = vocabulary.encode("a b", 5);
    QCOMPARE(padded, (std::vector<std::int32_t>{vocabulary.id("a"), vocabulary.id("b"), 0, 0, 0}));
    const std::vector<std::int32_t> truncated = vocabulary.encode("a b c d e", 2);
    QCOMPARE(truncated, (std::vector<std::int32_t>{vocabulary.id("a"), vocabulary.id("b")}));
    QCOMPARE(vocabulary.encode("a b c").size(), std::size_t(3));
}

void TestVocabulary::decodeJoinsWordsAndSkipsPadding()
{
    const Vocabulary vocabulary = Vocabulary::adapt({"the movie was fine"}, {});
    const std::vector<std::int32_t> ids = vocabulary.encode("The movie was... FINE? unheard", 9);
    QCOMPARE(vocabulary.decode(ids), std::string("the movie was fine [UNK]"));
    QVERIFY_THROWS_EXCEPTION(VocabularyError, vocabulary.decode(std::vector<std::int32_t>{99}));
}

void TestVocabulary::charVocabularyRoundTripsText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("english with punctuation") << "Hello, World! It's 5/10.";
    QTest::newRow("korean and emoji") << "텍스트 생성 😀";
    QTest::newRow("whitespace kept") << "a\tb\nc  d\r\n";
    QTest::newRow("backslash") << "C:\\path\\n";
}

void TestVocabulary::charVocabularyRoundTripsText()
{
    QFETCH(QString, text);
    const std::string utf8 = text.toStdString();
    const Vocabulary vocabulary = Vocabulary::adapt({utf8}, {TokenizerKind::Char, 0});
    QCOMPARE(vocabulary.decode(vocabulary.encode(utf8)), utf8);
    // ... and through the file, which must escape newline, tab, CR and backslash tokens.
    QTemporaryDir dir;
    const std::string path = textgen::testing::str(dir.filePath(QStringLiteral("vocab.txt")));
    vocabulary.save(path);
    const Vocabulary loaded = Vocabulary::load(path, TokenizerKind::Char);
    QCOMPARE(loaded.tokens(), vocabulary.tokens());
    QCOMPARE(loaded.decode(loaded.encode(utf8)), utf8);
}

void TestVocabulary::saveThenLoadGivesTheSameVocabulary_data()
{
    QTest::addColumn<int>("tokenizer");
    QTest::newRow("word") << int(TokenizerKind::Word);
    QTest::newRow("char") << int(TokenizerKind::Char);
}

void TestVocabulary::saveThenLoadGivesTheSameVocabulary()
{
    QFETCH(int, tokenizer);
    const auto kind = static_cast<TokenizerKind>(tokenizer);
    const Vocabulary vocabulary = Vocabulary::adapt({"Some text,\twith\\odd\ncharacters: é 😀", "more text"}, {kind, 0});
    QTemporaryDir dir;
    const std::string path = textgen::testing::str(dir.filePath(QStringLiteral("vocab.txt")));
    vocabulary.save(path);
    const Vocabulary loaded = Vocabulary::load(path, kind);
    QCOMPARE(loaded.tokens(), vocabulary.tokens());
    QCOMPARE(loaded.fingerprint(), vocabulary.fingerprint());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("vocab.txt")}); // no temporary left
}

void TestVocabulary::savedFileHasOneTokenPerLineStartingEmpty()
{
    const Vocabulary vocabulary = Vocabulary::adapt({"b a b"}, {});
    QCOMPARE(vocabulary.serialize(), std::string("\n[UNK]\nb\na\n"));
}

void TestVocabulary::malformedFileIsRefusedNamingTheLine_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty file") << QByteArray() << "vocab.txt:1: a vocabulary has at least two lines";
    QTest::newRow("first line not empty") << QByteArray("the\n[UNK]\n") << "vocab.txt:1: the first line must be empty";
    QTest::newRow("second line not UNK") << QByteArray("\nthe\n") << "vocab.txt:2: the second line must be [UNK]";
    QTest::newRow("empty token") << QByteArray("\n[UNK]\na\n\nb\n") << "vocab.txt:4: empty token";
    QTest::newRow("duplicate") << QByteArray("\n[UNK]\na\nb\na\n")
                               << "vocab.txt:5: duplicate token \"a\", first on line 3";
    QTest::newRow("UNK again") << QByteArray("\n[UNK]\na\n[UNK]\n") << "vocab.txt:4: [UNK] appears again";
    QTest::newRow("bad escape") << QByteArray("\n[UNK]\na\\x\n") << "vocab.txt:3: unknown escape \\x";
    QTest::newRow("dangling backslash") << QByteArray("\n[UNK]\nok\na\\\n") << "vocab.txt:4: a backslash ends the line";
    QTest::newRow("binary") << QByteArray("\n[UNK]\n\xff\xfe\n") << "vocab.txt:1: the file is not UTF-8 text";
}

void TestVocabulary::malformedFileIsRefusedNamingTheLine()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    try {
        Vocabulary::parse(content.toStdString(), TokenizerKind::Word, "vocab.txt");
        QFAIL("a malformed vocabulary was accepted");
    } catch (const VocabularyError& error) {
        QVERIFY2(QString::fromUtf8(error.what()).startsWith(message), error.what());
    }
}

void TestVocabulary::fingerprintChangesWithTokensAndTokenizer()
{
    const Vocabulary a = Vocabulary::adapt({"a b c"}, {});
    const Vocabulary b = Vocabulary::adapt({"a b d"}, {});
    const Vocabulary c = Vocabulary::fromTokens(a.tokens(), TokenizerKind::Char);
    QVERIFY(a.fingerprint() != b.fingerprint());
    QVERIFY(a.fingerprint() != c.fingerprint());
    QCOMPARE(Vocabulary::fromTokens(a.tokens(), TokenizerKind::Word).fingerprint(), a.fingerprint());
}

void TestVocabulary::imdbSampleVocabularyStartsWithEnglishFunctionWords()
{
    const QString sample = imdbSamplePath();
    if (sample.isEmpty())
        QSKIP("the shared IMDB sample (../shared/data/imdb-sample) is not in this checkout");
    const Corpus corpus = readCorpus(sample.toStdString());
    const Vocabulary vocabulary = Vocabulary::adapt(corpus.documents, {});
    QCOMPARE(vocabulary.size(), std::size_t(15000));
    const std::vector<std::string> top(vocabulary.tokens().begin() + 2, vocabulary.tokens().begin() + 6);
    QCOMPARE(top, (std::vector<std::string>{"the", "and", "a", "of"}));
    for (const char* word : {"movie", "film", "good", "bad", "great", "acting"})
        QVERIFY2(vocabulary.id(word) < 200, word);
    // Without the "<br />" clean-up, "br" would be among the ten most frequent tokens of IMDB.
    const std::int32_t br = vocabulary.id("br");
    QVERIFY2(br == Vocabulary::kUnknownId || br > 1000, "<br /> tags leaked into the vocabulary");
}

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
