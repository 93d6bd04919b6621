#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QMessageBox;
class QWidget;

namespace crossma {

class MallPageController;

// Before the seller leaves values a mall has just accepted but that are not
// saved (a page change, closing the wizard), asks 「…まだ保存していません。
// 保存しますか？」 with 【保存する】 (the default), 【保存しない】 and 【戻る】.
// 保存する runs the pages' normal save (the keychain answers asynchronously)
// and goes on once everything is saved; a failed save stays, on its page.
// The question is window-modal and never blocks the event loop.
class UnsavedQuestion : public QObject
{
    Q_OBJECT
public:
    explicit UnsavedQuestion(QWidget *window);

    // False when none of `controllers` holds a passed, unsaved test: then the
    // caller goes on at once. Otherwise asks, and later runs `proceed` unless
    // the seller chose 戻る or a save failed.
    bool ask(const QList<MallPageController *> &controllers, std::function<void()> proceed);
    bool isBusy() const { return bool(m_proceed); }

signals:
    // A save the seller asked for failed: the window shows that mall.
    void saveFailed(crossma::MallPageController *controller);

private:
    void onAnswer(int role);
    void saveNext();
    void onSaveStateChanged();
    void finish(bool proceed);

    QWidget *m_window;
    QPointer<QMessageBox> m_box;
    QList<QPointer<MallPageController>> m_unsaved;
    QPointer<MallPageController> m_saving;
    std::function<void()> m_proceed;
};

}  // namespace crossma
