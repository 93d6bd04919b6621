#include "runtimelibrary.h"

#include <QCoreApplication>

#include <memory>

namespace crossma {

QString missingLibraryMessage(const QString &library)
{
    return QCoreApplication::translate(
               "crossma::RuntimeLibrary",
               "A part of this app (%1) could not be loaded, so keys and certificates cannot be "
               "read. Install the app again; if this message stays, contact クロスマ support.")
        .arg(library);
}

QLibrary *loadRuntimeLibrary(const QStringList &fileNames)
{
    for (const QString &name : fileNames) {
        auto library = std::make_unique<QLibrary>(name);
        if (library->load())
            return library.release();  // for the life of the process, as a linked one
        qWarning("%s could not be loaded: %s", qPrintable(name), qPrintable(library->errorString()));
    }
    return nullptr;
}

}  // namespace crossma
