#pragma once

#include "sync/syncoptions.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace Ponte {

/**
 * A running sync, honestly: one line per entity and direction (read, to write, written, failed, phase),
 * the overall phase, an estimate from the rate limits, and a bar that never shows 100 % while an
 * entity is still due. In a preview it says "would write" and "would refuse", never "written".
 */
class ProgressView : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressView(QWidget *parent = nullptr);

    /** A run starts: @p planned entities (in order), preview or not. */
    void start(const QList<Entity> &planned, bool dryRun);
    void update(const SyncProgress &progress, qint64 etaMs);
    /** The run ended (the bar may now show 100 %). */
    void finish();
    /** The overall bar's value in thousandths, for tests. */
    int permille() const;

private:
    void refreshOverall();

    QLabel *m_phase;
    QProgressBar *m_bar;
    QTableWidget *m_table;
    QList<Entity> m_planned;
    QHash<QPair<int, int>, SyncProgress> m_rows;
    QHash<QPair<int, int>, qint64> m_eta;
    bool m_dryRun = false;
    bool m_finished = false;
};

} // namespace Ponte
