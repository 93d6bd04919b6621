#pragma once

#include "core/verifyresult.h"
#include "httpmessage.h"

#include <catch2/catch.hpp>

namespace crossma::test {

// One error answer a mall documents, kept verbatim, and what the product must
// make of it: the verdict, our code, and the mall's own code and message.
struct DocumentedAnswer {
    const char *name;
    int status;
    const char *contentType;  // "application/json" or "application/xml"
    const char *body;
    const char *code;
    VerifyResult::Verdict verdict;
    const char *mallCode;
    const char *mallMessage;
    const char *wwwAuthenticate = "";  // a Bearer challenge, when the mall sends one
};

inline constexpr char kJson[] = "application/json";
inline constexpr char kXml[] = "application/xml";

// The answer as the sandbox server sends it.
sandbox::Response documentedResponse(const DocumentedAnswer &answer);
// Checks `result` against everything `answer` expects.
void checkDocumentedAnswer(const VerifyResult &result, const DocumentedAnswer &answer);

}  // namespace crossma::test
