#include "tlssupport.h"

#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace Ponte {

TlsSupport::State TlsSupport::current()
{
    State state;
    state.backends = QSslSocket::availableBackends();
    state.supportsSsl = QSslSocket::supportsSsl();
    return state;
}

QString TlsSupport::problem(const State &state)
{
    if (state.supportsSsl)
        return {};
    // "cert-only" reads certificates but opens no connection, so on its own it is as good as nothing.
    QStringList usable = state.backends;
    usable.removeAll(u"cert-only"_s);
    if (usable.isEmpty())
        return tr("No TLS backend is available, so the secure (https) connections to Omie and Ploomes cannot be "
                  "made. The installation is incomplete: reinstall Ponte (the TLS plugins in plugins/tls are "
                  "missing).");
    return tr("TLS is not available: the installed backend (%1) cannot open secure connections. On Linux, "
              "install the OpenSSL 3 library (libssl3); on other systems, reinstall Ponte.")
        .arg(usable.join(u", "_s));
}

QString TlsSupport::problemFor(const QList<QUrl> &urls, const State &state)
{
    for (const QUrl &url : urls) {
        if (url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0)
            return problem(state);
    }
    return {};
}

} // namespace Ponte
