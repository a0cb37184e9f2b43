#include "recentrequestlog.h"

#include <QMutexLocker>

namespace Ponte {

qint64 RecentRequestLog::lastSent(const QByteArray &digest) const
{
    const QMutexLocker lock(&m_mutex);
    return m_lastSent.value(digest, -1);
}

bool RecentRequestLog::claim(const QByteArray &digest, qint64 nowMs, qint64 sentAfterMs, qint64 *previousMs)
{
    const QMutexLocker lock(&m_mutex);
    auto it = m_lastSent.find(digest);
    if (it != m_lastSent.end() && *it > sentAfterMs)
        return false;
    if (previousMs)
        *previousMs = it != m_lastSent.end() ? *it : -1;
    m_lastSent.insert(digest, nowMs);
    return true;
}

void RecentRequestLog::unclaim(const QByteArray &digest, qint64 claimedAtMs, qint64 previousMs)
{
    const QMutexLocker lock(&m_mutex);
    auto it = m_lastSent.find(digest);
    if (it == m_lastSent.end() || *it != claimedAtMs)
        return;
    if (previousMs >= 0)
        *it = previousMs;
    else
        m_lastSent.erase(it);
}

void RecentRequestLog::merge(const QHash<QByteArray, qint64> &entries)
{
    const QMutexLocker lock(&m_mutex);
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (*it > m_lastSent.value(it.key(), -1))
            m_lastSent.insert(it.key(), *it);
    }
}

QHash<QByteArray, qint64> RecentRequestLog::sentAfter(qint64 sentAfterMs) const
{
    const QMutexLocker lock(&m_mutex);
    QHash<QByteArray, qint64> out;
    for (auto it = m_lastSent.cbegin(); it != m_lastSent.cend(); ++it) {
        if (*it > sentAfterMs)
            out.insert(it.key(), *it);
    }
    return out;
}

void RecentRequestLog::prune(qint64 sentAfterMs, qsizetype maxSize)
{
    const QMutexLocker lock(&m_mutex);
    if (m_lastSent.size() <= maxSize)
        return;
    for (auto it = m_lastSent.begin(); it != m_lastSent.end();) {
        if (*it <= sentAfterMs)
            it = m_lastSent.erase(it);
        else
            ++it;
    }
}

} // namespace Ponte
