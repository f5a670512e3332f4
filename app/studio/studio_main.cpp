// textgen-studio: the window. `textgen-studio [--runs DIR] [--lang en|ko]`.
#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include "main_window.h"
#include "studio_translations.h"

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("textgen"));
    QApplication::setApplicationName(QStringLiteral("textgen studio"));
    QApplication::setApplicationVersion(QStringLiteral(TEXTGEN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("textgen studio: train language models, watch their loss, sample them at any temperature."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("The runs folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language: en or ko (default: the system's)."),
                      QStringLiteral("LANG")});
    parser.process(application);

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
