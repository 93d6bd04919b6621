#include "documentedanswer.h"

namespace crossma::test {

sandbox::Response documentedResponse(const DocumentedAnswer &answer)
{
    sandbox::Response r = sandbox::Response::text(answer.status, answer.contentType, answer.body);
    if (*answer.wwwAuthenticate)
        r.withHeader("WWW-Authenticate", answer.wwwAuthenticate);
    return r;
}

void checkDocumentedAnswer(const VerifyResult &result, const DocumentedAnswer &answer)
{
    INFO(answer.name << ": " << result.summary().toStdString());
    CHECK(result.code.toStdString() == answer.code);
    CHECK(result.verdict() == answer.verdict);
    CHECK(result.mallCode.toStdString() == answer.mallCode);
    CHECK(result.mallMessage == QString::fromUtf8(answer.mallMessage));
    CHECK_FALSE(result.message.isEmpty());
}

}  // namespace crossma::test
