#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {

/** The application icon with a small state badge, so the state shows without reading the tooltip. */
QIcon stateIcon(TrayIcon::State state)
{
    QIcon base = QApplication::windowIcon();
    if (base.isNull())
        base = QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
    if (state == TrayIcon::State::Idle)
        return base;
    const QIcon badge = QApplication::style()->standardIcon(
        state == TrayIcon::State::Syncing ? QStyle::SP_BrowserReload : QStyle::SP_MessageBoxCritical);
    QIcon icon;
    for (int size : {16, 22, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        QPainter painter(&pixmap);
        const int b = size / 2 + 2;
        painter.drawPixmap(size - b, size - b, badge.pixmap(b, b));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

TrayIcon::TrayIcon(QObject *parent) : QObject(parent), m_tray(new QSystemTrayIcon(this)), m_menu(new QMenu)
{
    m_syncNow = m_menu->addAction(tr("Sync now"), this, &TrayIcon::syncNowRequested);
    m_syncNow->setObjectName(u"traySyncNowAction"_s);
    m_menu->addAction(tr("Open Ponte"), this, &TrayIcon::openRequested)->setObjectName(u"trayOpenAction"_s);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested)->setObjectName(u"trayQuitAction"_s);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit openRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::openRequested);
    update();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a context menu is not owned by the tray icon
}

QString TrayIcon::toolTipFor(State state, const QString &lastResult, const QString &nextRun)
{
    QString text = state == State::Syncing  ? tr("Ponte — synchronising…")
                   : state == State::Failed ? tr("Ponte — the last sync failed")
                                            : tr("Ponte — idle");
    if (!lastResult.isEmpty())
        text += u'\n' + tr("Last sync: %1").arg(lastResult);
    if (!nextRun.isEmpty())
        text += u'\n' + tr("Next: %1").arg(nextRun);
    return text;
}

void TrayIcon::show()
{
    m_tray->show();
}

void TrayIcon::hide()
{
    m_tray->hide();
}

bool TrayIcon::isVisible() const
{
    return m_tray->isVisible();
}

void TrayIcon::setState(State state)
{
    m_state = state;
    m_syncNow->setEnabled(state != State::Syncing);
    update();
}

void TrayIcon::setLastResult(const QString &text)
{
    m_lastResult = text;
    update();
}

void TrayIcon::setNextRun(const QString &text)
{
    m_nextRun = text;
    update();
}

QString TrayIcon::toolTip() const
{
    return m_tray->toolTip();
}

QIcon TrayIcon::icon() const
{
    return m_tray->icon();
}

void TrayIcon::notify(const QString &title, const QString &text, bool failure)
{
    m_tray->showMessage(title, text, failure ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 10'000);
    emit notified(title, text, failure);
}

void TrayIcon::update()
{
    m_tray->setIcon(stateIcon(m_state));
    m_tray->setToolTip(toolTipFor(m_state, m_lastResult, m_nextRun));
}

} // namespace Ponte
