// Loading the compiled .qm files from the resources (":/i18n").
#include "studio_translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace textgen {

bool StudioTranslations::install(const QString& language)
{
    if (studio_)
        QCoreApplication::removeTranslator(studio_.get());
    if (qt_)
        QCoreApplication::removeTranslator(qt_.get());
    studio_ = std::make_unique<QTranslator>();
    qt_ = std::make_unique<QTranslator>();
    language_ = language == QLatin1String("ko") ? language : QStringLiteral("en");
    const bool loaded = studio_->load(QStringLiteral(":/i18n/textgen_%1.qm").arg(language_));
    if (loaded)
        QCoreApplication::installTranslator(studio_.get());
    if (qt_->load(QStringLiteral("qtbase_%1").arg(language_), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt_.get());
    return loaded;
}

} // namespace textgen
