#pragma once

#include <QLabel>

#include <array>

namespace crossma {

// A QLabel that wraps its text and remembers its height for the last few
// widths. A layout asks a wrapped label for its height at the same two or
// three widths over and over while a window opens, and QLabel lays the whole
// text out again each time: with Japanese paragraphs that was most of the
// wizard's start-up.
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget *parent = nullptr);
    explicit WrappedLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // What the height depends on besides the width; a change empties the cache.
    struct Key {
        QString text;
        Qt::TextFormat format = Qt::AutoText;
        bool wordWrap = true;
        int margin = 0;
        int indent = -1;
        bool operator==(const Key &other) const;
    };
    Key currentKey() const;
    void forget() const;

    struct Entry {
        int width = -1;
        int height = 0;
    };
    mutable Key m_key;
    mutable std::array<Entry, 4> m_heights;
    mutable size_t m_next = 0;
};

}  // namespace crossma
