// libcrypto and libzip, loaded when first needed: both tables resolve every
// function the product calls, a library or function that is not there leaves
// no half-filled table, and the seller is told what to do.
#include <catch2/catch.hpp>

#include "core/cryptolibrary.h"
#include "core/runtimelibrary.h"
#include "core/ziplibrary.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

using namespace crossma;

TEST_CASE("The libcrypto and libzip tables load once, from any thread", "[libraries]")
{
    // First calls race on pool threads: one table each, every slot filled.
    QList<QFuture<std::pair<const CryptoLibrary *, const ZipLibrary *>>> calls;
    for (int i = 0; i < 4; ++i)
        calls << QtConcurrent::run([] { return std::make_pair(cryptoLibrary(), zipLibrary()); });
    for (auto &call : calls) {
        const auto tables = call.result();
        CHECK(tables.first == cryptoLibrary());
        CHECK(tables.second == zipLibrary());
    }
    REQUIRE(cryptoLibrary());
    REQUIRE(zipLibrary());
#define CROSSMA_CHECK_SLOT(name) CHECK(cryptoLibrary()->name != nullptr);
    CROSSMA_LIBCRYPTO_FUNCTIONS(CROSSMA_CHECK_SLOT)
#undef CROSSMA_CHECK_SLOT
#define CROSSMA_CHECK_SLOT(name) CHECK(zipLibrary()->name != nullptr);
    CROSSMA_LIBZIP_FUNCTIONS(CROSSMA_CHECK_SLOT)
#undef CROSSMA_CHECK_SLOT
    // The very functions the program would have bound at start.
    CHECK(cryptoLibrary()->EVP_PKEY_free == &::EVP_PKEY_free);
    CHECK(zipLibrary()->zip_open_from_source == &::zip_open_from_source);
}

TEST_CASE("The OpenSSL macros called through the table work", "[libraries]")
{
    const CryptoLibrary &openSsl = crypto();
    EVP_PKEY *key = openSsl.newEcKey("P-256");
    REQUIRE(key);
    CHECK(openSsl.EVP_PKEY_get_base_id(key) == EVP_PKEY_EC);
    BIO *bio = openSsl.BIO_new(openSsl.BIO_s_mem());
    REQUIRE(openSsl.PEM_write_bio_PUBKEY(bio, key) == 1);
    CHECK(openSsl.memoryBioContents(bio).startsWith("-----BEGIN PUBLIC KEY-----\n"));
    openSsl.BIO_free(bio);
    BIO *empty = openSsl.BIO_new(openSsl.BIO_s_mem());
    CHECK(openSsl.memoryBioContents(empty).isEmpty());
    openSsl.BIO_free(empty);
    openSsl.EVP_PKEY_free(key);
}

TEST_CASE("A library that does not load, or lacks a function, gives no table", "[libraries]")
{
    CHECK(loadRuntimeLibrary({QStringLiteral("libcrossma-no-such-library.so.9")}) == nullptr);
    // The first name that loads is taken.
    const std::unique_ptr<QLibrary> library(loadRuntimeLibrary(
        {QStringLiteral("libcrossma-no-such-library.so.9"), QStringLiteral("libcrypto.so.3")}));
    REQUIRE(library);
    QLibrary *crypto = library.get();  // deleting a QLibrary does not unload it
    decltype(&::EVP_PKEY_free) slot = nullptr;
    CHECK(resolveFunction(crypto, "EVP_PKEY_free", &slot));
    CHECK(slot == &::EVP_PKEY_free);
    CHECK_FALSE(resolveFunction(crypto, "crossma_no_such_function", &slot));
    CHECK(slot == nullptr);
    CHECK_FALSE(resolveFunction(static_cast<QLibrary *>(nullptr), "EVP_PKEY_free", &slot));

    struct Table {
        decltype(&::EVP_PKEY_free) present = nullptr;
        decltype(&::EVP_PKEY_free) absent = nullptr;
    };
    const Table *table = loadFunctionTable<Table>(
        {QStringLiteral("libcrypto.so.3")}, [](QLibrary *library, Table *t) {
            bool ok = resolveFunction(library, "EVP_PKEY_free", &t->present);
            return resolveFunction(library, "crossma_no_such_function", &t->absent) && ok;
        });
    CHECK(table == nullptr);
}

TEST_CASE("A missing library is named, with the way out", "[libraries]")
{
    const QString message = missingLibraryMessage(QStringLiteral("OpenSSL 3"));
    CHECK(message.contains(QStringLiteral("OpenSSL 3")));
    CHECK_FALSE(message.contains(QStringLiteral("%1")));
}
