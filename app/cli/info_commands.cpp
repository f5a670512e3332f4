// `textgen info`: what this process computes on, for a person (lines) or a script (--json).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#include "cli_support.h"
#include "commands.h"
#include "blas_probe.h"
#include "system_info.h"

namespace textgen::cli {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QJsonObject infoJson(const SystemInfo& info)
{
    QJsonArray cuda;
    for (const CudaDevice& device : info.cuda)
        cuda.append(QJsonObject{{QStringLiteral("index"), device.index}, {QStringLiteral("name"), text(device.name)}});
    return QJsonObject{
        {QStringLiteral("blas"),
         QJsonObject{{QStringLiteral("library"), text(info.blasLibrary)},
                     {QStringLiteral("openblas"), info.openBlas},
                     {QStringLiteral("core"), text(info.blasCore)},
                     {QStringLiteral("best_core"), text(info.blasBestCore)},
                     {QStringLiteral("core_source"), QString::fromUtf8(blasCoreSourceName(info.blasCoreSource))},
                     {QStringLiteral("threads"), info.blasThreads},
                     {QStringLiteral("warning"), text(blasWarning())}}},
        {QStringLiteral("cpu"),
         QJsonObject{
             {QStringLiteral("model"), text(info.cpu.model)},
             {QStringLiteral("vendor"), text(info.cpu.vendor)},
             {QStringLiteral("family"), info.cpu.family},
             {QStringLiteral("logical_cores"), info.logicalCores},
             {QStringLiteral("flags"),
              QJsonArray::fromStringList(text(cpuFlagsText(info.cpu)).split(QLatin1Char(' '), Qt::SkipEmptyParts))}}},
        {QStringLiteral("libtorch"),
         QJsonObject{{QStringLiteral("version"), text(info.libtorchVersion)},
                     {QStringLiteral("threads"), info.torchThreads},    // LibTorch's own default
                     {QStringLiteral("training_threads"), everyCore()}, // what textgen and the studio train with
                     {QStringLiteral("interop_threads"), info.interopThreads}}},
        {QStringLiteral("cuda"), cuda},
    };
}

void printLines(const SystemInfo& info)
{
    const auto line = [](const char* key, const std::string& value) { std::printf("%-10s %s\n", key, value.c_str()); };
    if (info.openBlas)
        line("blas",
             "OpenBLAS, core " + info.blasCore + " (" + blasCoreSourceName(info.blasCoreSource)
                 + (info.blasBestCore.empty() ? "" : "; the CPU's best: " + info.blasBestCore) + "), "
                 + std::to_string(info.blasThreads) + " threads, " + info.blasLibrary);
    else
        line("blas",
             info.blasLibrary.empty() ? std::string("none mapped (LibTorch's own)")
                                      : info.blasLibrary + " (not OpenBLAS)");
    if (const std::string warning = blasWarning(); !warning.empty())
        line("warning", warning);
    line("cpu", info.cpu.model + ", " + std::to_string(info.logicalCores) + " logical cores");
    line("flags", cpuFlagsText(info.cpu));
    line("libtorch",
         info.libtorchVersion + ", trains on " + std::to_string(everyCore()) + " threads (one per core, --threads; "
             + "LibTorch's own default here: " + std::to_string(info.torchThreads) + "), "
             + std::to_string(info.interopThreads) + " inter-op");
    if (info.cuda.empty())
        line("cuda", "no device");
    for (const CudaDevice& device : info.cuda)
        line("cuda", "cuda:" + std::to_string(device.index) + (device.name.empty() ? "" : " " + device.name));
}

} // namespace

int infoCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints what this machine computes on: the BLAS LibTorch calls and the OpenBLAS core it runs, the CPU\n"
        "and its vector flags, LibTorch's version and threads, and the CUDA devices."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("One JSON object instead of lines.")});
    if (!parseArguments(parser, arguments, 0, QString()))
        return 0;
    const SystemInfo info = systemInfo();
    if (parser.isSet(QStringLiteral("json")))
        std::printf("%s\n", QJsonDocument(infoJson(info)).toJson(QJsonDocument::Compact).constData());
    else
        printLines(info);
    return 0;
}

} // namespace textgen::cli
