#pragma once

#include "store/runrepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace Ponte {

/**
 * The sync history as CSV for Excel in Brazilian Portuguese (CsvWriter): the same columns from the
 * desktop's "Export runs…" and from `ponte-cli history --csv`, in the user's language.
 */
class HistoryCsv
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::HistoryCsv)

public:
    /** One line per run: when, trigger, preview or not, status, writes, failures, requests, error. */
    static QByteArray runs(const QList<RunRecord> &runs);
    /** One line per record of a run: outcome, kind, direction, record, ids, when, reason. */
    static QByteArray items(const QList<RunItem> &items);
    /** What started a run (manual, schedule, webhook, poll, cli) in the user's language. */
    static QString triggerText(RunTrigger trigger);
};

} // namespace Ponte
