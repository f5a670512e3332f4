// The studio's languages: English (the source) and Korean, compiled into the binary with Qt's own
// translations of its dialogs; installed before the window is built.
#pragma once

#include <QString>
#include <QTranslator>

#include <memory>

namespace textgen {

class StudioTranslations {
public:
    // Installs `language` ("en", "ko"; others fall back to English) for the whole application.
    bool install(const QString& language);
    QString language() const { return language_; }

private:
    std::unique_ptr<QTranslator> studio_;
    std::unique_ptr<QTranslator> qt_;
    QString language_;
};

} // namespace textgen
