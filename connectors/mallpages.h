#pragma once

namespace crossma {

// Registers the widgets some mall pages show besides the generic fields
// (connectors/<mall>/ui/), one line per mall that has one. Apart from
// registry.cpp so that the commands' program, which builds no page, links no
// Widgets; the wizard's program (and the tests) call it before any page is
// built. Calling it again registers the same widgets again, which changes nothing.
void registerMallPages();

}  // namespace crossma
