#pragma once

class QLabel;
class QWidget;

namespace crossma {

// The notice a window shows while screen-share mode is on (objectName
// "screenShareBanner", role "modeBanner"), so that whoever watches the
// shared screen, and the seller, can see that secrets stay hidden.
QLabel *createScreenShareBanner(QWidget *parent);

}  // namespace crossma
