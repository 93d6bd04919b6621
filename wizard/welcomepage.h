#pragma once

#include <QHash>
#include <QWizardPage>

class QCheckBox;
class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace crossma {

class Connector;
class MallPageController;

// Step 1 "はじめに": what the wizard does, what the seller needs at hand for each
// mall, whether each mall is linked already, and which malls to set up now.
// Malls left unticked are skipped (SetupWizard::nextId).
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    // Makes the page's contents, once. Apart from the constructor so that the
    // page is in its place in the wizard first: moving a filled page lays all
    // its text out again.
    void fill(const QList<MallPageController *> &controllers);

    bool isChosen(const QString &mallId) const;
    void setChosen(const QString &mallId, bool chosen);

signals:
    void choiceChanged();

private:
    void buildIntro(QVBoxLayout *page);
    // One mall: its check box, whether it is linked, what the seller needs for it.
    void addMallRow(MallPageController *controller, QGridLayout *grid, int row);
    static QString needsText(const Connector &connector);
    void updateStatus(MallPageController *controller);

    QHash<QString, QCheckBox *> m_choices;
    QHash<QString, QLabel *> m_status;
};

}  // namespace crossma
