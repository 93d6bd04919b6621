#include "resultpanel.h"

#include "core/secretredactor.h"
#include "core/sellertime.h"
#include "look.h"
#include "wrappedlabel.h"

#include <QAccessible>

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace crossma {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Read-only text: selectable with the mouse (and copied with Ctrl+C), with no
// text cursor, which would make it look editable. It still takes the focus, so
// that the keyboard and screen readers reach the verdict.
QLabel *resultLabel(const QString &name, Qt::TextFormat format, QWidget *parent)
{
    auto *label = new WrappedLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(format);  // the mall's words are plain text, never markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFocusPolicy(Qt::StrongFocus);
    return label;
}
}  // namespace

ResultPanel::ResultPanel(const QString &mallId, const QString &mallName, QWidget *parent)
    : QFrame(parent), m_mallId(mallId), m_mallName(mallName)
{
    setObjectName(QStringLiteral("resultPanel"));
    setAccessibleName(tr("Result of the connection test"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);

    // The mall's own code and words come first, in normal type: when the
    // mall names the cause, that is what the seller (and support) reads first.
    m_mallText = resultLabel(QStringLiteral("resultMallText"), Qt::PlainText, this);
    layout->addWidget(m_mallText);
    m_text = resultLabel(QStringLiteral("resultText"), Qt::RichText, this);
    layout->addWidget(m_text);

    auto *bottom = new QHBoxLayout;
    m_copied = new WrappedLabel(this);
    m_copied->setObjectName(QStringLiteral("copyFeedback"));
    bottom->addWidget(m_copied, 1);
    m_copy = new QPushButton(tr("Copy support information"), this);
    m_copy->setObjectName(QStringLiteral("copySupportInfo"));
    m_copy->setToolTip(tr("Copies the result codes for support. Holds no password or key."));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_support);
        m_copied->setText(tr("Copied the support information. It contains no password or key."));
    });
    bottom->addWidget(m_copy, 0, Qt::AlignBottom);
    layout->addLayout(bottom);
    clear();
}

QString ResultPanel::headline(const VerifyResult &result)
{
    if (result.ok())
        return tr("Connected.");
    if (result.code == QLatin1String(Code::Cancelled))
        return tr("The connection test was stopped.");
    if (result.code == QLatin1String(Code::InvalidInput))
        return tr("Please check your input.");
    return tr("Could not connect.");
}

void ResultPanel::showResult(const VerifyResult &shown)
{
    // Whatever reaches the screen or the clipboard passes the one masker.
    const VerifyResult result = SecretRedactor::session().apply(shown);
    // Many connectors' messages already say 接続できました / 接続できませんでした:
    // then the message itself is the bold verdict, not a repetition of it.
    QString head = headline(result);
    QString core = head;
    while (!core.isEmpty() && (core.endsWith(QChar(0x3002)) || core.endsWith(QLatin1Char('.'))))
        core.chop(1);
    QString html =
        !core.isEmpty() && result.message.contains(core)
            ? QStringLiteral("<p><b>%1</b></p>").arg(escaped(result.message))
            : QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(head), escaped(result.message));
    if (!result.causes.isEmpty()) {
        html += QStringLiteral("<p style='margin-bottom:0'>%1</p><ol style='margin-top:0'>")
                    .arg(escaped(result.code == QLatin1String(Code::InvalidInput)
                                     ? tr("To correct:")
                                     : tr("Likely causes, most likely first:")));
        for (const QString &cause : result.causes)
            html += QStringLiteral("<li>%1</li>").arg(escaped(cause));
        html += QStringLiteral("</ol>");
    }
    for (const QString &warning : result.warnings)
        html += QStringLiteral("<p style='color:#8a5300'><b>%1</b> %2</p>")
                    .arg(escaped(tr("Caution:")), escaped(warning));
    m_text->setText(html);

    QString mall;
    if (!result.mallCode.isEmpty() || !result.mallMessage.isEmpty()) {
        mall = tr("Answer from %1: %2")
                   .arg(m_mallName, QStringList{result.mallCode, result.mallMessage}
                                        .join(QLatin1Char(' '))
                                        .trimmed());
    }
    m_mallText->setText(mall);
    m_mallText->setVisible(!mall.isEmpty());
    m_copied->clear();

    m_support = supportText(result);
    m_copy->setVisible(!result.ok() && result.code != QLatin1String(Code::InvalidInput));

    setOutcome(result.ok()                                     ? QStringLiteral("ok")
               : result.code == QLatin1String(Code::Cancelled) ? QStringLiteral("neutral")
                                                               : QStringLiteral("failed"));
    setVisible(true);
    announce(headline(result) + QLatin1Char(' ') + result.message);
}

QString ResultPanel::supportText(const VerifyResult &result) const
{
    QStringList support{
        QStringLiteral("mall: %1").arg(m_mallId), QStringLiteral("code: %1").arg(result.code),
        QStringLiteral("time: %1").arg(sellerDateTime(QDateTime::currentDateTimeUtc()))};
    if (!result.mallCode.isEmpty())
        support << QStringLiteral("mallCode: %1").arg(result.mallCode);
    if (!result.mallMessage.isEmpty())
        support << QStringLiteral("mallMessage: %1").arg(result.mallMessage);
    for (auto it = result.facts.cbegin(); it != result.facts.cend(); ++it)
        support << QStringLiteral("%1: %2").arg(it.key(), sellerFactText(it.value()));
    support << QStringLiteral("version: %1").arg(QStringLiteral(CROSSMA_VERSION));
    return SecretRedactor::session().apply(support.join(QLatin1Char('\n')));
}

void ResultPanel::showNotice(const QString &shown, bool problem)
{
    const QString text = SecretRedactor::session().apply(shown);
    m_text->setText(QStringLiteral("<p>%1</p>").arg(escaped(text)));
    m_mallText->clear();
    m_mallText->setVisible(false);
    m_copied->clear();
    m_copy->setVisible(false);
    m_support.clear();
    setOutcome(problem ? QStringLiteral("failed") : QStringLiteral("neutral"));
    setVisible(true);
    announce(text);
}

void ResultPanel::announce(const QString &text)
{
    setAccessibleDescription(text);
    // Screen readers speak an Alert at once, so a verdict (or an error) is
    // heard without hunting for it; Qt 6.4 has no announcement event yet.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    emit announced(text);
}

void ResultPanel::focusVerdict()
{
    m_text->setFocus(Qt::OtherFocusReason);
}

void ResultPanel::clear()
{
    m_text->clear();
    m_mallText->clear();
    m_copied->clear();
    m_support.clear();
    setVisible(false);
}

void ResultPanel::setOutcome(const QString &outcome)
{
    setProperty("outcome", outcome);
    // The box's colours: lookroles.h.
    look::setRole(this, outcome == QLatin1String("ok")        ? QStringLiteral("resultOk")
                        : outcome == QLatin1String("failed")  ? QStringLiteral("resultFailed")
                        : outcome == QLatin1String("neutral") ? QStringLiteral("resultNeutral")
                                                              : QString());
}

}  // namespace crossma
