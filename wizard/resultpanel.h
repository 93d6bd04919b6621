#pragma once

#include "core/verifyresult.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace crossma {

// "③ 確認"'s verdict: first the mall's own code and text verbatim (when it
// answered with one), then 接続できました / 接続できませんでした, what to do,
// the likely causes as a list, warnings. Read-only, selectable text. A copy
// button puts the support information (never a secret) on the clipboard and
// says so.
class ResultPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ResultPanel(const QString &mallId, const QString &mallName, QWidget *parent = nullptr);

    void showResult(const VerifyResult &result);
    // A plain line (saving failed, keychain unreadable…), without a verdict.
    void showNotice(const QString &text, bool problem);
    void clear();

    QString supportInformation() const { return m_support; }
    // Puts the keyboard focus on the verdict, so that screen readers read it.
    void focusVerdict();

    static QString headline(const VerifyResult &result);

signals:
    // What was just told to screen readers (an Alert event with this text).
    void announced(const QString &text);

private:
    QString supportText(const VerifyResult &result) const;  // never a secret
    void setOutcome(const QString &outcome);
    void announce(const QString &text);  // accessible description + an Alert event

    QString m_mallId;
    QString m_mallName;
    QLabel *m_text = nullptr;
    QLabel *m_mallText = nullptr;
    QLabel *m_copied = nullptr;
    QPushButton *m_copy = nullptr;
    QString m_support;
};

}  // namespace crossma
