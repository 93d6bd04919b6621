#include "unsavedquestion.h"

#include "mallpagecontroller.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace crossma {

UnsavedQuestion::UnsavedQuestion(QWidget *window) : QObject(window), m_window(window)
{
}

bool UnsavedQuestion::ask(const QList<MallPageController *> &controllers,
                          std::function<void()> proceed)
{
    if (isBusy())
        return true;  // one question (or one save) at a time; this move waits for it
    m_unsaved.clear();
    for (MallPageController *controller : controllers) {
        if (controller && controller->canSave())
            m_unsaved.append(controller);
    }
    if (m_unsaved.isEmpty())
        return false;
    m_proceed = std::move(proceed);

    m_box = new QMessageBox(QMessageBox::Question, m_window->windowTitle(),
                            tr("The values that passed the connection test are not saved yet. "
                               "Save them?"),
                            QMessageBox::NoButton, m_window);
    m_box->setObjectName(QStringLiteral("unsavedQuestion"));
    QPushButton *save = m_box->addButton(tr("Save"), QMessageBox::AcceptRole);
    save->setObjectName(QStringLiteral("unsavedSave"));
    m_box->addButton(tr("Don't save"), QMessageBox::DestructiveRole)
        ->setObjectName(QStringLiteral("unsavedDiscard"));
    QPushButton *back = m_box->addButton(tr("Go back"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("unsavedBack"));
    // Enter keeps the seller's work; Esc (and the title bar's ×) changes nothing.
    m_box->setDefaultButton(save);
    m_box->setEscapeButton(back);
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_box, &QMessageBox::buttonClicked, this, [this](QAbstractButton *button) {
        onAnswer(m_box ? int(m_box->buttonRole(button)) : int(QMessageBox::RejectRole));
    });
    m_box->open();
    return true;
}

void UnsavedQuestion::onAnswer(int role)
{
    // Once the box has closed: while it is open, it blocks the window, which
    // could then neither close nor take the focus.
    QTimer::singleShot(0, this, [this, role] {
        if (role == QMessageBox::AcceptRole)
            saveNext();
        else
            finish(role == QMessageBox::DestructiveRole);
    });
}

void UnsavedQuestion::saveNext()
{
    while (!m_unsaved.isEmpty() && !(m_unsaved.first() && m_unsaved.first()->canSave()))
        m_unsaved.removeFirst();
    if (m_unsaved.isEmpty())
        return finish(true);
    m_saving = m_unsaved.takeFirst();
    connect(m_saving, &MallPageController::stateChanged, this, &UnsavedQuestion::onSaveStateChanged);
    if (!m_saving->save()) {
        disconnect(m_saving, nullptr, this, nullptr);
        emit saveFailed(m_saving);
        finish(false);
    }
}

void UnsavedQuestion::onSaveStateChanged()
{
    // The save has ended once the page leaves 保存中…; a failure keeps the
    // test's pass (Verified) and says why on the page.
    if (!m_saving || m_saving->state() == MallPageController::State::Saving)
        return;
    MallPageController *saved = m_saving;
    disconnect(saved, nullptr, this, nullptr);
    m_saving = nullptr;
    if (saved->saveFailed()) {
        emit saveFailed(saved);
        return finish(false);
    }
    saveNext();
}

void UnsavedQuestion::finish(bool proceed)
{
    auto next = std::move(m_proceed);
    m_proceed = nullptr;
    m_unsaved.clear();
    if (proceed && next)
        next();
}

}  // namespace crossma
