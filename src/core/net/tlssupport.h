#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Ponte {

/** What the Qt in this process can do for https: an installer that lost its TLS plugins cannot sync. */
class TlsSupport
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::TlsSupport)

public:
    struct State
    {
        bool supportsSsl = false; ///< QSslSocket::supportsSsl(): the active backend can open TLS sockets
        QStringList backends;     ///< QSslSocket::availableBackends(), e.g. "openssl", "schannel", "cert-only"
    };

    /** The state of this process (loads the TLS plugins on first use). */
    static State current();

    /**
     * Why https connections are impossible in @p state, as a message for the user; empty when they work.
     * Pure, so that every installation fault is covered by a table test.
     */
    static QString problem(const State &state);

    /** problem(@p state) when any of @p urls needs TLS; empty for plain-http ones (the local simulators). */
    static QString problemFor(const QList<QUrl> &urls, const State &state);
};

} // namespace Ponte
