// `textgen train --nproc N`: the ranks of a data-parallel job on this machine, started and watched the way
// torchrun starts and watches them. Not the training itself: each rank is `textgen train` again, which finds
// its rank in the environment (data_parallel.h) and joins the others.
#pragma once

#include <QStringList>

namespace textgen::cli {

// Starts `processes` copies of `textgen train` with `arguments` (the command line without --nproc), each
// with RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR=127.0.0.1 and a free MASTER_PORT, and `threads` CPU threads
// when the arguments name none. Rank 0's output is this command's; the others' errors reach stderr. When one
// rank fails, the others end within 30 s (killed if they have not by then) and this names the rank. Returns
// the exit code: rank 0's, or 1 when a rank failed.
int runLocalRanks(const QStringList& arguments, int processes, int threads);

// A TCP port on 127.0.0.1 that nothing listens on now.
int freeLoopbackPort();

} // namespace textgen::cli
