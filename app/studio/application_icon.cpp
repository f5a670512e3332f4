// The rendered sizes are compiled in as :/icons/app/<size>/<application id>.png (app/CMakeLists.txt).
#include "application_icon.h"

#include <QDir>

namespace textgen {

QIcon applicationIcon()
{
    QIcon icon;
    const QDir sizes(QStringLiteral(":/icons/app"));
    for (const QString& size : sizes.entryList(QDir::Dirs))
        icon.addFile(sizes.filePath(size + QStringLiteral("/" TEXTGEN_APP_ID ".png")));
    return icon;
}

} // namespace textgen
