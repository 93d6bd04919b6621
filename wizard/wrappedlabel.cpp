#include "wrappedlabel.h"

#include <QEvent>

namespace crossma {

WrappedLabel::WrappedLabel(QWidget *parent) : WrappedLabel(QString(), parent)
{
}

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

bool WrappedLabel::Key::operator==(const Key &other) const
{
    return format == other.format && wordWrap == other.wordWrap && margin == other.margin
           && indent == other.indent && text == other.text;
}

WrappedLabel::Key WrappedLabel::currentKey() const
{
    return {text(), textFormat(), wordWrap(), margin(), indent()};
}

void WrappedLabel::forget() const
{
    m_heights.fill(Entry{});
    m_next = 0;
}

int WrappedLabel::heightForWidth(int width) const
{
    Key key = currentKey();
    if (!(key == m_key)) {
        m_key = std::move(key);
        forget();
    }
    for (const Entry &entry : m_heights) {
        if (entry.width == width)
            return entry.height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_next] = {width, height};
    m_next = (m_next + 1) % m_heights.size();
    return height;
}

void WrappedLabel::changeEvent(QEvent *event)
{
    // The font, the style (a role's padding) and the margins change the
    // height at every width.
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
        forget();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

}  // namespace crossma
