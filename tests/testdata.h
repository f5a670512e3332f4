// Helpers shared by the tests: where the real IMDB sample is, and writing small files into a temporary tree.
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTest>

#include <string>
#include <string_view>

namespace textgen::testing {

// The shared IMDB sample (aclImdb layout), or an empty string when this checkout has none: users do not.
inline QString imdbSamplePath()
{
    const QByteArray overridden = qgetenv("TEXTGEN_IMDB_SAMPLE");
    const QString path = overridden.isEmpty() ? QStringLiteral(TEXTGEN_SHARED_DATA "/imdb-sample")
                                              : QString::fromLocal8Bit(overridden);
    return QDir(path).exists(QStringLiteral("train")) ? path : QString();
}

// Writes `bytes` to `root`/`relative`, creating folders; fails the test when it cannot.
inline void writeFile(const QString& root, const QString& relative, std::string_view bytes)
{
    const QString path = root + QLatin1Char('/') + relative;
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(file.write(bytes.data(), static_cast<qint64>(bytes.size())), static_cast<qint64>(bytes.size()));
}

inline std::string str(const QString& text)
{
    return text.toStdString();
}

} // namespace textgen::testing
