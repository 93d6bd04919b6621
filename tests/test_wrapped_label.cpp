// WrappedLabel remembers its heights per width (the wizard's start-up asked
// each label the same widths dozens of times). A remembered height must never
// outlive what it was measured for: text, font, margins, format.
#include <catch2/catch.hpp>

#include "wrappedlabel.h"

#include <QLabel>

using namespace crossma;

namespace {

const int kWidths[] = {0, 37, 102, 320, 334, 479, 102, 320, 900};

// The same label as plain QLabel would measure it.
void checkSameAsQLabel(const WrappedLabel &label)
{
    QLabel plain(label.text());
    plain.setWordWrap(label.wordWrap());
    plain.setTextFormat(label.textFormat());
    plain.setFont(label.font());
    plain.setMargin(label.margin());
    plain.setIndent(label.indent());
    plain.setContentsMargins(label.contentsMargins());
    for (int width : kWidths) {
        INFO("width " << width << ", text " << label.text().left(20).toStdString());
        CHECK(label.heightForWidth(width) == plain.heightForWidth(width));
    }
}

}  // namespace

TEST_CASE("A wrapped label's remembered heights follow its text, font and margins", "[wizard]")
{
    WrappedLabel label(QStringLiteral("このウィザードは、各モールのお店をクロスマにつなぎます。"
                                      "モールごとに ① 管理画面を準備し、② 表示された値を入力し、"
                                      "③ 接続テストを行います。"));
    CHECK(label.wordWrap());
    checkSameAsQLabel(label);
    const int narrow = label.heightForWidth(102);

    label.setText(QStringLiteral("短い文"));
    checkSameAsQLabel(label);
    CHECK(label.heightForWidth(102) < narrow);  // not the old text's height

    QFont big = label.font();
    big.setPointSize(big.pointSize() * 3);
    label.setFont(big);
    checkSameAsQLabel(label);

    label.setContentsMargins(10, 30, 10, 30);
    checkSameAsQLabel(label);
    label.setMargin(12);
    label.setIndent(40);
    checkSameAsQLabel(label);

    label.setTextFormat(Qt::RichText);
    label.setText(QStringLiteral("<b>太字</b>と<br><br><br>改行"));
    checkSameAsQLabel(label);
    label.setWordWrap(false);
    checkSameAsQLabel(label);
}
