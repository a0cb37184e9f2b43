#include "progressview.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
enum Column { KindColumn, PhaseColumn, ReadColumn, ToWriteColumn, WrittenColumn, FailedColumn, ColumnCount };
}

ProgressView::ProgressView(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"progressView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_phase = new QLabel(this);
    m_phase->setObjectName(u"progressPhaseLabel"_s);
    m_phase->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(u"overallProgressBar"_s);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false); // a percentage would claim more precision than a sync has
    m_bar->hide(); // the window shows the value on its own bar (permille())
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"progressTableWidget"_s);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::Stretch);
    layout->addWidget(m_phase);
    layout->addWidget(m_bar);
    layout->addWidget(m_table);
    hide();
}

void ProgressView::start(const QList<Entity> &planned, bool dryRun)
{
    m_planned = planned;
    m_dryRun = dryRun;
    m_finished = false;
    m_rows.clear();
    m_eta.clear();
    m_table->setRowCount(0);
    m_table->setHorizontalHeaderLabels({tr("Records"), tr("Phase"), tr("Read"), tr("To do"),
                                        dryRun ? tr("Would write") : tr("Written"),
                                        dryRun ? tr("Would refuse") : tr("Failed")});
    m_phase->setText(dryRun ? tr("Preview: reading both sides; nothing will be written.") : tr("Starting…"));
    m_bar->setValue(0);
    show();
}

void ProgressView::update(const SyncProgress &p, qint64 etaMs)
{
    if (isHidden() || m_finished) // a run started elsewhere (schedule, webhook)
        start(allEntities(), p.dryRun);
    const QPair<int, int> key{int(p.entity), int(p.direction)};
    const bool isNew = !m_rows.contains(key);
    m_rows.insert(key, p);
    m_eta.insert(key, etaMs);
    int row = 0;
    if (isNew) {
        row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, KindColumn,
                         new QTableWidgetItem(entityDisplayName(p.entity) + u", "_s + directionDisplayName(p.direction)));
        m_table->item(row, KindColumn)->setData(Qt::UserRole, QVariant::fromValue(key.first * 10 + key.second));
    } else {
        for (; row < m_table->rowCount(); ++row) {
            if (m_table->item(row, KindColumn)->data(Qt::UserRole).toInt() == key.first * 10 + key.second)
                break;
        }
    }
    const QStringList cells{progressPhaseDisplayName(p.phase),
                            p.phase == SyncProgress::Phase::Reading ? QString() : QString::number(p.read),
                            p.phase == SyncProgress::Phase::Reading ? QString() : QString::number(p.remaining()),
                            QString::number(p.written), QString::number(p.failed)};
    for (int c = 0; c < cells.size(); ++c)
        m_table->setItem(row, PhaseColumn + c, new QTableWidgetItem(cells.at(c)));
    QString text = tr("%1, %2: %3").arg(entityDisplayName(p.entity), directionDisplayName(p.direction),
                                          progressPhaseDisplayName(p.phase));
    if (etaMs > 0)
        text += u" — "_s + tr("at least %n second(s) left at the services' limits", nullptr, int((etaMs + 999) / 1000));
    m_phase->setText(text);
    refreshOverall();
}

void ProgressView::finish()
{
    m_finished = true;
    m_phase->setText(m_dryRun ? tr("Preview finished: nothing was written.") : tr("Finished."));
    refreshOverall();
}

int ProgressView::permille() const
{
    return m_bar->value();
}

void ProgressView::refreshOverall()
{
    if (m_finished || m_planned.isEmpty()) {
        m_bar->setValue(m_finished ? 1000 : 0);
        return;
    }
    // Each planned entity is an equal share; the current one counts by its records. Only the end of the run
    // reaches 100 %.
    double done = 0;
    for (Entity e : std::as_const(m_planned)) {
        double share = 0;
        int parts = 0;
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            if (it.key().first != int(e))
                continue;
            ++parts;
            const SyncProgress &p = *it;
            share += p.phase == SyncProgress::Phase::Done ? 1.0
                     : p.read > 0                          ? 0.9 * double(p.processed) / double(p.read)
                                                           : 0.0;
        }
        done += parts > 0 ? share / parts : 0.0;
    }
    m_bar->setValue(std::min(999, int(done / double(m_planned.size()) * 1000.0)));
}

} // namespace Ponte
