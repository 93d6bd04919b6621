#include <catch2/catch.hpp>

#include "testpaths.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>

// What a Japanese store owner reads comes from translations/crossma-setup_ja.ts.
// Two rules are checked on every entry a seller sees:
//  * the entry is finished (no "unfinished" translation, nothing empty);
//  * the Japanese sentence carries no English phrase of the kinds that slipped
//    in before: field and header names (isParticipating, X-SWS-Authorize-Status,
//    access_token), English words such as "false" or "authorized", or English
//    words for things that have a Japanese name. Those belong on the support
//    line, which quotes the mall's own answer, never in the sentence.
// Values the seller copies or types (amzn1.…, Atzr|, SP338500_…, https://…)
// and the brand and product names below are allowed.

namespace {

// Contexts whose text is not a seller's sentence: terminal output naming
// command-line options, developer files (endpoints, credentials JSON), the
// support information itself, and the sandbox's practice scenarios, which
// name the result codes the connection test reports.
const QStringList kNotSellerText = {
    QStringLiteral("crossma::CommandLine"),     QStringLiteral("crossma::VerifyCommand"),
    QStringLiteral("crossma::StatusCommand"),   QStringLiteral("crossma::VerifyReport"),
    QStringLiteral("crossma::CredentialsFile"), QStringLiteral("crossma::Endpoints"),
    QStringLiteral("crossma::Diagnostics"),     QStringLiteral("crossma::sandbox::"),
};

// Brand, product and standard names a Japanese seller reads as they are.
const QSet<QString> kAllowedWords = {
    QStringLiteral("Amazon"),   QStringLiteral("Yahoo!"), QStringLiteral("JAPAN"),
    QStringLiteral("YConnect"), QStringLiteral("RMS"),    QStringLiteral("WEB"),
    QStringLiteral("Web"),      QStringLiteral("API"),    QStringLiteral("SP-API"),
    QStringLiteral("MWS"),      QStringLiteral("AWS"),    QStringLiteral("LWA"),
    QStringLiteral("ZIP"),      QStringLiteral("PEM"),    QStringLiteral("DER"),
    QStringLiteral("RSA"),      QStringLiteral("CSV"),    QStringLiteral("XML"),
    QStringLiteral("HTML"),     QStringLiteral("HTTP"),   QStringLiteral("HTTPS"),
    QStringLiteral("TLS"),      QStringLiteral("KiB"),    QStringLiteral("Wow!manager"),
    QStringLiteral("Wowma!"),   QStringLiteral("Pro"),    QStringLiteral("Linux"),
    QStringLiteral("KWallet"),  QStringLiteral("BEGIN"),  QStringLiteral("END"),
    QStringLiteral("Enter"),    QStringLiteral("Wi-Fi"),  QStringLiteral("URL"),
    QStringLiteral("PAY"),      // au PAY マーケット
    QStringLiteral("Atzr"),     // the start of a refresh token, as the seller sees it
    QStringLiteral("Outlook"),  // calendars the .ics export is for
};

// Names of more than one word, removed before the words are looked at.
const QStringList kAllowedPhrases = {
    QStringLiteral("-----BEGIN PUBLIC KEY-----"),
    QStringLiteral("-----END PUBLIC KEY-----"),
    QStringLiteral("Seller Central"),
    QStringLiteral("Login with Amazon"),
    QStringLiteral("GNOME Keyring"),
    QStringLiteral("Store Creator Pro"),
    QStringLiteral("SP API"),
    QStringLiteral("Google カレンダー"),
};

struct Entry {
    QString context;
    QString source;
    QStringList translations;  // one, or the numerus forms
    bool unfinished = false;
};

QList<Entry> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Entry> entries;
    QString context;
    Entry current;
    bool skip = false;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            if (!current.source.isEmpty() && !skip)
                entries.append(current);
            current = Entry{context, {}, {}, false};
            skip = false;
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            skip = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            current.unfinished = type == QLatin1String("unfinished");
            if (!numerus)
                current.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            current.translations << xml.readElementText();
        }
    }
    if (!current.source.isEmpty() && !skip)
        entries.append(current);
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    REQUIRE_FALSE(xml.hasError());
    return entries;
}

bool isSellerText(const Entry &e)
{
    for (const QString &c : kNotSellerText) {
        if (e.context.startsWith(c))
            return false;
    }
    // A date format such as "yyyy-MM-dd HH:mm" is not a sentence.
    static const QRegularExpression dateFormat(QStringLiteral("^[yMdHhms :/\\-]+$"));
    return !dateFormat.match(e.source).hasMatch();
}

}  // namespace

// The English phrases in a Japanese sentence that a seller should not meet.
static QStringList englishPhrasesIn(QString japanese)
{
    for (const QString &phrase : kAllowedPhrases)
        japanese.replace(phrase, QStringLiteral(" "));
    static const QRegularExpression run(QStringLiteral("[\\x21-\\x7E]+"));
    static const QRegularExpression camel(QStringLiteral("[a-z][A-Z]"));
    static const QRegularExpression snake(QStringLiteral("[A-Za-z]_[A-Za-z]"));
    static const QRegularExpression header(QStringLiteral("^[A-Za-z]+(-[A-Za-z]+)+$"));
    static const QRegularExpression word(QStringLiteral("^[A-Za-z]{3,}!?$"));
    static const QRegularExpression literal(QStringLiteral("[0-9./|%<>@*?=&…]"));
    QStringList found;
    auto it = run.globalMatch(japanese);
    while (it.hasNext()) {
        QString token = it.next().captured();
        // Brackets and sentence marks around a word are not part of it.
        while (!token.isEmpty() && QStringLiteral("([{\"',;:").contains(token.front()))
            token.remove(0, 1);
        while (!token.isEmpty() && QStringLiteral(")]}\"',;:.").contains(token.back()))
            token.chop(1);
        if (token.isEmpty() || kAllowedWords.contains(token))
            continue;
        const bool fieldName = camel.match(token).hasMatch() || snake.match(token).hasMatch();
        const bool headerName = header.match(token).hasMatch() && token != token.toLower();
        const bool englishWord = word.match(token).hasMatch() && !literal.match(token).hasMatch();
        if (fieldName || headerName || englishWord)
            found << token;
    }
    return found;
}

static QString japaneseTs()
{
    return crossma::test::sourceDir() + QStringLiteral("/translations/crossma-setup_ja.ts");
}

TEST_CASE("The check finds the English phrases that once reached Japanese sentences", "[wording]")
{
    // Sentences as the Japanese translation once had them.
    CHECK(
        englishPhrasesIn(QStringLiteral(
            "出品アカウントは %1 "
            "に登録されていますが、現在は出品できる状態ではありません（isParticipating: false）。"))
        == QStringList{QStringLiteral("isParticipating"), QStringLiteral("false")});
    CHECK(englishPhrasesIn(
              QStringLiteral("Yahoo!から応答はありましたが、ストアの認証が確認されませんでした（X-"
                             "SWS-Authorize-Status が authorized ではありません）。"))
          == QStringList{QStringLiteral("X-SWS-Authorize-Status"), QStringLiteral("authorized")});
    CHECK(englishPhrasesIn(QStringLiteral("トークンの応答に access_token がありません"))
          == QStringList{QStringLiteral("access_token")});
    CHECK(englishPhrasesIn(QStringLiteral("Client ID（詳細設定）"))
          == QStringList{QStringLiteral("Client")});

    // Values the seller copies, and names sellers read as they are, pass.
    CHECK(englishPhrasesIn(
              QStringLiteral("クライアントIDは amzn1.application-oa2-client. "
                             "で、クライアントシークレットは amzn1.oa2-cs.v1. で始まります。"))
              .isEmpty());
    CHECK(englishPhrasesIn(
              QStringLiteral("「-----BEGIN PUBLIC KEY-----」の行が抜けていたため、補いました。"))
              .isEmpty());
    CHECK(englishPhrasesIn(QStringLiteral("例: SP338500_xxxxxxxxxxxx")).isEmpty());
    CHECK(englishPhrasesIn(QStringLiteral("Wow!manager > 各種申し込み > API利用申請（HTTP 401）"))
              .isEmpty());
    CHECK(englishPhrasesIn(QStringLiteral("例: my-store")).isEmpty());
}

TEST_CASE("Every Japanese entry is finished and its seller sentences carry no English phrase",
          "[wording]")
{
    const QList<Entry> entries = readTs(japaneseTs());
    REQUIRE(entries.size() > 500);
    int checked = 0;
    for (const Entry &e : entries) {
        INFO(e.context.toStdString() << ": " << e.source.toStdString());
        CHECK_FALSE(e.unfinished);
        for (const QString &t : e.translations) {
            CHECK_FALSE(t.trimmed().isEmpty());
            if (!isSellerText(e))
                continue;
            ++checked;
            INFO("Japanese: " << t.toStdString());
            CHECK(englishPhrasesIn(t).join(QLatin1Char(' ')).toStdString() == "");
        }
    }
    CHECK(checked > 400);
}
