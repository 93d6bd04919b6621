#include "languages.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    crossma::installTranslations(app, QLocale::system());
    return 0;
}
