#include "appprofile.h"

#include <QCoreApplication>
#include <QSettings>

namespace crossma::AppProfile {

namespace {
const QString kOrganization = QStringLiteral("crossma");
const QString kApplication = QStringLiteral("crossma-setup");
const QString kSandboxApplication = QStringLiteral("crossma-setup-sandbox");
}  // namespace

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(kOrganization);
    QCoreApplication::setApplicationName(kApplication);
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSMA_VERSION));
}

QString keychainService(bool sandbox)
{
    return sandbox ? kSandboxApplication : kApplication;
}

std::unique_ptr<QSettings> createSettings(bool sandbox)
{
    if (!sandbox)
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, kOrganization,
                                       kSandboxApplication);
}

}  // namespace crossma::AppProfile
