// A lock file that keeps two processes (on this machine or on others sharing the folder) from training the
// same run at once. A stale lock, whose process is gone, is detected and broken.
#pragma once

#include <QString>

namespace textgen {

class RunLock {
public:
    // Takes DIR/train.lock or throws RunError naming the process and host that hold it.
    explicit RunLock(const QString& runPath);
    ~RunLock();
    RunLock(const RunLock&) = delete;
    RunLock& operator=(const RunLock&) = delete;

    // Who holds the lock of a run, as "pid 1234 on host", or an empty string when nobody alive does.
    static QString holder(const QString& runPath);

private:
    QString path_;
};

} // namespace textgen
