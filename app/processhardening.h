#pragma once

namespace crossma {

// The process holds a seller's secrets in memory: it writes no core dump and
// (on Linux) cannot be attached to or dumped by other processes of the user.
// Called first thing in main(), before any secret can be read.
void hardenProcess();

}  // namespace crossma
