#pragma once

// Which of crossma-setup's programs an invocation is for, from the arguments
// alone: the launcher decides with it before any library but the C++ runtime
// is loaded, so this file uses nothing else.
namespace crossma::dispatch {

// True when no command word is given (the window); false for verify, status,
// --help, --version and stray words (the commands report those).
bool wantsWizard(int argc, const char *const *argv);
// Options whose next argument is their value, never a command word.
bool takesValue(const char *arg);

// The two programs behind crossma-setup on Linux (see launcher/launcher.cpp).
inline constexpr char kWizardProgram[] = "crossma-setup-wizard";
inline constexpr char kCommandProgram[] = "crossma-setup-cli";

}  // namespace crossma::dispatch
