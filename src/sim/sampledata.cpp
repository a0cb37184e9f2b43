#include "sampledata.h"

#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Ponte::Sim {

const QList<State> &brazilianStates()
{
    static const QList<State> states = {
        {1, u"AC"_s, u"Acre"_s},           {2, u"AL"_s, u"Alagoas"_s},          {3, u"AP"_s, u"Amapá"_s},
        {4, u"AM"_s, u"Amazonas"_s},       {5, u"BA"_s, u"Bahia"_s},            {6, u"CE"_s, u"Ceará"_s},
        {7, u"DF"_s, u"Distrito Federal"_s}, {8, u"ES"_s, u"Espírito Santo"_s}, {9, u"GO"_s, u"Goiás"_s},
        {10, u"MA"_s, u"Maranhão"_s},      {11, u"MT"_s, u"Mato Grosso"_s},     {12, u"MS"_s, u"Mato Grosso do Sul"_s},
        {13, u"MG"_s, u"Minas Gerais"_s},  {14, u"PA"_s, u"Pará"_s},            {15, u"PB"_s, u"Paraíba"_s},
        {16, u"PR"_s, u"Paraná"_s},        {17, u"PE"_s, u"Pernambuco"_s},      {18, u"PI"_s, u"Piauí"_s},
        {19, u"RJ"_s, u"Rio de Janeiro"_s}, {20, u"RN"_s, u"Rio Grande do Norte"_s},
        {21, u"RS"_s, u"Rio Grande do Sul"_s}, {22, u"RO"_s, u"Rondônia"_s},    {23, u"RR"_s, u"Roraima"_s},
        {24, u"SC"_s, u"Santa Catarina"_s}, {25, u"SP"_s, u"São Paulo"_s},     {26, u"SE"_s, u"Sergipe"_s},
        {27, u"TO"_s, u"Tocantins"_s},
    };
    return states;
}

const QList<City> &brazilianCities()
{
    static const QList<City> cities = {
        {3550308, u"São Paulo"_s, u"SP"_s},      {3509502, u"Campinas"_s, u"SP"_s},
        {3548500, u"Santos"_s, u"SP"_s},         {3543402, u"Ribeirão Preto"_s, u"SP"_s},
        {3552205, u"Sorocaba"_s, u"SP"_s},       {3549904, u"São José dos Campos"_s, u"SP"_s},
        {3304557, u"Rio de Janeiro"_s, u"RJ"_s}, {3303302, u"Niterói"_s, u"RJ"_s},
        {3106200, u"Belo Horizonte"_s, u"MG"_s}, {3170206, u"Uberlândia"_s, u"MG"_s},
        {3136702, u"Juiz de Fora"_s, u"MG"_s},   {4106902, u"Curitiba"_s, u"PR"_s},
        {4113700, u"Londrina"_s, u"PR"_s},       {4115200, u"Maringá"_s, u"PR"_s},
        {4205407, u"Florianópolis"_s, u"SC"_s},  {4209102, u"Joinville"_s, u"SC"_s},
        {4202404, u"Blumenau"_s, u"SC"_s},       {4314902, u"Porto Alegre"_s, u"RS"_s},
        {4305108, u"Caxias do Sul"_s, u"RS"_s},  {5300108, u"Brasília"_s, u"DF"_s},
        {5208707, u"Goiânia"_s, u"GO"_s},        {2927408, u"Salvador"_s, u"BA"_s},
        {2611606, u"Recife"_s, u"PE"_s},         {2304400, u"Fortaleza"_s, u"CE"_s},
        {1302603, u"Manaus"_s, u"AM"_s},         {1501402, u"Belém"_s, u"PA"_s},
        {3205309, u"Vitória"_s, u"ES"_s},        {5002704, u"Campo Grande"_s, u"MS"_s},
        {5103403, u"Cuiabá"_s, u"MT"_s},         {2408102, u"Natal"_s, u"RN"_s},
        {2507507, u"João Pessoa"_s, u"PB"_s},    {2704302, u"Maceió"_s, u"AL"_s},
        {2800308, u"Aracaju"_s, u"SE"_s},        {2111300, u"São Luís"_s, u"MA"_s},
        {2211001, u"Teresina"_s, u"PI"_s},       {1100205, u"Porto Velho"_s, u"RO"_s},
    };
    return cities;
}

QString digitsOnly(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

namespace {
int checkDigit(const QString &digits, const QList<int> &weights)
{
    int sum = 0;
    for (int i = 0; i < weights.size(); ++i)
        sum += digits.at(i).digitValue() * weights.at(i);
    const int rest = sum % 11;
    return rest < 2 ? 0 : 11 - rest;
}

const QList<int> kCnpj1 = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
const QList<int> kCnpj2 = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
const QList<int> kCpf1 = {10, 9, 8, 7, 6, 5, 4, 3, 2};
const QList<int> kCpf2 = {11, 10, 9, 8, 7, 6, 5, 4, 3, 2};

bool allSame(const QString &d)
{
    return !d.isEmpty() && d.count(d.at(0)) == d.size();
}
} // namespace

QString cnpjFromBase(const QString &twelve)
{
    QString d = twelve;
    d.append(QString::number(checkDigit(d, kCnpj1)));
    d.append(QString::number(checkDigit(d, kCnpj2)));
    return d;
}

QString cpfFromBase(const QString &nine)
{
    QString d = nine;
    d.append(QString::number(checkDigit(d, kCpf1)));
    d.append(QString::number(checkDigit(d, kCpf2)));
    return d;
}

bool isValidCnpj(const QString &text)
{
    const QString d = digitsOnly(text);
    return d.size() == 14 && !allSame(d) && cnpjFromBase(d.left(12)) == d;
}

bool isValidCpf(const QString &text)
{
    const QString d = digitsOnly(text);
    return d.size() == 11 && !allSame(d) && cpfFromBase(d.left(9)) == d;
}

QString formatCnpj(const QString &digits)
{
    const QString d = digitsOnly(digits);
    if (d.size() != 14)
        return digits;
    return u"%1.%2.%3/%4-%5"_s.arg(d.mid(0, 2), d.mid(2, 3), d.mid(5, 3), d.mid(8, 4), d.mid(12, 2));
}

QString formatCpf(const QString &digits)
{
    const QString d = digitsOnly(digits);
    if (d.size() != 11)
        return digits;
    return u"%1.%2.%3-%4"_s.arg(d.mid(0, 3), d.mid(3, 3), d.mid(6, 3), d.mid(9, 2));
}

QString formatCep(const QString &digits)
{
    const QString d = digitsOnly(digits);
    if (d.size() != 8)
        return digits;
    return d.left(5) + u'-' + d.mid(5);
}

namespace {
const QStringList kFirstNames = {
    u"Ana"_s,     u"Bruno"_s,  u"Carla"_s,   u"Daniel"_s,  u"Eduarda"_s, u"Felipe"_s,   u"Gabriela"_s, u"Henrique"_s,
    u"Isabela"_s, u"João"_s,   u"Larissa"_s, u"Marcos"_s,  u"Natália"_s, u"Otávio"_s,   u"Patrícia"_s, u"Rafael"_s,
    u"Sofia"_s,   u"Thiago"_s, u"Vanessa"_s, u"Wagner"_s,  u"Beatriz"_s, u"Caio"_s,     u"Juliana"_s,  u"Lucas"_s,
};
const QStringList kSurnames = {
    u"Silva"_s,   u"Santos"_s,  u"Oliveira"_s, u"Souza"_s,    u"Rodrigues"_s, u"Ferreira"_s, u"Alves"_s,
    u"Pereira"_s, u"Lima"_s,    u"Gomes"_s,    u"Costa"_s,    u"Ribeiro"_s,   u"Martins"_s,  u"Carvalho"_s,
    u"Almeida"_s, u"Lopes"_s,   u"Soares"_s,   u"Fernandes"_s, u"Vieira"_s,   u"Barbosa"_s,  u"Rocha"_s,
};
const QStringList kBusinessWords = {
    u"Padaria"_s,    u"Metalúrgica"_s, u"Distribuidora"_s, u"Comercial"_s, u"Auto Peças"_s, u"Farmácia"_s,
    u"Construtora"_s, u"Tecnologia"_s, u"Transportes"_s,  u"Laticínios"_s, u"Confecções"_s, u"Gráfica"_s,
    u"Mercado"_s,    u"Engenharia"_s,  u"Logística"_s,    u"Ótica"_s,
};
const QStringList kBusinessNames = {
    u"Sol Nascente"_s, u"Bom Jesus"_s, u"Vale Verde"_s, u"Horizonte"_s, u"Aurora"_s,  u"Primavera"_s,
    u"Santa Clara"_s,  u"Ipê"_s,       u"Paraíso"_s,    u"Atlântico"_s, u"Serra Azul"_s, u"Boa Vista"_s,
    u"Estrela"_s,      u"Cruzeiro"_s,  u"Progresso"_s,  u"União"_s,
};
const QStringList kStreets = {
    u"Rua das Flores"_s, u"Avenida Brasil"_s, u"Rua XV de Novembro"_s, u"Avenida Paulista"_s,
    u"Rua Sete de Setembro"_s, u"Rua Tiradentes"_s, u"Avenida Getúlio Vargas"_s, u"Rua Dom Pedro II"_s,
    u"Rua Marechal Deodoro"_s, u"Avenida Santos Dumont"_s,
};
const QStringList kNeighborhoods = {u"Centro"_s,     u"Jardim América"_s, u"Vila Nova"_s, u"Boa Vista"_s,
                                    u"Santa Cecília"_s, u"Cambuí"_s,      u"Savassi"_s,   u"Batel"_s};
const QStringList kProducts = {
    u"Parafuso sextavado"_s, u"Porca autotravante"_s, u"Arruela lisa"_s, u"Mouse sem fio"_s,
    u"Teclado USB"_s,        u"Monitor 24 polegadas"_s, u"Cabo HDMI"_s,  u"Cadeira de escritório"_s,
    u"Papel A4 resma"_s,     u"Toner preto"_s,        u"Luva nitrílica"_s, u"Fita isolante"_s,
    u"Lâmpada LED"_s,        u"Tomada 20A"_s,         u"Disjuntor 32A"_s, u"Tinta acrílica"_s,
};
const QStringList kUnits = {u"UN"_s, u"PC"_s, u"CX"_s, u"KG"_s, u"M"_s};
const QStringList kServices = {
    u"Serviço de calibração"_s, u"Manutenção preventiva"_s, u"Instalação elétrica"_s, u"Consultoria fiscal"_s,
    u"Treinamento técnico"_s,   u"Suporte remoto"_s,         u"Visita técnica"_s,      u"Desenvolvimento de software"_s,
};
const QStringList kCnaes = {u"4751201"_s, u"4930202"_s, u"6201501"_s, u"1091101"_s, u"4120400"_s, u"4771701"_s};

QString asciiLower(QString s)
{
    s = s.normalized(QString::NormalizationForm_D);
    QString out;
    for (QChar c : s) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
    }
    return out;
}

class Random
{
public:
    explicit Random(quint32 seed)
        : m_engine(seed)
    {
    }
    int range(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_engine); }
    double real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_engine); }
    bool chance(double p) { return real(0, 1) < p; }
    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(range(0, int(list.size()) - 1));
    }
    QString digits(int n)
    {
        QString s;
        for (int i = 0; i < n; ++i)
            s.append(QChar(u'0' + range(0, 9)));
        return s;
    }

private:
    std::mt19937 m_engine;
};

/** (10^(digits-1) + index * prime) modulo 10^digits, zero-padded to @p digits. */
QString documentBase(int index, qint64 prime, int digits)
{
    qint64 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return u"%1"_s.arg((modulus / 10 + qint64(index) * prime) % modulus, digits, 10, QLatin1Char('0'));
}

SampleData::Client makeClient(Random &rnd, int index, int sellers, const QDate &today)
{
    SampleData::Client c;
    c.person = rnd.chance(0.25);
    if (c.person) {
        c.legalName = rnd.pick(kFirstNames) + u' ' + rnd.pick(kSurnames) + u' ' + rnd.pick(kSurnames);
        c.tradeName = c.legalName;
        // Index in the base keeps documents unique across the whole data set: 7919 and 104729 are primes, so
        // index * p is a bijection modulo 10^9 (10^8). 64-bit arithmetic because the contacts that exist only in
        // Ploomes start at index 100000, where a 32-bit product overflows.
        c.document = cpfFromBase(documentBase(index, 7919, 9));
        c.email = asciiLower(c.legalName.section(u' ', 0, 0)) + u'.' + asciiLower(c.legalName.section(u' ', -1))
                  + QString::number(index) + u"@email.com.br"_s;
    } else {
        const QString trade = rnd.pick(kBusinessWords) + u' ' + rnd.pick(kBusinessNames);
        c.tradeName = trade;
        c.legalName = trade + (rnd.chance(0.5) ? u" Ltda"_s : u" Comércio e Serviços Ltda"_s);
        c.document = cnpjFromBase(documentBase(index, 104729, 8) + u"0001"_s);
        c.email = u"contato"_s + QString::number(index) + u'@' + asciiLower(trade).left(18) + u".com.br"_s;
        // Omie's e-mail may hold several addresses (omie-api.md §3.1 🟡); Ploomes keeps one. Decided by the index,
        // not drawn, so the rest of the data stays as it was for every seed.
        if (index < 100000 && index % 7 == 3)
            c.email += u", financeiro"_s + QString::number(index) + u'@' + asciiLower(trade).left(18) + u".com.br"_s;
        c.website = u"https://www."_s + asciiLower(trade).left(18) + u".com.br"_s;
        c.cnae = rnd.pick(kCnaes);
    }
    c.city = rnd.pick(brazilianCities());
    c.phoneDdd = QString::number(rnd.range(11, 99));
    c.phoneNumber = u"3%1-%2"_s.arg(rnd.digits(3), rnd.digits(4));
    if (rnd.chance(0.4)) {
        c.phone2Ddd = c.phoneDdd;
        c.phone2Number = u"9%1-%2"_s.arg(rnd.digits(4), rnd.digits(4));
    }
    if (!c.person && rnd.chance(0.15)) {
        c.faxDdd = c.phoneDdd;
        c.faxNumber = u"3%1-%2"_s.arg(rnd.digits(3), rnd.digits(4));
    }
    c.street = rnd.pick(kStreets);
    c.number = QString::number(rnd.range(1, 3000));
    c.complement = rnd.chance(0.3) ? u"Sala %1"_s.arg(rnd.range(1, 40)) : QString();
    c.neighborhood = rnd.pick(kNeighborhoods);
    c.cep = rnd.digits(5) + rnd.digits(3);
    c.sellerIndex = sellers > 0 && rnd.chance(0.85) ? rnd.range(0, sellers - 1) : -1;
    c.tags = {u"Cliente"_s};
    if (rnd.chance(0.2))
        c.tags.append(u"VIP"_s);
    c.inactive = rnd.chance(0.05);
    c.created = today.addDays(-rnd.range(30, 900));
    return c;
}

template <typename Items>
QList<SampleData::Line> makeLines(Random &rnd, int itemCount, const Items &items)
{
    QList<SampleData::Line> lines;
    const int n = rnd.range(1, std::min(5, itemCount));
    QList<int> used;
    while (lines.size() < n) {
        const int idx = rnd.range(0, itemCount - 1);
        if (used.contains(idx))
            continue;
        used.append(idx);
        SampleData::Line l;
        l.itemIndex = idx;
        l.quantity = rnd.chance(0.8) ? rnd.range(1, 20) : std::round(rnd.real(0.5, 10) * 1000) / 1000;
        l.unitPrice = items.at(idx).price;
        l.discountPercent = rnd.chance(0.2) ? rnd.range(1, 15) : 0;
        lines.append(l);
    }
    return lines;
}
} // namespace

SampleData SampleData::generate(const SampleSizes &sizes, quint32 seed)
{
    Random rnd(seed);
    SampleData data;
    const QDate today(2026, 11, 28);
    QSet<QString> usedNames;
    for (int i = 0; i < sizes.sellers; ++i) {
        QString name;
        do {
            name = rnd.pick(kFirstNames) + u' ' + rnd.pick(kSurnames);
        } while (usedNames.contains(name) && usedNames.size() < kFirstNames.size() * kSurnames.size());
        usedNames.insert(name);
        const QString email = asciiLower(name.section(u' ', 0, 0)) + u'.' + asciiLower(name.section(u' ', 1))
                              + u"@empresa-demo.com.br"_s;
        data.sellers.append({name, email});
    }
    for (int i = 0; i < sizes.clients; ++i)
        data.clients.append(makeClient(rnd, i + 1, sizes.sellers, today));
    for (int i = 0; i < sizes.ploomesOnlyContacts; ++i)
        data.ploomesOnlyContacts.append(makeClient(rnd, 100000 + i, sizes.sellers, today));
    for (int i = 0; i < sizes.products; ++i) {
        Product p;
        p.code = u"PRD%1"_s.arg(i + 1, 5, 10, QLatin1Char('0'));
        p.description = rnd.pick(kProducts) + (i >= kProducts.size() ? u" modelo %1"_s.arg(i) : QString());
        p.unit = rnd.pick(kUnits);
        p.ncm = u"%1.%2.%3"_s.arg(rnd.digits(4), rnd.digits(2), rnd.digits(2));
        p.price = std::round(rnd.real(2, 2500) * 100) / 100;
        p.created = today.addDays(-rnd.range(30, 900));
        data.products.append(p);
    }
    for (int i = 0; i < sizes.services; ++i) {
        Service s;
        s.code = u"SRV%1"_s.arg(i + 1, 5, 10, QLatin1Char('0'));
        s.description = rnd.pick(kServices) + (i >= kServices.size() ? u" %1"_s.arg(i) : QString());
        s.lc116 = u"14.%1"_s.arg(rnd.range(1, 14), 2, 10, QLatin1Char('0'));
        s.municipalCode = QString::number(rnd.range(1000, 9999));
        s.price = std::round(rnd.real(80, 5000) * 100) / 100;
        s.created = today.addDays(-rnd.range(30, 900));
        data.services.append(s);
    }
    const QStringList stages = {u"10"_s, u"20"_s, u"30"_s, u"40"_s, u"50"_s, u"60"_s};
    auto makeOrder = [&](int itemCount, const auto &items) {
        Order o;
        o.clientIndex = rnd.range(0, std::max(0, int(data.clients.size()) - 1));
        o.sellerIndex = data.clients.value(o.clientIndex).sellerIndex;
        o.date = today.addDays(-rnd.range(0, 700));
        o.stage = rnd.pick(stages);
        o.billed = o.stage == u"60"_s;
        o.cancelled = !o.billed && rnd.chance(0.05);
        o.lines = makeLines(rnd, itemCount, items);
        return o;
    };
    if (!data.clients.isEmpty() && !data.products.isEmpty()) {
        for (int i = 0; i < sizes.orders; ++i)
            data.orders.append(makeOrder(int(data.products.size()), data.products));
        for (int i = 0; i < sizes.ploomesOnlyOrders; ++i) {
            Order o = makeOrder(int(data.products.size()), data.products);
            o.stage = u"10"_s;
            o.billed = o.cancelled = false;
            o.date = today.addDays(-rnd.range(0, 10));
            data.ploomesOnlyOrders.append(o);
        }
    }
    if (!data.clients.isEmpty() && !data.services.isEmpty()) {
        for (int i = 0; i < sizes.serviceOrders; ++i)
            data.serviceOrders.append(makeOrder(int(data.services.size()), data.services));
    }
    return data;
}

} // namespace Ponte::Sim
