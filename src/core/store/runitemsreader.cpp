#include "store/runitemsreader.h"

#include "store/database.h"

namespace Ponte {

namespace {
/** More than any run holds: the history lists every record of a run. */
constexpr int kMaxItems = 1'000'000;
} // namespace

RunItemsReader::RunItemsReader(QString databasePath, QObject *parent) : QObject(parent), m_path(std::move(databasePath))
{}

RunItemsReader::~RunItemsReader() = default;

void RunItemsReader::read(quint64 ticket, qint64 runId)
{
    if (!m_database) {
        auto database = std::make_unique<Database>();
        if (const Status opened = database->open(m_path); !opened) {
            emit itemsRead(ticket, runId, {}, opened.message());
            return;
        }
        m_database = std::move(database);
    }
    const Expected<QList<RunItem>> items = RunRepository(*m_database).items(runId, 0, kMaxItems);
    emit itemsRead(ticket, runId, items ? items.value() : QList<RunItem>(), items ? QString() : items.message());
}

} // namespace Ponte
