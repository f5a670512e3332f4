#include "system_text.h"

#include <QFileInfo>
#include <QStringList>

namespace textgen {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value).toHtmlEscaped();
}

} // namespace

QString SystemText::blasLine(const SystemInfo& info)
{
    if (!info.openBlas)
        return info.blasLibrary.empty() ? tr("LibTorch's own (no system BLAS mapped)")
                                        : tr("%1 (not OpenBLAS)").arg(text(info.blasLibrary));
    QString how;
    switch (info.blasCoreSource) {
    case BlasCoreSource::ChosenAtStartUp: how = tr("chosen at start-up for this CPU"); break;
    case BlasCoreSource::FellBackToDetected:
        how = tr("the chosen core computed a wrong product: back to the detected one");
        break;
    case BlasCoreSource::User: how = tr("set by OPENBLAS_CORETYPE"); break;
    case BlasCoreSource::Detected: how = tr("detected by OpenBLAS"); break;
    }
    QString line
        = tr("OpenBLAS, %1 kernels (%2), %n thread(s)", nullptr, info.blasThreads).arg(text(info.blasCore), how);
    if (!info.blasBestCore.empty() && info.blasBestCore != info.blasCore)
        line += QStringLiteral("; ") + tr("this CPU can run %1").arg(text(info.blasBestCore));
    return line;
}

QString SystemText::blasWarning(const SystemInfo& info)
{
    switch (info.blasProblem) {
    case BlasProblem::None: break;
    case BlasProblem::NotOpenBlas:
        return tr("LibTorch runs on %1, not OpenBLAS: training is about 25 times slower. Install libopenblas0-openmp (make deps does).")
            .arg(text(info.blasLibrary));
    case BlasProblem::PthreadOpenBlas:
        return tr(
            "OpenBLAS's pthread build is loaded: its threads compete with LibTorch's, and training is about 1.5 times slower. "
            "Remove libopenblas0-pthread, or point libblas.so.3, liblapack.so.3 and libopenblas.so.0 at openblas-openmp.");
    }
    return QString();
}

QString SystemText::html(const SystemInfo& info)
{
    const QString warning = blasWarning(info);
    QStringList cuda;
    for (const CudaDevice& device : info.cuda)
        cuda << QStringLiteral("cuda:%1 %2").arg(device.index).arg(text(device.name));
    const auto row = [](const QString& key, const QString& value) {
        return QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(key, value);
    };
    return QStringLiteral("<table>")
        + row(tr("BLAS"), blasLine(info) + QStringLiteral("<br><small>%1</small>").arg(text(info.blasLibrary)))
        + row(tr("CPU"), tr("%1, %n logical core(s)", nullptr, info.logicalCores).arg(text(info.cpu.model)))
        + row(tr("Vector units"), text(cpuFlagsText(info.cpu)))
        // Not its thread count: each of the studio's threads (training, generation) sets its own.
        + row(tr("LibTorch"), text(info.libtorchVersion))
        + row(tr("CUDA"), cuda.isEmpty() ? tr("no device") : cuda.join(QStringLiteral("<br>")))
        + QStringLiteral("</table>")
        + (warning.isEmpty() ? QString() : QStringLiteral("<p><b>%1</b></p>").arg(warning));
}

} // namespace textgen
