#pragma once

#include <QString>

namespace crossma::test {

// Paths of the build, from one generated source (testpaths.cpp in the build
// folder), so that no other test file carries an absolute path in its compile
// command and ccache hits across checkouts in different folders.
QString appBinary();                // the crossma-setup program under test
QString slowSecretServiceBinary();  // tests/slowsecretservice
QString fakeNotificationsBinary();  // tests/fakenotifications
QString screenshotDir();            // where tests save their screenshots
QString sourceDir();                // the checkout's root

}  // namespace crossma::test
