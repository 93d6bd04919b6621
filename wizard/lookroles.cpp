#include "lookroles.h"

#include <iterator>

namespace crossma::look {

namespace {

constexpr QRgb rgb(QRgb value)
{
    return 0xff000000u | value;  // opaque: 0 stays "none"
}

constexpr QRgb kRed = kProblemRed;
constexpr QRgb kGreen = rgb(0x1b6e20);
constexpr QRgb kAmber = rgb(0xa15c00);
constexpr QRgb kBoxText = rgb(0x202124);

struct Entry {
    QStringView role;
    Appearance appearance;
};

// clang-format off
const Entry kAppearances[] = {
    //                    text            bold   under  background     border         radius padding
    // Words on the page.
    {u"blockHeading",   {0,              true,  false, 0,             0,             0, {}}},
    {u"help",           {rgb(0x5f6368),  false, false, 0,             0,             0, {}}},
    {u"fieldError",     {kRed,           false, false, 0,             0,             0, {}}},
    {u"menuPath",       {rgb(0x1f4e8c),  false, false, 0,             0,             0, {}}},
    {u"success",        {kGreen,         true,  false, 0,             0,             0, {}}},
    {u"problem",        {kRed,           true,  false, 0,             0,             0, {}}},
    {u"warning",        {kAmber,         true,  false, 0,             0,             0, {}}},
    {u"progressOk",     {kGreen,         false, false, 0,             0,             0, {}}},
    {u"progressFailed", {kRed,           false, false, 0,             0,             0, {}}},
    {kLinkRole,         {rgb(0x1a5fb4),  false, true,  0,             0,             0, {}}},
    // Labels in a box of their own.
    {u"badge",          {rgb(0x5c4300),  false, false, rgb(0xfff3cd), rgb(0xe0c36c), 3, {4, 2, 4, 2}}},
    {u"modeBanner",     {rgb(0x5c4300),  true,  false, rgb(0xfff3cd), rgb(0xe0c36c), 3, {8, 3, 8, 3}}},
    {u"alertBanner",    {rgb(0x5c1a14),  true,  false, rgb(0xfce8e6), rgb(0xf1b3ad), 3, {8, 3, 8, 3}}},
    {u"notice",         {rgb(0x5d4037),  true,  false, rgb(0xfff8e1), 0,             0, {}}},
    // Boxes around other widgets: every label in them takes the box's text colour.
    {u"infoNote",       {kBoxText,       false, false, rgb(0xe8f0fe), rgb(0xb6ccf2), 4, {}}},
    {u"warningNote",    {kBoxText,       false, false, rgb(0xfff4e5), rgb(0xf0c27a), 4, {}}},
    {u"resultOk",       {kBoxText,       false, false, rgb(0xe6f4ea), rgb(0xa8d5b5), 4, {}}},
    {u"resultFailed",   {kBoxText,       false, false, rgb(0xfce8e6), rgb(0xf1b3ad), 4, {}}},
    {u"resultNeutral",  {kBoxText,       false, false, rgb(0xf1f3f4), rgb(0xdadce0), 4, {}}},
};
// clang-format on

}  // namespace

const Appearance *appearanceOf(QStringView role)
{
    if (role.isEmpty())
        return nullptr;
    for (const Entry &entry : kAppearances) {
        if (entry.role == role)
            return &entry.appearance;
    }
    return nullptr;
}

}  // namespace crossma::look
