#pragma once

#include <QLibrary>
#include <QStringList>

namespace crossma {

// What a seller reads when `library` (e.g. "OpenSSL 3") would not load:
// the install is damaged, so the way out is installing again.
QString missingLibraryMessage(const QString &library);

// A C library that is loaded when first needed rather than bound at start:
// the first of `fileNames` that loads, kept loaded for the life of the
// process. Null when none loads (each failure is logged).
QLibrary *loadRuntimeLibrary(const QStringList &fileNames);

// One function of a table, by its own name; false if `library` is null or
// lacks it.
template <typename Function>
bool resolveFunction(QLibrary *library, const char *name, Function *into)
{
    *into = library ? reinterpret_cast<Function>(library->resolve(name)) : nullptr;
    return *into != nullptr;
}

// A table of a library's functions, filled by `resolveAll(library, table)`;
// null unless the library loads and has every one of them. Call it once,
// from a function-local static (see cryptoLibrary()).
template <typename Table, typename ResolveAll>
const Table *loadFunctionTable(const QStringList &fileNames, ResolveAll resolveAll)
{
    static Table table;  // one per instantiation: per table
    // Held for the life of the process, and reachable from here to the end.
    static QLibrary *const library = loadRuntimeLibrary(fileNames);
    return resolveAll(library, &table) ? &table : nullptr;
}

// `table`, or the program stops with a message naming `what`: for code
// reached only after its entry point checked the table, so that a library
// gone missing meanwhile is never called through null.
template <typename Table> const Table &requireTable(const Table *table, const char *what)
{
    if (!table)
        qFatal("%s could not be loaded", what);
    return *table;
}

}  // namespace crossma

// One member of a table: a pointer typed by the library's own prototype.
#define CROSSMA_FUNCTION_SLOT(name) decltype(&::name) name = nullptr;

// Defines `const Table *accessor()`: `Table` loaded from the first of
// `fileNames` that loads, with every function of `FUNCTIONS` (an X-macro
// list of names, as CROSSMA_LIBCRYPTO_FUNCTIONS) resolved; once, thread-safe.
#define CROSSMA_RESOLVE_INTO_TABLE(name) ok = resolveFunction(library, #name, &table->name) && ok;
#define CROSSMA_DEFINE_FUNCTION_TABLE(Table, FUNCTIONS, accessor, fileNames)                       \
    const Table *accessor()                                                                        \
    {                                                                                              \
        static const Table *const loaded = loadFunctionTable<Table>(                               \
            fileNames, [](QLibrary *library, Table *table) {                                       \
                bool ok = true;                                                                    \
                FUNCTIONS(CROSSMA_RESOLVE_INTO_TABLE)                                              \
                return ok;                                                                         \
            });                                                                                    \
        return loaded;                                                                             \
    }
