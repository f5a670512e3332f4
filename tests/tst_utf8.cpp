// UTF-8 validation and repair: invalid input is replaced with U+FFFD, counted, and never crashes.
#include <QTest>

#include "utf8.h"

using namespace textgen;

class TestUtf8 : public QObject {
    Q_OBJECT

private slots:
    void repairReplacesEachMaximalInvalidSubpart_data();
    void repairReplacesEachMaximalInvalidSubpart();
    void validTextIsLeftUntouched();
};

void TestUtf8::repairReplacesEachMaximalInvalidSubpart_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("replacements");
    const QByteArray r("\xEF\xBF\xBD");
    QTest::newRow("valid ascii") << QByteArray("abc") << QByteArray("abc") << 0;
    QTest::newRow("valid multibyte") << QByteArray("é한😀") << QByteArray("é한😀") << 0;
    QTest::newRow("latin-1 byte") << QByteArray("caf\xE9!") << QByteArray("caf" + r + "!") << 1;
    QTest::newRow("stray continuation") << QByteArray("a\x80"
                                                      "b")
                                        << QByteArray("a" + r + "b") << 1;
    QTest::newRow("two stray continuations") << QByteArray("\x80\x80") << QByteArray(r + r) << 2;
    QTest::newRow("truncated 3-byte at end") << QByteArray("x\xE2\x82") << QByteArray("x" + r) << 1;
    QTest::newRow("truncated 4-byte then ascii") << QByteArray("\xF0\x9F\x98z") << QByteArray(r + "z") << 1;
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << QByteArray(r + r) << 2;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << QByteArray(r + r + r) << 3;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << QByteArray(r + r + r + r) << 4;
    QTest::newRow("0xFF byte") << QByteArray("\xFF") << r << 1;
    QTest::newRow("valid after long ascii run")
        << QByteArray("0123456789abcdef\xC3\xA9") << QByteArray("0123456789abcdefé") << 0;
}

void TestUtf8::repairReplacesEachMaximalInvalidSubpart()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(int, replacements);
    std::string text = input.toStdString();
    QCOMPARE(isValidUtf8(text), replacements == 0);
    QCOMPARE(repairUtf8(text), static_cast<std::size_t>(replacements));
    QCOMPARE(QByteArray::fromStdString(text), expected);
    QVERIFY(isValidUtf8(text));
}

void TestUtf8::validTextIsLeftUntouched()
{
    std::string text(100000, 'a');
    text += "é";
    const char* before = text.data();
    QCOMPARE(repairUtf8(text), std::size_t(0));
    QCOMPARE(text.data(), before);
}

QTEST_GUILESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
