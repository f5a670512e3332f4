// The Debian package `make package` builds, as apt and a user meet it: its name, its dependencies (every library
// the programs link comes from one of them, and so do the BLAS, Qt's window plugins and the default corpus),
// its files under /usr, and programs that run once unpacked.
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "program_run.h"

namespace {

const QString kAppId = QStringLiteral(TEXTGEN_APP_ID);

using Result = textgen::testing::ProgramResult;

Result run(const QString& program, const QStringList& arguments, const QString& folder = QDir::tempPath())
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LD_LIBRARY_PATH"));
    return textgen::testing::runProgram(program, arguments, folder, environment);
}

// "libc6 (>= 2.34), fonts-nanum | fonts-noto-cjk" -> {libc6, fonts-nanum, fonts-noto-cjk}
QSet<QString> packageNames(const QString& relations)
{
    QSet<QString> names;
    for (const QString& alternative : relations.split(QRegularExpression(QStringLiteral("[,|]")), Qt::SkipEmptyParts))
        names.insert(alternative.trimmed().section(QLatin1Char(' '), 0, 0).section(QLatin1Char(':'), 0, 0));
    return names;
}

} // namespace

class TestPackage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void packageIsNamedForItsVersionAndArchitecture();
    void packageDependsOnTheDebianRuntimePackages_data();
    void packageDependsOnTheDebianRuntimePackages();
    void everyLibraryTheProgramsLinkComesFromADependency_data();
    void everyLibraryTheProgramsLinkComesFromADependency();
    void packageInstallsUnderUsr_data();
    void packageInstallsUnderUsr();
    void unpackedProgramsRunStripped();

private:
    QTemporaryDir output_;
    QString package_;
    QSet<QString> depends_;
    QString unpacked_;
};

void TestPackage::initTestCase()
{
    QVERIFY(output_.isValid());
    const Result cpack = run(QStringLiteral(TEXTGEN_CPACK),
                             {QStringLiteral("--config"), QStringLiteral(TEXTGEN_BINARY_DIR "/CPackConfig.cmake"),
                              QStringLiteral("-B"), output_.path()},
                             QStringLiteral(TEXTGEN_BINARY_DIR));
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
    const QStringList debs = QDir(output_.path()).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    package_ = output_.filePath(debs.first());
    const Result fields
        = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), package_, QStringLiteral("Depends")});
    QCOMPARE(fields.exitCode, 0);
    depends_ = packageNames(fields.out);
    unpacked_ = output_.filePath(QStringLiteral("root"));
    QCOMPARE(run(QStringLiteral("dpkg-deb"), {QStringLiteral("--extract"), package_, unpacked_}).exitCode, 0);
}

void TestPackage::packageIsNamedForItsVersionAndArchitecture()
{
    const Result architecture = run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")});
    QCOMPARE(architecture.exitCode, 0);
    QCOMPARE(QFileInfo(package_).fileName(),
             QStringLiteral("textgen-studio_" TEXTGEN_VERSION "_%1.deb").arg(architecture.out.trimmed()));
}

void TestPackage::packageDependsOnTheDebianRuntimePackages_data()
{
    QTest::addColumn<QString>("name");
    // Print support comes through QCustomPlot's own dependencies, not the programs'.
    for (const char* name : {"libqt6core6", "libqt6gui6", "libqt6widgets6", "qt6-qpa-plugins", "libtorch1.13",
                             "libqcustomplot2.1-qt6", "libopenblas0-openmp", "fortunes", "libstdc++6"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestPackage::packageDependsOnTheDebianRuntimePackages()
{
    QFETCH(QString, name);
    QVERIFY2(depends_.contains(name), qPrintable(QStringList(depends_.values()).join(QStringLiteral(", "))));
}

void TestPackage::everyLibraryTheProgramsLinkComesFromADependency_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("textgen") << QStringLiteral("usr/bin/textgen");
    QTest::newRow("textgen-studio") << QStringLiteral("usr/bin/textgen-studio");
}

void TestPackage::everyLibraryTheProgramsLinkComesFromADependency()
{
    QFETCH(QString, program);
    const QString binary = QDir(unpacked_).filePath(program);
    const Result dynamic = run(QStringLiteral("readelf"), {QStringLiteral("--dynamic"), binary});
    QCOMPARE(dynamic.exitCode, 0);
    QStringList needed;
    const QRegularExpression neededLine(QStringLiteral(R"(\(NEEDED\)\s+Shared library: \[([^\]]+)\])"));
    for (auto match = neededLine.globalMatch(dynamic.out); match.hasNext();)
        needed << match.next().captured(1);
    QVERIFY(needed.size() >= 5);

    // Where the loader finds each of them, then which installed package owns that file.
    const Result libraries = run(QStringLiteral("ldd"), {binary});
    QCOMPARE(libraries.exitCode, 0);
    for (const QString& library : needed) {
        // "libm.so.6 => /lib/x86_64-linux-gnu/libm.so.6 (0x...)", or the loader itself by its path.
        const QString name = QRegularExpression::escape(library);
        const QRegularExpression resolved(QStringLiteral(R"((?:%1 => (\S+)|(\S+/%1) \())").arg(name));
        const QRegularExpressionMatch match = resolved.match(libraries.out);
        const QString path = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        QVERIFY2(!path.isEmpty(), qPrintable(library));
        // With /lib merged into /usr/lib, dpkg knows a file under the name its package shipped it as.
        Result owner;
        for (const QString& name : {path, QFileInfo(path).canonicalFilePath()}) {
            owner = run(QStringLiteral("dpkg"), {QStringLiteral("--search"), name});
            if (owner.exitCode == 0)
                break;
        }
        QVERIFY2(owner.exitCode == 0, qPrintable(path + QLatin1Char(' ') + owner.err));
        const QString package = owner.out.section(QLatin1Char(':'), 0, 0).trimmed();
        QVERIFY2(depends_.contains(package), qPrintable(library + QStringLiteral(" comes from ") + package));
    }
}

void TestPackage::packageInstallsUnderUsr_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& path :
         {QStringLiteral("usr/bin/textgen-studio"), QStringLiteral("usr/bin/textgen"),
          QStringLiteral("usr/share/applications/%1.desktop").arg(kAppId),
          QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(kAppId),
          QStringLiteral("usr/share/icons/hicolor/48x48/apps/%1.png").arg(kAppId),
          QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId),
          QStringLiteral("usr/share/man/man1/textgen.1"), QStringLiteral("usr/share/man/man1/textgen-studio.1"),
          QStringLiteral("usr/share/bash-completion/completions/textgen")})
        QTest::newRow(qPrintable(path)) << path;
}

void TestPackage::packageInstallsUnderUsr()
{
    QFETCH(QString, path);
    QVERIFY2(QFileInfo(QDir(unpacked_).filePath(path)).isFile(), qPrintable(path));
}

void TestPackage::unpackedProgramsRunStripped()
{
    const QString textgen = QDir(unpacked_).filePath(QStringLiteral("usr/bin/textgen"));
    const Result version = run(textgen, {QStringLiteral("--version")});
    QCOMPARE(version.out, QStringLiteral("textgen " TEXTGEN_VERSION "\n"));
    // Stripped: no symbol table, so the package carries no debug information.
    const Result sections = run(QStringLiteral("readelf"), {QStringLiteral("--section-headers"), textgen});
    QCOMPARE(sections.exitCode, 0);
    QVERIFY(!sections.out.contains(QLatin1String(".symtab")));
    QVERIFY(!sections.out.contains(QLatin1String(".debug_info")));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
