// The chapter's standardization and splitting, row by row against what Keras' TextVectorization gives
// (lower_and_strip_punctuation, then tf.strings.split), after the chapter's "<br />" -> " " clean-up.
#include <QTest>

#include "tokenizer.h"

using namespace textgen;

Q_DECLARE_METATYPE(std::string)

class TestTokenizer : public QObject {
    Q_OBJECT

private slots:
    void wordTokensMatchKeras_data();
    void wordTokensMatchKeras();
    void charTokensAreCodePointsWithCaseAndPunctuationKept_data();
    void charTokensAreCodePointsWithCaseAndPunctuationKept();
    void lineBreakTagsBecomeSpaces_data();
    void lineBreakTagsBecomeSpaces();
    void wordTokenizerReusesItsScratchBuffer();
    void tokenizerNamesRoundTrip();
};

void TestTokenizer::wordTokensMatchKeras_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("tokens"); // joined by '|'

    QTest::newRow("chapter example") << "I didn't like it<br /><br />at ALL..."
                                     << "i|didnt|like|it|at|all";
    QTest::newRow("rating with slash") << "5/10"
                                       << "510";
    QTest::newRow("rating in sentence") << "10/10 would watch again!!"
                                        << "1010|would|watch|again";
    QTest::newRow("empty string") << ""
                                  << "";
    QTest::newRow("only spaces") << "    "
                                 << "";
    QTest::newRow("only punctuation") << "...!!!???"
                                      << "";
    QTest::newRow("comma and exclamation") << "Hello, World!"
                                           << "hello|world";
    QTest::newRow("hyphenated word joins") << "well-known"
                                           << "wellknown";
    QTest::newRow("many hyphens") << "state-of-the-art"
                                  << "stateoftheart";
    QTest::newRow("spaced hyphen vanishes") << "a - b"
                                            << "a|b";
    QTest::newRow("hyphen at line end") << "hyphen-\nated"
                                        << "hyphen|ated";
    QTest::newRow("tabs") << "tab\tseparated\twords"
                          << "tab|separated|words";
    QTest::newRow("newlines and CRLF") << "new\nline\r\nwindows"
                                       << "new|line|windows";
    QTest::newRow("vertical tab and form feed") << "vertical\vtab\fformfeed"
                                                << "vertical|tab|formfeed";
    QTest::newRow("runs of spaces") << "  multiple    spaces  "
                                    << "multiple|spaces";
    QTest::newRow("money") << "$1,000,000.00"
                           << "100000000";
    QTest::newRow("decimal") << "3.14"
                             << "314";
    QTest::newRow("apostrophe") << "don't"
                                << "dont";
    QTest::newRow("quoted n") << "rock 'n' roll"
                              << "rock|n|roll";
    QTest::newRow("single quotes") << "'quoted'"
                                   << "quoted";
    QTest::newRow("mixed case") << "UPPER lower MiXeD"
                                << "upper|lower|mixed";
    QTest::newRow("accented lowercase kept") << "naïve café"
                                             << "naïve|café";
    QTest::newRow("non-ASCII capitals untouched") << "ÉCOLE Ωmega ÀÉÎ"
                                                  << "École|Ωmega|ÀÉÎ";
    QTest::newRow("dotted capital I untouched") << "İstanbul"
                                                << "İstanbul";
    QTest::newRow("emoji kept") << "emoji 😀 fine"
                                << "emoji|😀|fine";
    QTest::newRow("emoji with punctuation") << "😀!!!"
                                            << "😀";
    QTest::newRow("curly quotes are not ASCII punctuation") << "curly ’quotes’"
                                                            << "curly|’quotes’";
    QTest::newRow("em dash is not ASCII punctuation") << "em—dash"
                                                      << "em—dash";
    QTest::newRow("no-break space does not split") << "non\u00A0breaking"
                                                   << "non\u00A0breaking";
    QTest::newRow("other HTML tags glue") << "<b>bold</b> text"
                                          << "bboldb|text";
    QTest::newRow("email address") << "e-mail: someone@example.com"
                                   << "email|someoneexamplecom";
    QTest::newRow("C++ and C#") << "C++ and C#"
                                << "c|and|c";
    QTest::newRow("brackets") << "(paren) [bracket] {brace}"
                              << "paren|bracket|brace";
    QTest::newRow("underscore") << "under_score"
                                << "underscore";
    QTest::newRow("backslash") << "back\\slash"
                               << "backslash";
    QTest::newRow("tilde caret pipe") << "tilde~caret^pipe|"
                                      << "tildecaretpipe";
    QTest::newRow("line break tag between words") << "a<br />b"
                                                  << "a|b";
    QTest::newRow("line break tag without space is not replaced") << "a<br/>b"
                                                                  << "abrb";
}

void TestTokenizer::wordTokensMatchKeras()
{
    QFETCH(QString, input);
    QFETCH(QString, tokens);
    std::string document = input.toStdString();
    replaceLineBreakTags(document); // the chapter's dataset.map(regex_replace("<br />", " "))
    const std::vector<std::string> words = tokenize(TokenizerKind::Word, document);
    QStringList actual;
    for (const std::string& word : words)
        actual << QString::fromStdString(word);
    QCOMPARE(actual.join(QLatin1Char('|')), tokens);
}

void TestTokenizer::charTokensAreCodePointsWithCaseAndPunctuationKept_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("ascii") << "Hi, A!" << QStringList{"H", "i", ",", " ", "A", "!"};
    QTest::newRow("two-byte") << "é" << QStringList{"é"};
    QTest::newRow("three-byte") << "한국" << QStringList{"한", "국"};
    QTest::newRow("four-byte emoji") << "😀x" << QStringList{"😀", "x"};
    QTest::newRow("newline and tab") << "a\n\tb" << QStringList{"a", "\n", "\t", "b"};
    QTest::newRow("empty") << "" << QStringList{};
}

void TestTokenizer::charTokensAreCodePointsWithCaseAndPunctuationKept()
{
    QFETCH(QString, input);
    QFETCH(QStringList, tokens);
    QStringList actual;
    for (const std::string& token : tokenize(TokenizerKind::Char, input.toStdString()))
        actual << QString::fromStdString(token);
    QCOMPARE(actual, tokens);
}

void TestTokenizer::lineBreakTagsBecomeSpaces_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << "plain text"
                          << "plain text";
    QTest::newRow("one") << "a<br />b"
                         << "a b";
    QTest::newRow("two in a row") << "a<br /><br />b"
                                  << "a  b";
    QTest::newRow("at both ends") << "<br />middle<br />"
                                  << " middle ";
    QTest::newRow("only tags") << "<br /><br />"
                               << "  ";
    QTest::newRow("other spellings kept") << "a<br>b<BR />c"
                                          << "a<br>b<BR />c";
    // Found by fuzzing: one pass, as the chapter's regex_replace does, so a tag made by the replacement stays.
    QTest::newRow("one pass only") << "<br<br />/>"
                                   << "<br />";
}

void TestTokenizer::lineBreakTagsBecomeSpaces()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    std::string text = input.toStdString();
    replaceLineBreakTags(text);
    QCOMPARE(QString::fromStdString(text), expected);
}

void TestTokenizer::wordTokenizerReusesItsScratchBuffer()
{
    // The corpus-wide loops depend on this: a token is a view into one reused buffer, never a new string.
    std::string scratch;
    scratch.reserve(64);
    const char* buffer = scratch.data();
    int count = 0;
    forEachWord("Short WORDS, only!", scratch, [&](std::string_view token) {
        QCOMPARE(token.data(), buffer);
        ++count;
    });
    QCOMPARE(count, 3);
}

void TestTokenizer::tokenizerNamesRoundTrip()
{
    for (TokenizerKind kind : {TokenizerKind::Word, TokenizerKind::Char})
        QCOMPARE(tokenizerFromName(tokenizerName(kind)), std::optional<TokenizerKind>(kind));
    QVERIFY(!tokenizerFromName("bpe"));
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
