#pragma once

#include "runtimelibrary.h"

// libzip's header types the table below; nothing here links libzip.
#include <zip.h>

namespace crossma {

// Every libzip function the product calls (Yahoo!'s certificate ZIP, and the
// sandbox's sample ZIPs). Resolved when first needed, as libcrypto is (see
// cryptolibrary.h): libzip needs libcrypto, and binding it at start loaded both.
// clang-format off
#define CROSSMA_LIBZIP_FUNCTIONS(X)                                          \
    X(zip_close) X(zip_discard) X(zip_error_code_zip)                        \
    X(zip_error_fini) X(zip_error_init) X(zip_fclose)                        \
    X(zip_file_add) X(zip_fopen_index) X(zip_fread)                          \
    X(zip_get_error) X(zip_get_name) X(zip_get_num_entries)                  \
    X(zip_open_from_source) X(zip_source_buffer) X(zip_source_buffer_create) \
    X(zip_source_close) X(zip_source_free) X(zip_source_keep)                \
    X(zip_source_open) X(zip_source_read) X(zip_source_seek)                 \
    X(zip_source_tell) X(zip_stat_index) X(zip_stat_init)
// clang-format on

struct ZipLibrary {
    CROSSMA_LIBZIP_FUNCTIONS(CROSSMA_FUNCTION_SLOT)
};

// As cryptoLibrary(): loaded on the first call, null when it cannot be.
const ZipLibrary *zipLibrary();
// As crypto(): for code its entry point has checked.
const ZipLibrary &libzip();

}  // namespace crossma
