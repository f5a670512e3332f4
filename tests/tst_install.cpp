// `cmake --install` as a lab or a packager runs it: into a temporary prefix, then the installed programs run
// from another folder, and the freedesktop files, man pages, completion and icons pass the tools that read them.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "program_run.h"

namespace {

const QString kAppId = QStringLiteral(TEXTGEN_APP_ID);

using Result = textgen::testing::ProgramResult;

// Runs `program` in `folder` with a home of its own, no display and no path into the build tree.
Result run(const QString& program, const QStringList& arguments, const QString& folder, const QString& home = QString())
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LD_LIBRARY_PATH"})
        environment.remove(QLatin1String(name));
    if (!home.isEmpty()) {
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    }
    environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
    return textgen::testing::runProgram(program, arguments, folder, environment);
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Every file under `root` with its size and modification time: what "nothing changed" is checked against.
QStringList listing(const QString& root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        entries << QStringLiteral("%1 %2 %3")
                       .arg(info.filePath())
                       .arg(info.size())
                       .arg(info.lastModified().toMSecsSinceEpoch());
    }
    entries.sort();
    return entries;
}

} // namespace

class TestInstall : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void installsTheProgramsAndWhatTheDesktopReads_data();
    void installsTheProgramsAndWhatTheDesktopReads();
    void installedProgramsRunFromAnotherFolderWithoutADisplay_data();
    void installedProgramsRunFromAnotherFolderWithoutADisplay();
    void installedProgramsFindTheirLibrariesOutsideTheBuildTree_data();
    void installedProgramsFindTheirLibrariesOutsideTheBuildTree();
    void desktopEntryPassesItsValidatorAndSpeaksKorean();
    void metainfoPassesItsValidatorAndDescribesThisRelease();
    void iconsAreInstalledAtTheirSizes_data();
    void iconsAreInstalledAtTheirSizes();
    void manPagesRenderWithoutWarningsAndCoverEveryCommand_data();
    void manPagesRenderWithoutWarningsAndCoverEveryCommand();
    void bashCompletionOffersCommandsOptionsAndValues_data();
    void bashCompletionOffersCommandsOptionsAndValues();
    void runningTheInstalledProgramsWritesNothingIntoThePrefix();

private:
    QString installed(const QString& relative) const { return prefix_.filePath(relative); }

    QTemporaryDir prefix_;
    QTemporaryDir elsewhere_; // the folder the programs run from, and their home
    QStringList installedFiles_;
};

void TestInstall::initTestCase()
{
    QVERIFY(prefix_.isValid() && elsewhere_.isValid());
    const Result install = run(
        QStringLiteral(TEXTGEN_CMAKE),
        {QStringLiteral("--install"), QStringLiteral(TEXTGEN_BINARY_DIR), QStringLiteral("--prefix"), prefix_.path()},
        elsewhere_.path());
    QVERIFY2(install.exitCode == 0, qPrintable(install.out + install.err));
    installedFiles_ = listing(prefix_.path());
}

void TestInstall::installsTheProgramsAndWhatTheDesktopReads_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("executable");
    QTest::newRow("the studio") << QStringLiteral("bin/textgen-studio") << true;
    QTest::newRow("the tool") << QStringLiteral("bin/textgen") << true;
    QTest::newRow("desktop entry") << QStringLiteral("share/applications/%1.desktop").arg(kAppId) << false;
    QTest::newRow("metainfo") << QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId) << false;
    QTest::newRow("scalable icon") << QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId) << false;
    QTest::newRow("textgen(1)") << QStringLiteral("share/man/man1/textgen.1") << false;
    QTest::newRow("textgen-studio(1)") << QStringLiteral("share/man/man1/textgen-studio.1") << false;
    QTest::newRow("completion") << QStringLiteral("share/bash-completion/completions/textgen") << false;
}

void TestInstall::installsTheProgramsAndWhatTheDesktopReads()
{
    QFETCH(QString, path);
    QFETCH(bool, executable);
    const QFileInfo info(installed(path));
    QVERIFY2(info.isFile(), qPrintable(info.filePath()));
    QCOMPARE(info.isExecutable(), executable);
    QVERIFY(info.size() > 0);
}

void TestInstall::installedProgramsRunFromAnotherFolderWithoutADisplay_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("textgen --version") << QStringLiteral("textgen") << QStringList{"--version"}
                                       << QStringLiteral("textgen " TEXTGEN_VERSION "\n");
    QTest::newRow("textgen-studio --version") << QStringLiteral("textgen-studio") << QStringList{"--version"}
                                              << QStringLiteral("textgen studio " TEXTGEN_VERSION "\n");
    QTest::newRow("textgen --help") << QStringLiteral("textgen") << QStringList{"--help"}
                                    << QStringLiteral("Usage: textgen <command> [options]\n");
    QTest::newRow("textgen-studio --help")
        << QStringLiteral("textgen-studio") << QStringList{"--help"} << QStringLiteral("Usage: ");
}

void TestInstall::installedProgramsRunFromAnotherFolderWithoutADisplay()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Result result
        = run(installed(QStringLiteral("bin/") + program), arguments, elsewhere_.path(), elsewhere_.path());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.startsWith(expected), qPrintable(result.out.left(200)));
}

void TestInstall::installedProgramsFindTheirLibrariesOutsideTheBuildTree_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("textgen") << QStringLiteral("bin/textgen");
    QTest::newRow("textgen-studio") << QStringLiteral("bin/textgen-studio");
}

void TestInstall::installedProgramsFindTheirLibrariesOutsideTheBuildTree()
{
    QFETCH(QString, program);
    const QString binary = installed(program);
    const Result dynamic = run(QStringLiteral("readelf"), {QStringLiteral("--dynamic"), binary}, elsewhere_.path());
    QCOMPARE(dynamic.exitCode, 0);
    const QString buildTree = QDir(QStringLiteral(TEXTGEN_BINARY_DIR)).canonicalPath();
    for (const QString& line : dynamic.out.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("RPATH")) || line.contains(QLatin1String("RUNPATH")))
            QVERIFY2(!line.contains(buildTree), qPrintable(line));
    }
    const Result libraries = run(QStringLiteral("ldd"), {binary}, elsewhere_.path());
    QCOMPARE(libraries.exitCode, 0);
    QVERIFY2(!libraries.out.contains(QLatin1String("not found")), qPrintable(libraries.out));
    QVERIFY2(!libraries.out.contains(buildTree), qPrintable(libraries.out));
    QVERIFY2(libraries.out.contains(QLatin1String("libtorch")), qPrintable(libraries.out));
}

void TestInstall::desktopEntryPassesItsValidatorAndSpeaksKorean()
{
    const QString entry = installed(QStringLiteral("share/applications/%1.desktop").arg(kAppId));
    const Result validation = run(QStringLiteral("desktop-file-validate"), {entry}, elsewhere_.path());
    QVERIFY2(validation.exitCode == 0, qPrintable(validation.out + validation.err));
    // A hint is allowed, and expected: Education and Science are both main categories, as the entry means.
    for (const QString& line : validation.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        QVERIFY2(line.contains(QLatin1String(": hint: ")), qPrintable(line));

    QHash<QString, QString> keys;
    for (const QString& line : readText(entry).split(QLatin1Char('\n'))) {
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals > 0)
            keys.insert(line.left(equals), line.mid(equals + 1));
    }
    QCOMPARE(keys.value(QStringLiteral("Exec")), QStringLiteral("textgen-studio"));
    QVERIFY(QFileInfo(installed(QStringLiteral("bin/textgen-studio"))).isExecutable());
    QCOMPARE(keys.value(QStringLiteral("Icon")), kAppId);
    QCOMPARE(keys.value(QStringLiteral("Categories")), QStringLiteral("Education;Science;ArtificialIntelligence;"));
    QCOMPARE(keys.value(QStringLiteral("Name[ko]")), QStringLiteral("textgen 스튜디오"));
    const QString comment = keys.value(QStringLiteral("Comment[ko]"));
    QVERIFY2(comment.contains(QStringLiteral("훈련")) && comment.contains(QStringLiteral("온도")), qPrintable(comment));
}

void TestInstall::metainfoPassesItsValidatorAndDescribesThisRelease()
{
    const QString metainfo = installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId));
    const Result validation
        = run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo},
              elsewhere_.path());
    QVERIFY2(validation.exitCode == 0, qPrintable(validation.out + validation.err));

    QXmlStreamReader xml(readText(metainfo));
    QString id, launchable, release;
    QStringList koreanElements, screenshots;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString element = xml.name().toString();
        if (xml.attributes().value(QStringLiteral("xml:lang")) == QLatin1String("ko"))
            koreanElements << element;
        if (element == QLatin1String("release"))
            release = xml.attributes().value(QStringLiteral("version")).toString();
        else if (element == QLatin1String("id"))
            id = xml.readElementText();
        else if (element == QLatin1String("launchable"))
            launchable = xml.readElementText();
        else if (element == QLatin1String("image"))
            screenshots << xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, kAppId);
    QCOMPARE(launchable, kAppId + QStringLiteral(".desktop"));
    QCOMPARE(release, QStringLiteral(TEXTGEN_VERSION));
    for (const char* element : {"name", "summary", "p", "caption"})
        QVERIFY2(koreanElements.contains(QLatin1String(element)), element);
    QCOMPARE(screenshots.size(), 2);
    for (const QString& screenshot : screenshots)
        QVERIFY2(screenshot.startsWith(QLatin1String("https://")), qPrintable(screenshot));
}

void TestInstall::iconsAreInstalledAtTheirSizes_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        QTest::addRow("%dx%d", size, size) << size;
}

void TestInstall::iconsAreInstalledAtTheirSizes()
{
    QFETCH(int, size);
    const QImage icon(installed(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId)));
    QCOMPARE(icon.size(), QSize(size, size));
    // The rounded square is drawn, not an empty canvas: the centre is opaque and the corners are clear.
    QCOMPARE(qAlpha(icon.pixel(size / 2, size / 2)), 255);
    QCOMPARE(qAlpha(icon.pixel(0, 0)), 0);
}

void TestInstall::manPagesRenderWithoutWarningsAndCoverEveryCommand_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QStringList>("mentions");
    // Every command and benchmark textgen --help lists (the test reads that list from the installed program).
    QTest::newRow("textgen.1") << QStringLiteral("textgen.1")
                               << QStringList{"textgen bench train", "--preset", "--repetition-penalty", "SEE ALSO"};
    QTest::newRow("textgen-studio.1") << QStringLiteral("textgen-studio.1")
                                      << QStringList{"--runs", "--lang", "OPTIONS", "SEE ALSO"};
}

void TestInstall::manPagesRenderWithoutWarningsAndCoverEveryCommand()
{
    QFETCH(QString, page);
    QFETCH(QStringList, mentions);
    const Result man
        = run(QStringLiteral("man"),
              {QStringLiteral("--warnings"), QStringLiteral("-l"), installed(QStringLiteral("share/man/man1/") + page)},
              elsewhere_.path(), elsewhere_.path());
    QVERIFY2(man.exitCode == 0, qPrintable(man.err));
    QVERIFY2(man.err.isEmpty(), qPrintable(man.err));
    // man renders minus signs and hyphens alike as '-' in a UTF-8 terminal only with \-; plain text here.
    const QString text = QString(man.out).remove(QRegularExpression(QStringLiteral(".\x08")));
    for (const QString& mention : mentions)
        QVERIFY2(text.contains(mention), qPrintable(mention));
    if (page != QLatin1String("textgen.1"))
        return;
    const Result help = run(installed(QStringLiteral("bin/textgen")), {QStringLiteral("--help")}, elsewhere_.path(),
                            elsewhere_.path());
    const QStringList lines = help.out.split(QLatin1Char('\n'));
    const qsizetype commands = lines.indexOf(QStringLiteral("Commands:"));
    QVERIFY(commands > 0);
    int covered = 0;
    for (qsizetype i = commands + 1; i < lines.size() && lines.at(i).startsWith(QLatin1String("  ")); ++i) {
        const QString name = lines.at(i).simplified().section(QLatin1Char(' '), 0, 0);
        QVERIFY2(text.contains(QStringLiteral("textgen ") + name), qPrintable(name));
        ++covered;
    }
    QVERIFY(covered >= 8);
}

void TestInstall::bashCompletionOffersCommandsOptionsAndValues_data()
{
    QTest::addColumn<QStringList>("words"); // the command line, the word being completed last
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<QStringList>("notOffered");
    QTest::newRow("a command") << QStringList{"textgen", "tr"} << QStringList{"train"} << QStringList{"tokenize"};
    QTest::newRow("every command") << QStringList{"textgen", ""} << QStringList{"vocab",  "tokenize", "train", "eval",
                                                                                "sample", "entropy",  "bench", "info"}
                                   << QStringList{"--preset"};
    QTest::newRow("an option") << QStringList{"textgen", "train", "--pre"} << QStringList{"--preset"}
                               << QStringList{"--prompt"};
    QTest::newRow("a preset") << QStringList{"textgen", "train", "--preset", ""} << QStringList{"seed", "gpt", "lstm"}
                              << QStringList{"--epochs"};
    QTest::newRow("a device") << QStringList{"textgen", "sample", "run", "--device", ""}
                              << QStringList{"auto", "cpu", "cuda"} << QStringList{"N"};
    QTest::newRow("an output format") << QStringList{"textgen", "sample", "--format", "j"} << QStringList{"jsonl"}
                                      << QStringList{"text"};
    QTest::newRow("a benchmark") << QStringList{"textgen", "bench", ""}
                                 << QStringList{"vectorize", "train", "generate", "latency", "instrument"}
                                 << QStringList{"vocab"};
    QTest::newRow("a benchmark's option")
        << QStringList{"textgen", "bench", "generate", "--col"} << QStringList{"--columns"} << QStringList{"--corpus"};
    QTest::newRow("a number is typed, not offered")
        << QStringList{"textgen", "train", "--epochs", ""} << QStringList{} << QStringList{"seed", "--epochs"};
}

void TestInstall::bashCompletionOffersCommandsOptionsAndValues()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, offered);
    QFETCH(QStringList, notOffered);
    QStringList quoted;
    for (const QString& word : words)
        quoted << QLatin1Char('\'') + word + QLatin1Char('\'');
    // compopt only works while bash itself completes; here it is a no-op.
    const QString script = QStringLiteral("compopt() { :; }; source '%1'; COMP_WORDS=(%2); COMP_CWORD=%3; _textgen; "
                                          "printf '%s\\n' \"${COMPREPLY[@]}\"")
                               .arg(installed(QStringLiteral("share/bash-completion/completions/textgen")),
                                    quoted.join(QLatin1Char(' ')))
                               .arg(words.size() - 1);
    const Result completion = run(QStringLiteral("bash"), {QStringLiteral("-c"), script}, elsewhere_.path());
    QVERIFY2(completion.exitCode == 0 && completion.err.isEmpty(), qPrintable(completion.err));
    const QStringList replies = completion.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& word : offered)
        QVERIFY2(replies.contains(word), qPrintable(word + QStringLiteral(" not in ") + replies.join(' ')));
    for (const QString& word : notOffered)
        QVERIFY2(!replies.contains(word), qPrintable(word + QStringLiteral(" in ") + replies.join(' ')));
}

void TestInstall::runningTheInstalledProgramsWritesNothingIntoThePrefix()
{
    // The tests above ran every installed program; one more that reads a corpus and writes a vocabulary.
    const QString corpus = elsewhere_.filePath(QStringLiteral("corpus.txt"));
    QFile file(corpus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("the cat sat on the mat\n\nthe dog sat on the log\n");
    file.close();
    const Result vocab = run(installed(QStringLiteral("bin/textgen")),
                             {QStringLiteral("vocab"), corpus, QStringLiteral("--format"), QStringLiteral("paragraphs"),
                              QStringLiteral("-o"), elsewhere_.filePath("vocab.txt")},
                             elsewhere_.path(), elsewhere_.path());
    QVERIFY2(vocab.exitCode == 0, qPrintable(vocab.err));
    QVERIFY(readText(elsewhere_.filePath("vocab.txt")).contains(QLatin1String("the")));
    QCOMPARE(listing(prefix_.path()), installedFiles_);
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
