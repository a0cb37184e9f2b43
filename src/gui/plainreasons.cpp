#include "plainreasons.h"

#include "store/quarantinerepository.h"

using namespace Qt::StringLiterals;

namespace Ponte {

QString QuarantineReasons::plain(const QuarantineEntry &e)
{
    const QString &c = e.errorClass;
    if (c == u"transient"_s || c == u"rate-limited"_s || c == u"blocked"_s)
        return tr("The service did not answer properly for a moment. Nothing needs to be done: Ponte tries again "
                  "by itself.");
    if (c == u"protocol"_s)
        return tr("The service gave an answer Ponte could not understand. Ponte tries again by itself; if it keeps "
                  "happening, send the log to whoever supports Ponte.");
    if (c == u"authentication"_s)
        return tr("The keys were refused. Check them in Credentials…, then try again.");
    // Refusals: the detail (Ponte's or the service's own words) says what to correct.
    QString lead;
    if (c == u"preflight"_s)
        lead = tr("Ponte did not send this record: its own check before sending found a problem. Correct what the "
                  "detail says (in the record, or in Schedule and options for the order defaults), then try again.");
    else if (c == u"dependency"_s)
        lead = tr("Ponte did not send this record yet: a client or product it uses is not linked on the other side. "
                  "Nothing needs to be done: it goes through by itself once a sync links that client or product.");
    else if (c == u"not-found"_s)
        lead = tr("A record this one depends on was not found on the other side.");
    else if (c == u"already-exists"_s)
        lead = tr("The other side already has a record with the same key (CNPJ/CPF, code or e-mail).");
    else
        lead = tr("The service refused the record. Correct it and try again.");
    return e.reason.isEmpty() ? lead : lead + u' ' + tr("Detail: %1").arg(e.reason);
}

QString HelpTexts::ploomesUserKeyWhere()
{
    return tr("In Ploomes, sign in as an administrator and open Administração → Integrações → \"Usuários de "
              "integração\". Choose Novo usuário, give it the Administrador profile and save; then copy its \"Chave "
              "da API\" (a long code of letters and numbers): that is the User-Key.");
}

} // namespace Ponte
