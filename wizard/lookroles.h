#pragma once

#include <QMargins>
#include <QRgb>
#include <QStringView>

namespace crossma::look {

// What a widget's "role" property asks of its look: the one look of the
// wizard and the overview. Colours carry meaning only together with words
// (接続できました, 注意…), and the filled boxes set their own text colour so
// that a dark theme stays readable. One red, one amber, one green.
struct Appearance {
    QRgb text = 0;  // 0: the palette's own
    bool bold = false;
    bool underline = false;
    QRgb background = 0;  // 0: none; with one, the text inside is `text`
    QRgb border = 0;      // 0: none (a 1 px line)
    int radius = 0;
    QMargins padding;  // inside the border
};

// The one red: problems, field errors, and the frame of an invalid editor.
inline constexpr QRgb kProblemRed = 0xffb3261e;

// The appearance of `role`, or nullptr when it has none ("", "stepTitle").
const Appearance *appearanceOf(QStringView role);

// The role of the text-like push button drawn as an underlined link.
inline constexpr QStringView kLinkRole = u"link";

}  // namespace crossma::look
