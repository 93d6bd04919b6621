#include "programpath.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace crossma {

QString programPath()
{
    // Only an absolute path to a program that exists: anything else is not
    // from our launcher, and this program can start the window itself.
    const QString launcher = qEnvironmentVariable(kProgramVariable);
    const QFileInfo info(launcher);
    if (info.isAbsolute() && info.isFile() && info.isExecutable())
        return launcher;
    return QCoreApplication::applicationFilePath();
}

}  // namespace crossma
