#pragma once

#include <QIcon>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Ponte {

/**
 * Ponte in the notification area while it runs syncs in the background: its state (idle, syncing,
 * last run failed) in the icon and the tooltip, with the last result and the next run; a menu with
 * "Sincronizar agora", "Abrir o Ponte" and "Sair"; and notifications for unattended runs.
 */
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Syncing, Failed };

    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    /** The tooltip for a state, the last result and the next run (either may be empty). */
    static QString toolTipFor(State state, const QString &lastResult, const QString &nextRun);

    void show();
    void hide();
    bool isVisible() const;
    State state() const { return m_state; }
    void setState(State state);
    void setLastResult(const QString &text);
    void setNextRun(const QString &text);
    QString toolTip() const;
    QIcon icon() const;
    QMenu *menu() const { return m_menu; }
    QAction *syncNowAction() const { return m_syncNow; }
    /** A balloon or desktop notification; @p failure shows the warning icon. */
    void notify(const QString &title, const QString &text, bool failure);

signals:
    void syncNowRequested();
    void openRequested();
    void quitRequested();
    /** Every notification shown (tests and the log read it; the desktop may not display it). */
    void notified(const QString &title, const QString &text, bool failure);

private:
    void update();

    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_syncNow;
    State m_state = State::Idle;
    QString m_lastResult;
    QString m_nextRun;
};

} // namespace Ponte
