// The studio's application icon: the one the launcher shows (installed in the hicolor theme) and the windows'.
#pragma once

#include <QIcon>

namespace textgen {

// The application icon at every size rendered from resources/desktop/<application id>.svg, so the window
// manager and the task switcher pick a sharp one instead of scaling one bitmap.
QIcon applicationIcon();

} // namespace textgen
