// train.lock holds "pid host": created with O_EXCL, removed on release; a lock whose pid is not running on
// this host is stale.
#include "run_lock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

#include "run_settings.h"

namespace textgen {

namespace {

QString lockPath(const QString& runPath)
{
    return QDir(runPath).filePath(QStringLiteral("train.lock"));
}

// "pid host" of the lock's owner, or empty when the lock is absent or stale (its process is gone).
std::optional<LockHolder> liveHolder(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList parts = QString::fromUtf8(file.readAll()).trimmed().split(QLatin1Char(' '));
    bool ok = false;
    const qint64 pid = parts.value(0).toLongLong(&ok);
    const QString host = parts.value(1);
    if (!ok || pid <= 0)
        return {}; // unreadable: written by nobody we know, treat as stale
    if (host == QSysInfo::machineHostName() && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
        return {};
    return LockHolder{pid, host};
}

} // namespace

std::optional<LockHolder> RunLock::holder(const QString& runPath)
{
    return liveHolder(lockPath(runPath));
}

RunLock::RunLock(const QString& runPath) : path_(lockPath(runPath))
{
    const QByteArray content = QStringLiteral("%1 %2\n").arg(::getpid()).arg(QSysInfo::machineHostName()).toUtf8();
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int fd = ::open(QFile::encodeName(path_).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd >= 0) {
            const bool written
                = ::write(fd, content.constData(), static_cast<size_t>(content.size())) == content.size();
            ::close(fd);
            if (!written) {
                QFile::remove(path_);
                throw RunError({Problem::Code::CannotWrite, {path_}});
            }
            return;
        }
        if (const int error = errno; error != EEXIST)
            throw RunError(Problem(Problem::Code::LockNotTaken, {path_}).withSystemError(error));
        if (const std::optional<LockHolder> owner = liveHolder(path_))
            throw RunError(
                {Problem::Code::LockHeld, {QFileInfo(path_).absolutePath(), QString::number(owner->pid), owner->host}});
        QFile::remove(path_); // stale: its process is gone
    }
    throw RunError({Problem::Code::LockNotTaken, {path_}});
}

RunLock::~RunLock()
{
    QFile::remove(path_);
}

} // namespace textgen
