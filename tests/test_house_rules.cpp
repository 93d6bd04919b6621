// The promise that a mall is one folder: the generic parts of the product
// (wizard/, app/, connectors/core/) name no mall in their code. Comments may
// use a mall as an example; strings and identifiers may not.
#include "testpaths.h"
#include <catch2/catch.hpp>

#include "registry.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <initializer_list>

using namespace crossma;

namespace {
// The file without its comments; string and character literals are kept
// (a "//" inside "https://…" is not a comment).
QString withoutComments(const QString &text)
{
    QString out;
    out.reserve(text.size());
    enum { Code, Line, Block, String, Char } state = Code;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        switch (state) {
        case Code:
            if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
                state = Line;
                continue;
            }
            if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                state = Block;
                ++i;
                continue;
            }
            if (c == QLatin1Char('"'))
                state = String;
            else if (c == QLatin1Char('\''))
                state = Char;
            out.append(c);
            break;
        case Line:
            if (c == QLatin1Char('\n')) {
                state = Code;
                out.append(c);
            }
            break;
        case Block:
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                state = Code;
                ++i;
            }
            break;
        case String:
        case Char:
            out.append(c);
            if (c == QLatin1Char('\\') && i + 1 < text.size()) {
                out.append(next);
                ++i;
            } else if (c == QLatin1Char(state == String ? '"' : '\'')) {
                state = Code;
            }
            break;
        }
    }
    return out;
}

QStringList sourcesIn(std::initializer_list<const char *> folders)
{
    QStringList files;
    for (const char *folder : folders) {
        QDirIterator it(test::sourceDir() + QLatin1Char('/') + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    return files;
}

QStringList genericSources()
{
    return sourcesIn({"wizard", "app", "connectors/core"});
}
}  // namespace

TEST_CASE("The comment stripper keeps code and strings and drops comments", "[house]")
{
    CHECK(withoutComments(QStringLiteral("a // b\nc")) == QStringLiteral("a \nc"));
    CHECK(withoutComments(QStringLiteral("a /* b */c")) == QStringLiteral("a c"));
    CHECK(withoutComments(QStringLiteral("u(\"https://x\") // y"))
          == QStringLiteral("u(\"https://x\") "));
    CHECK(withoutComments(QStringLiteral("s(\"\\\"// q\")")) == QStringLiteral("s(\"\\\"// q\")"));
}

TEST_CASE("wizard/, app/ and connectors/core/ name no mall outside comments", "[house]")
{
    const auto connectors = createConnectors();
    REQUIRE(connectors.size() >= 4);
    QStringList words;
    for (const auto &connector : connectors)
        words << connector->id() << connector->displayName();
    const QStringList files = genericSources();
    REQUIRE(files.size() > 40);  // the tree was found
    for (const QString &path : files) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString code = withoutComments(QString::fromUtf8(file.readAll()));
        for (const QString &word : words) {
            // Word boundaries for Latin names only ("amazon", not "amazonaws");
            // Japanese has no spaces to bound a word.
            const QString escaped = QRegularExpression::escape(word);
            const bool latin = QString::fromLatin1(word.toLatin1()) == word;
            const QRegularExpression pattern(latin ? QStringLiteral("\\b%1\\b").arg(escaped) : escaped,
                                             QRegularExpression::CaseInsensitiveOption);
            INFO(path.toStdString() << " names " << word.toStdString());
            CHECK_FALSE(pattern.match(code).hasMatch());
        }
    }
}

// Qt's style-sheet style, once any widget has a sheet, costs the window 1.7
// MiB and 5 ms at start (the bench) and restyles a subtree at each change:
// the look is LookStyle's, keyed on the "role" property (lookroles.h).
TEST_CASE("No widget of the product gets a style sheet", "[house]")
{
    const QStringList files = sourcesIn({"wizard", "app", "connectors"});
    REQUIRE(files.size() > 100);  // the tree was found
    const QRegularExpression sheet(QStringLiteral("\\bsetStyleSheet\\s*\\("));
    for (const QString &path : files) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        INFO(path.toStdString());
        CHECK_FALSE(sheet.match(withoutComments(QString::fromUtf8(file.readAll()))).hasMatch());
    }
}
