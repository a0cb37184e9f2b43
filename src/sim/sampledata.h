#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <random>

namespace Ponte::Sim {

/** A Brazilian state (UF). The id is the one the Ploomes simulator uses. */
struct State
{
    int id;
    QString uf;
    QString name;
};

/** A real municipality with its IBGE code. */
struct City
{
    qint64 ibge;
    QString name;
    QString uf;
};

const QList<State> &brazilianStates();
const QList<City> &brazilianCities();

/** Document helpers (digits only in, digits only out unless "format"). */
QString cnpjFromBase(const QString &twelveDigits);
QString cpfFromBase(const QString &nineDigits);
bool isValidCnpj(const QString &text);
bool isValidCpf(const QString &text);
QString formatCnpj(const QString &digits); ///< 11.222.333/0001-81
QString formatCpf(const QString &digits);  ///< 123.456.789-09
QString formatCep(const QString &digits);  ///< 13010-000
QString digitsOnly(const QString &text);

/** How much sample data to generate. */
struct SampleSizes
{
    int sellers = 6;
    int clients = 40;
    int products = 25;
    int services = 8;
    int orders = 30;
    int serviceOrders = 10;
    int ploomesOnlyContacts = 5; ///< contacts that exist only in the CRM (Ploomes → Omie)
    int ploomesOnlyOrders = 4;   ///< new CRM orders waiting to go to Omie
};

/**
 * Deterministic, realistic sample data shared by both simulators: Brazilian company and person
 * names, CNPJ/CPF with valid check digits, real IBGE cities, sellers whose e-mails exist on both
 * sides, products, services, sales orders and service orders with items. Same seed, same data.
 */
class SampleData
{
public:
    struct Seller
    {
        QString name;
        QString email;
    };
    struct Client
    {
        bool person = false;
        QString legalName; ///< razão social / full name
        QString tradeName; ///< nome fantasia
        QString document;  ///< CNPJ (14) or CPF (11) digits
        QString email;
        QString phoneDdd;
        QString phoneNumber;
        QString phone2Ddd;
        QString phone2Number;
        QString faxDdd;
        QString faxNumber;
        QString website;
        QString street;
        QString number;
        QString complement;
        QString neighborhood;
        QString cep; ///< 8 digits
        City city;
        QString cnae;
        int sellerIndex = -1;
        QStringList tags;
        bool inactive = false;
        QDate created;
    };
    struct Product
    {
        QString code;
        QString description;
        QString unit;
        QString ncm;
        double price = 0;
        QDate created;
    };
    struct Service
    {
        QString code;
        QString description;
        QString lc116;
        QString municipalCode;
        double price = 0;
        QDate created;
    };
    struct Line
    {
        int itemIndex = 0; ///< product or service index
        double quantity = 1;
        double unitPrice = 0;
        double discountPercent = 0;
    };
    struct Order
    {
        int clientIndex = 0;
        int sellerIndex = -1;
        QDate date;
        QString stage; ///< Omie etapa ("10".."60")
        bool billed = false;
        bool cancelled = false;
        QList<Line> lines;
    };

    static SampleData generate(const SampleSizes &sizes = {}, quint32 seed = 20261128);

    QList<Seller> sellers;
    QList<Client> clients;
    QList<Product> products;
    QList<Service> services;
    QList<Order> orders;        ///< Omie sales orders (lines reference products)
    QList<Order> serviceOrders; ///< Omie service orders (lines reference services)
    QList<Client> ploomesOnlyContacts;
    QList<Order> ploomesOnlyOrders; ///< lines reference products; clientIndex into clients
};

} // namespace Ponte::Sim
