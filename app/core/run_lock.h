// A lock file that keeps two processes (on this machine or on others sharing the folder) from training the
// same run at once. A stale lock, whose process is gone, is detected and broken.
#pragma once

#include <QString>

#include <optional>

namespace textgen {

struct LockHolder {
    qint64 pid = 0;
    QString host;
};

class RunLock {
public:
    // Takes DIR/train.lock or throws RunError naming the process and host that hold it.
    explicit RunLock(const QString& runPath);
    ~RunLock();
    RunLock(const RunLock&) = delete;
    RunLock& operator=(const RunLock&) = delete;

    // Who holds the lock of a run; nothing when nobody alive does.
    static std::optional<LockHolder> holder(const QString& runPath);

private:
    QString path_;
};

} // namespace textgen
