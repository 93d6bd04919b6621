#include "ziplibrary.h"

#include "runtimelibrary.h"

namespace crossma {

namespace {
QStringList fileNames()
{
#ifdef CROSSMA_LIBZIP_FILE_NAME
    // The library the build found, by its run-time name (its soname on Linux).
    return {QStringLiteral(CROSSMA_LIBZIP_FILE_NAME), QStringLiteral("zip")};
#else
    return {QStringLiteral("zip")};
#endif
}
}  // namespace

CROSSMA_DEFINE_FUNCTION_TABLE(ZipLibrary, CROSSMA_LIBZIP_FUNCTIONS, zipLibrary, fileNames())

const ZipLibrary &libzip()
{
    return requireTable(zipLibrary(), "libzip");
}

}  // namespace crossma
