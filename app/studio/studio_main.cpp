// textgen-studio: the window. `textgen-studio [--runs DIR] [--lang en|ko]`.
#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

#include "application_icon.h"
#include "main_window.h"
#include "studio_translations.h"

namespace {

// --help and --version print and quit: they need no display, so they work over ssh and at build time (the man
// page is made from --help).
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QLatin1String argument(argv[i]);
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")
            || argument == QLatin1String("--help-all") || argument == QLatin1String("--version")
            || argument == QLatin1String("-v"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> application = onlyPrints(argc, argv)
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("textgen"));
    QCoreApplication::setApplicationName(QStringLiteral("textgen studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEXTGEN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The window of textgen studio: train language models, watch the loss live, sample at any temperature.\n"
        "Runs are kept in the runs folder (by default ~/.local/share/textgen/textgen studio/runs, where\n"
        "textgen train can write too), and every run in it can be opened, compared and sampled. The window\n"
        "remembers its runs folder, layout, language and sampler settings."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("The runs folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language: en or ko (default: the system's)."),
                      QStringLiteral("en|ko")});
    parser.process(*application);

    // The launcher's entry and the running window are one application: the id names the installed
    // .desktop file, whose icon and name the desktop shows for the window.
    QGuiApplication::setDesktopFileName(QStringLiteral(TEXTGEN_APP_ID));
    QApplication::setWindowIcon(textgen::applicationIcon());

    QSettings settings;
    const QString root = parser.isSet(QStringLiteral("runs"))
        ? parser.value(QStringLiteral("runs"))
        : settings.value(QStringLiteral("runs/root"), textgen::RunLibrary::defaultRoot()).toString();
    QString language = parser.isSet(QStringLiteral("lang"))
        ? parser.value(QStringLiteral("lang"))
        : settings.value(QStringLiteral("language"), QLocale::system().name().left(2)).toString();

    textgen::StudioTranslations translations;
    translations.install(language);
    textgen::MainWindow window(root);
    // Installing the other language's translator sends every widget a LanguageChange, and each retranslates
    // itself in place: nothing is rebuilt, and training goes on.
    QObject::connect(&window, &textgen::MainWindow::languageChangeRequested, &window, [&](const QString& chosen) {
        QSettings().setValue(QStringLiteral("language"), chosen);
        if (chosen != translations.language())
            translations.install(chosen);
    });
    window.show();
    return QApplication::exec();
}
