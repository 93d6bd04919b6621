#pragma once

// No Qt include: the launcher (app/launcher/), which links no Qt, reads the
// variable's name from here.
class QString;

namespace crossma {

// Set by the launcher to its own path before it starts the program it chose:
// the name to use when crossma-setup is to be started again.
inline constexpr char kProgramVariable[] = "CROSSMA_PROGRAM";

// The program a seller starts, for whatever starts it again later (a
// reminder's click, the autostart entry, the systemd timer): the launcher
// that started this process where there is one, else this program.
QString programPath();

}  // namespace crossma
