#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace crossma {

// The page's 「コピーした値を提案する」 switch, off by default: when the seller
// comes back to the window (from the browser where the value was copied) and
// the clipboard holds something new, says so with copied(). The clipboard is
// read in one place only, readClipboard(), and only while the switch is on,
// outside screen-share mode and while `page` is on screen. Of what it read it
// keeps a hash, to know "new", never the text.
class ClipboardAssist : public QObject
{
    Q_OBJECT
public:
    using Reader = std::function<QString()>;

    explicit ClipboardAssist(QWidget *page);

    void setOn(bool on);  // off also forgets what was seen
    void setScreenShare(bool on);
    // The system clipboard unless replaced (a test counts the reads).
    void setReader(Reader reader) { m_reader = std::move(reader); }

signals:
    // A text copied since the last look; the receiver decides whether to offer it.
    void copied(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watchWindow();
    void lookAtClipboard();
    QString readClipboard();

    QWidget *m_page;
    QPointer<QWidget> m_window;
    Reader m_reader;
    bool m_on = false;
    bool m_screenShare = false;
    QByteArray m_salt;
    QByteArray m_lastHash;
};

}  // namespace crossma
