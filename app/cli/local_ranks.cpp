// Starting, watching and ending the local ranks of one job.
#include "local_ranks.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <arpa/inet.h>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>
#include <netinet/in.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace textgen::cli {

namespace {

std::atomic<bool> stopAsked{false};

extern "C" void onStopAsked(int)
{
    stopAsked = true;
}

} // namespace

int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        throw std::runtime_error("cannot open a socket to find a free port");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0; // the system picks one
    socklen_t length = sizeof(address);
    const bool found = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    ::close(fd);
    if (!found)
        throw std::runtime_error("cannot find a free port on 127.0.0.1");
    return ntohs(address.sin_port);
}

int runLocalRanks(const QStringList& arguments, int processes, int threads)
{
    const QString port = QString::number(freeLoopbackPort());
    QStringList rankArguments = QStringList{QStringLiteral("train")} + arguments;
    if (!arguments.contains(QStringLiteral("--threads")))
        rankArguments << QStringLiteral("--threads") << QString::number(threads);
    // Ctrl+C reaches every rank as well as this process; a SIGTERM (the studio's Stop, a service manager)
    // reaches this process alone. Either is passed on to every rank as SIGINT: the ranks agree on the step to
    // stop at, save it, and this waits for them. A rank asked twice stops once.
    std::signal(SIGINT, onStopAsked);
    std::signal(SIGTERM, onStopAsked);
    bool stopPassedOn = false;

    std::vector<std::unique_ptr<QProcess>> ranks;
    for (int rank = 0; rank < processes; ++rank) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("RANK"), QString::number(rank));
        environment.insert(QStringLiteral("LOCAL_RANK"), QString::number(rank));
        environment.insert(QStringLiteral("WORLD_SIZE"), QString::number(processes));
        environment.insert(QStringLiteral("MASTER_ADDR"), QStringLiteral("127.0.0.1"));
        environment.insert(QStringLiteral("MASTER_PORT"), port);
        process->setProcessEnvironment(environment);
        if (rank == 0)
            process->setProcessChannelMode(QProcess::ForwardedChannels);
        else {
            process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process->setStandardOutputFile(QProcess::nullDevice());
        }
        process->start(QCoreApplication::applicationFilePath(), rankArguments);
        if (!process->waitForStarted())
            throw std::runtime_error("cannot start rank " + std::to_string(rank));
        ranks.push_back(std::move(process));
    }

    // A rank that was killed comes first: the others then fail because it is gone, which says less.
    int failed = -1, killed = -1;
    QElapsedTimer sinceFailure;
    std::vector<bool> done(ranks.size(), false);
    for (std::size_t left = ranks.size(); left > 0;) {
        if (stopAsked && !stopPassedOn) {
            stopPassedOn = true;
            for (std::size_t rank = 0; rank < ranks.size(); ++rank)
                if (!done[rank])
                    ::kill(static_cast<pid_t>(ranks[rank]->processId()), SIGINT);
        }
        for (std::size_t rank = 0; rank < ranks.size(); ++rank) {
            if (done[rank] || !ranks[rank]->waitForFinished(20))
                continue;
            done[rank] = true;
            --left;
            const QProcess& process = *ranks[rank];
            const bool crashed = process.exitStatus() == QProcess::CrashExit;
            // 130: stopped on request at an agreed step, which is no failure.
            const bool bad = crashed || (process.exitCode() != 0 && process.exitCode() != 130);
            if (crashed && killed < 0)
                killed = static_cast<int>(rank);
            if (bad && failed < 0) {
                failed = static_cast<int>(rank);
                sinceFailure.start();
            }
        }
        // The others notice a rank gone at their next exchange; one stuck past 30 s is ended.
        if (failed >= 0 && sinceFailure.elapsed() > 30'000) {
            for (std::size_t rank = 0; rank < ranks.size(); ++rank)
                if (!done[rank])
                    ranks[rank]->kill();
        }
    }
    if (failed < 0)
        return ranks.front()->exitCode();
    if (killed >= 0)
        std::fprintf(stderr, "textgen train: rank %d of %d was killed (a signal, or it crashed)\n", killed, processes);
    else
        std::fprintf(stderr, "textgen train: rank %d of %d failed (exit code %d)\n", failed, processes,
                     ranks[static_cast<std::size_t>(failed)]->exitCode());
    std::fprintf(stderr,
                 "textgen train: the job stopped; the run keeps its last checkpoint and resumes with --resume\n");
    return 1;
}

} // namespace textgen::cli
