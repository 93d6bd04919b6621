#pragma once

#include <QProxyStyle>

namespace crossma::look {

struct Appearance;

// The one look of the wizard and the overview, drawn by the platform's own
// style with what each widget's "role" asks for (lookroles.h): colours, bold,
// the filled boxes, the underlined link buttons and the red frame of an
// editor whose "invalid" property is true. A style sheet did this before:
// Qt's style-sheet style cost 1.7 MiB and 5 ms at every start (the bench in
// tests/bench), and a page restyled on each role change.
//
// What a role sets of a widget's font, palette and contents margins is set
// over the widget's own, and unpolish() gives the widget back its own (or
// its parent's, where it had none).
class LookStyle : public QProxyStyle
{
    Q_OBJECT

public:
    explicit LookStyle(QStyle *base = nullptr);

    using QProxyStyle::polish;
    using QProxyStyle::unpolish;
    void polish(QWidget *widget) override;
    void unpolish(QWidget *widget) override;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &contentsSize,
                           const QWidget *widget = nullptr) const override;

private:
    static void apply(QWidget *widget, const Appearance &appearance);
    static void giveBack(QWidget *widget);
    static void restyleLabelsIn(QWidget *box);
    void drawLink(const QStyleOption *option, QPainter *painter, const QWidget *widget) const;
};

}  // namespace crossma::look
